'use client'
import { Button, DatePicker, Modal, useModal } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { ACTION_LABELS } from '../../workflow/labels'
import type { Id } from '../../workflow/roles'
import type { Action } from '../../workflow/transitions'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import type { TransitionInput } from './api'
import { DANGEROUS } from './ActionButtons'
import { ChannelChoice } from './ChannelChoice'

type DialogKind = 'note' | 'schedule' | 'publish' | 'confirm'

/** What an action asks for before it is sent; actions not listed here go straight to the server. */
export const DIALOG_KIND: Partial<Record<Action, DialogKind>> = {
  request_changes: 'note',
  reject: 'note',
  schedule: 'schedule',
  publish_now: 'publish',
  approve: 'confirm',
  withdraw: 'confirm',
}

const QUESTION: Partial<Record<Action, NewsroomKey>> = {
  approve: 'newsroom:confirm_approve',
  publish_now: 'newsroom:confirm_publish_now',
  withdraw: 'newsroom:confirm_withdraw',
}

const NOTE_PLACEHOLDER: Partial<Record<Action, NewsroomKey>> = {
  request_changes: 'newsroom:notePlaceholder_request_changes',
  reject: 'newsroom:notePlaceholder_reject',
}

export const DIALOG_SLUG = 'newsroom-workflow-action'

/** The next full hour but one: a sensible first guess that is never in the past. */
const inAnHour = () => {
  const date = new Date(Date.now() + 60 * 60 * 1000)
  date.setMinutes(0, 0, 0)
  return date
}

interface Props {
  action: Action
  storyChannels: readonly Id[]
  apiRoute: string
  /** Resolves to the server's refusal, or null once the transition went through. */
  onSubmit: (input: TransitionInput) => Promise<string | null>
  onClose: () => void
}

/** Mounted afresh for every opening, so that a note typed for one action never shows up under another. */
const DialogBody = ({ action, storyChannels, apiRoute, onSubmit, onClose }: Props) => {
  const { t, pick } = useNewsroomTranslation()
  const { closeModal } = useModal()
  const fieldId = useId()
  const kind = DIALOG_KIND[action] ?? 'confirm'
  const [note, setNote] = useState('')
  const [publishAt, setPublishAt] = useState<Date | null>(inAnHour)
  const [channels, setChannels] = useState<Id[]>(() => [...storyChannels])
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const close = () => {
    if (sending) return
    closeModal(DIALOG_SLUG)
    onClose()
  }

  const missing = (): string | null => {
    if (kind === 'note' && note.trim() === '') return t('newsroom:noteMissing')
    if (kind === 'schedule' && (!publishAt || Number.isNaN(publishAt.getTime()))) return t('newsroom:publishAtMissing')
    if ((kind === 'schedule' || kind === 'publish') && channels.length === 0) return t('newsroom:channelsMissing')
    return null
  }

  const confirm = async () => {
    if (sending) return
    const problem = missing()
    if (problem) {
      setError(problem)
      return
    }
    setSending(true)
    setError(null)
    const input: TransitionInput = { action }
    if (kind === 'note') input.note = note.trim()
    if (kind === 'schedule' && publishAt) input.publishAt = publishAt.toISOString()
    if (kind === 'schedule' || kind === 'publish') input.channels = channels
    const refusal = await onSubmit(input)
    setSending(false)
    if (refusal) {
      setError(refusal)
      return
    }
    closeModal(DIALOG_SLUG)
    onClose()
  }

  const question = QUESTION[action]
  const placeholder = NOTE_PLACEHOLDER[action]
  return (
    <div
      className="confirmation-modal__wrapper newsroom-dialog__wrapper"
      role="dialog"
      aria-labelledby={`${fieldId}-title`}
    >
      <div className="confirmation-modal__content">
        <h2 className="newsroom-dialog__title" id={`${fieldId}-title`}>
          {pick(ACTION_LABELS[action])}
        </h2>
        {question ? <p>{t(question)}</p> : null}
        {kind === 'note' ? (
          <label className="newsroom-dialog__field" htmlFor={`${fieldId}-note`}>
            <span>{t('newsroom:noteRequired')}</span>
            <textarea
              autoFocus
              id={`${fieldId}-note`}
              name="note"
              onChange={(event) => setNote(event.target.value)}
              placeholder={placeholder ? t(placeholder) : undefined}
              rows={5}
              value={note}
            />
          </label>
        ) : null}
        {kind === 'schedule' ? (
          <div className="newsroom-dialog__field">
            <label htmlFor={`${fieldId}-at`}>{t('newsroom:publishAt')}</label>
            {/* Payload's own picker, so the time reads dd/MM/yyyy HH:mm whatever the browser's locale. */}
            <DatePicker
              displayFormat="dd/MM/yyyy HH:mm"
              id={`${fieldId}-at`}
              minDate={new Date()}
              onChange={(value) => setPublishAt(value ?? null)}
              overrides={{ timeCaption: t('newsroom:timeCaption') }}
              pickerAppearance="dayAndTime"
              timeFormat="HH:mm"
              timeIntervals={15}
              value={publishAt ?? undefined}
            />
          </div>
        ) : null}
        {kind === 'schedule' || kind === 'publish' ? (
          <ChannelChoice apiRoute={apiRoute} onChange={setChannels} selected={channels} />
        ) : null}
        {error ? (
          <p className="newsroom-dialog__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="confirmation-modal__controls">
        <Button buttonStyle="secondary" disabled={sending} margin={false} onClick={close} size="large" type="button">
          {t('newsroom:cancel')}
        </Button>
        <Button
          buttonStyle="primary"
          className={`newsroom-dialog__confirm${DANGEROUS.includes(action) ? ' newsroom-danger' : ''}`}
          disabled={sending}
          margin={false}
          onClick={() => void confirm()}
          size="large"
          type="button"
        >
          {sending ? t('newsroom:working') : pick(ACTION_LABELS[action])}
        </Button>
      </div>
    </div>
  )
}

/** The one dialog of the workflow panel: a note, a publish time and channels, or a plain confirmation. */
export const ActionDialog = ({
  opening,
  ...props
}: Omit<Props, 'action'> & { action: Action | null; opening: number }) => (
  <Modal className="confirmation-modal newsroom-dialog" closeOnBlur={false} slug={DIALOG_SLUG}>
    {props.action ? <DialogBody key={opening} {...props} action={props.action} /> : null}
  </Modal>
)
