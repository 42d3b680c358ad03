'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { OfferReply } from '../../workflow/sharing'
import { useNewsroomTranslation } from '../i18n'
import { SHARE_LABELS as L } from './labels'

/** The grassroots board's answer to a district offer: accept, or decline with a note. */
export const OfferAnswer = ({
  replies,
  disabled,
  onAnswer,
}: {
  replies: readonly OfferReply[]
  disabled: boolean
  /** Resolves to the server's refusal, or null once done. */
  onAnswer: (reply: OfferReply, note?: string) => Promise<string | null>
}) => {
  const { pick } = useNewsroomTranslation()
  const fieldId = useId()
  const [declining, setDeclining] = useState(false)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const answer = async (reply: OfferReply) => {
    if (reply === 'decline' && note.trim() === '') {
      setError(pick(L.noteMissing))
      return
    }
    setSending(true)
    setError(await onAnswer(reply, reply === 'decline' ? note.trim() : undefined))
    setSending(false)
  }

  return (
    <div className="newsroom-share__offer">
      <p className="newsroom-workflow__hint">{pick(L.offerWaiting)}</p>
      {declining ? (
        <label className="newsroom-share__field" htmlFor={`${fieldId}-note`}>
          <span>{pick(L.declineNote)}</span>
          <textarea
            id={`${fieldId}-note`}
            name="offerNote"
            onChange={(event) => setNote(event.target.value)}
            rows={3}
            value={note}
          />
        </label>
      ) : null}
      <div className="newsroom-actions">
        {replies.includes('accept') && !declining ? (
          <Button
            buttonStyle="primary"
            disabled={disabled || sending}
            extraButtonProps={{ 'data-offer-reply': 'accept' }}
            margin={false}
            onClick={() => void answer('accept')}
            size="medium"
            type="button"
          >
            {sending ? pick(L.sending) : pick(L.accept)}
          </Button>
        ) : null}
        {replies.includes('decline') ? (
          <Button
            buttonStyle={declining ? 'primary' : 'secondary'}
            className="newsroom-danger"
            disabled={disabled || sending}
            extraButtonProps={{ 'data-offer-reply': 'decline' }}
            margin={false}
            onClick={() => (declining ? void answer('decline') : setDeclining(true))}
            size="medium"
            type="button"
          >
            {pick(L.decline)}
          </Button>
        ) : null}
        {declining ? (
          <Button
            buttonStyle="secondary"
            disabled={sending}
            margin={false}
            onClick={() => setDeclining(false)}
            size="medium"
            type="button"
          >
            {pick(L.cancel)}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p className="newsroom-workflow__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
