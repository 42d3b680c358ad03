'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import type { ShareOptions } from './api'
import { SHARE_LABELS as L } from './labels'

type Share = NonNullable<ShareOptions['share']>

/**
 * The board's share: up to the district page (with an area of the district, or left to its
 * editors), or down to the grassroots pages it picks. Inline rather than a dialog: it fits a phone.
 */
export const ShareForm = ({
  share,
  disabled,
  onShare,
}: {
  share: Share
  disabled: boolean
  onShare: (body: { to: 'parent' | Id[]; area?: Id }) => Promise<string | null>
}) => {
  const { pick } = useNewsroomTranslation()
  const fieldId = useId()
  const [open, setOpen] = useState(false)
  const [area, setArea] = useState('')
  const [picked, setPicked] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const up = share.direction === 'up'
  const parent = up ? share.pages[0] : undefined

  if (up && parent?.shared) {
    return (
      <p className="newsroom-workflow__hint">
        {pick(L.alreadyProposed)} {parent.name}.
      </p>
    )
  }
  if (!up && share.pages.length === 0) return <p className="newsroom-workflow__hint">{pick(L.noPages)}</p>

  const send = async () => {
    if (!up && picked.length === 0) {
      setError(pick(L.pickPages))
      return
    }
    setSending(true)
    const chosen = share.areas.find((option) => String(option.id) === area)
    const body = up
      ? { to: 'parent' as const, ...(chosen ? { area: chosen.id } : {}) }
      : { to: share.pages.filter((page) => picked.includes(String(page.id))).map((page) => page.id) }
    const refusal = await onShare(body)
    setSending(false)
    setError(refusal)
    if (!refusal) setOpen(false)
  }

  const title = pick(up ? L.proposeUp : L.shareDown)
  if (!open) {
    return (
      <div className="newsroom-actions">
        <Button
          buttonStyle="secondary"
          disabled={disabled}
          extraButtonProps={{ 'data-share': share.direction }}
          margin={false}
          onClick={() => setOpen(true)}
          size="medium"
          type="button"
        >
          {title}
        </Button>
      </div>
    )
  }
  return (
    <div className="newsroom-share__form" data-share-form={share.direction}>
      <strong>{title}</strong>
      {up ? (
        <label className="newsroom-share__field" htmlFor={`${fieldId}-area`}>
          <span>
            {pick(L.areaLabel)} — {parent?.name}
          </span>
          <select
            id={`${fieldId}-area`}
            name="shareArea"
            onChange={(event) => setArea(event.target.value)}
            value={area}
          >
            <option value="">{pick(L.areaLeft)}</option>
            {share.areas.map((option) => (
              <option key={String(option.id)} value={String(option.id)}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <fieldset className="newsroom-share__pages">
          <legend>{pick(L.pagesLabel)}</legend>
          {share.pages.map((page) => (
            <label key={String(page.id)}>
              <input
                checked={page.shared || picked.includes(String(page.id))}
                disabled={page.shared}
                name="sharePage"
                onChange={(event) =>
                  setPicked((current) =>
                    event.target.checked
                      ? [...current, String(page.id)]
                      : current.filter((value) => value !== String(page.id)),
                  )
                }
                type="checkbox"
                value={String(page.id)}
              />
              <span>
                {page.name}
                {page.shared ? ` (${pick(L.alreadyShared)})` : ''}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="newsroom-actions">
        <Button
          buttonStyle="primary"
          disabled={disabled || sending}
          extraButtonProps={{ 'data-share-send': share.direction }}
          margin={false}
          onClick={() => void send()}
          size="medium"
          type="button"
        >
          {sending ? pick(L.sending) : pick(L.send)}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={sending}
          margin={false}
          onClick={() => setOpen(false)}
          size="medium"
          type="button"
        >
          {pick(L.cancel)}
        </Button>
      </div>
      {error ? (
        <p className="newsroom-workflow__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
