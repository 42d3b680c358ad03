'use client'
import { toast } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { Id } from '../../workflow/roles'
import type { OfferReply } from '../../workflow/sharing'
import { useNewsroomTranslation } from '../i18n'
import { useServerValue } from '../useServerValue'
import { fetchShareOptions, postOfferReply, postShare } from './api'
import { OfferAnswer } from './OfferAnswer'
import { Origin } from './Origin'
import { ShareForm } from './ShareForm'
import { SHARE_LABELS as L } from './labels'
import './SharePanel.scss'

/**
 * Sharing in the story's workflow panel: the credits of a shared story, the answer to a district
 * offer, and the board's share up or down. Shows nothing when none applies to this user.
 */
export const SharePanel = ({
  apiRoute,
  id,
  refreshKey,
  disabled,
  onChanged,
}: {
  apiRoute: string
  id: Id
  refreshKey: string
  disabled: boolean
  /** The story changed on the server (an offer answered, a share recorded in its history). */
  onChanged: () => void
}) => {
  const { pick, language } = useNewsroomTranslation()
  const { value: options, reload } = useServerValue(
    (signal) => fetchShareOptions(apiRoute, id, language, signal),
    [apiRoute, String(id), language, refreshKey].join('|'),
  )

  const after = useCallback(
    async (request: Promise<{ ok: boolean; message?: string | null }>, done: string) => {
      try {
        const answer = await request
        reload()
        if (!answer.ok) return answer.message ?? pick(L.networkError)
        toast.success(done)
        onChanged()
        return null
      } catch {
        return pick(L.networkError)
      }
    },
    [onChanged, pick, reload],
  )

  if (!options || (!options.origin && !options.share && options.replies.length === 0)) return null
  const answer = (reply: OfferReply, note?: string) =>
    after(postOfferReply(apiRoute, id, { reply, note }, language), pick(reply === 'accept' ? L.accepted : L.declined))
  return (
    <section className="newsroom-share" aria-label={pick(L.heading)}>
      <h4 className="newsroom-workflow__heading">{pick(L.heading)}</h4>
      {options.origin ? <Origin origin={options.origin} /> : null}
      {options.replies.length > 0 ? (
        <OfferAnswer disabled={disabled} onAnswer={answer} replies={options.replies} />
      ) : null}
      {options.share ? (
        <ShareForm
          disabled={disabled}
          onShare={(body) =>
            after(postShare(apiRoute, id, body, language), pick(body.to === 'parent' ? L.sharedUp : L.sharedDown))
          }
          share={options.share}
        />
      ) : null}
    </section>
  )
}
