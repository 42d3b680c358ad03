import type { Payload } from 'payload'

import { type GraphSettings, graphCall } from '../publishing/graphClient'
import { encryptionSecret, open } from '../security/secretBox'
import type { MessengerReplyPolicy } from './messengerWindow'

/** The page token of the Facebook channel for `pageId`, unsealed only for the call; null when not connected. */
export const pageToken = async (payload: Payload, pageId: string | null | undefined): Promise<string | null> => {
  if (!pageId) return null
  const found = await payload.find({
    collection: 'channels',
    where: { and: [{ kind: { equals: 'facebook_page' } }, { facebookPageId: { equals: pageId } }] },
    depth: 0,
    limit: 10,
    showHiddenFields: true,
  })
  for (const channel of found.docs as { accessTokenSealed?: string | null }[]) {
    if (channel.accessTokenSealed) return open(channel.accessTokenSealed, encryptionSecret(payload.secret))
  }
  return null
}

export type ReplySendResult =
  | { ok: true; externalId: string | null }
  | { ok: false; unknown: false; reason: string }
  /** No answer: the reply may or may not be on Facebook. */
  | { ok: false; unknown: true; reason: string }

type Allowed = Extract<MessengerReplyPolicy, { allowed: true }>

/**
 * Sends one reply: `POST /{comment-id}/comments` for a comment, the Send API for Messenger with the
 * messaging type the window allows.
 */
export const sendReply = async (
  settings: GraphSettings,
  token: string,
  target:
    | { kind: 'comment'; commentId: string; text: string }
    | { kind: 'message'; pageId: string; psid: string; text: string; policy: Allowed },
): Promise<ReplySendResult> => {
  const form = new URLSearchParams()
  let path: string
  if (target.kind === 'comment') {
    path = `${target.commentId}/comments`
    form.set('message', target.text)
  } else {
    path = `${target.pageId}/messages`
    form.set('recipient', JSON.stringify({ id: target.psid }))
    form.set('message', JSON.stringify({ text: target.text }))
    form.set('messaging_type', target.policy.messagingType)
    if (target.policy.messagingType === 'MESSAGE_TAG') form.set('tag', target.policy.tag)
  }
  const result = await graphCall(settings, { method: 'POST', path, token, form })
  if (result.ok) {
    const id = result.body.id ?? result.body.message_id
    return { ok: true, externalId: typeof id === 'string' ? id : null }
  }
  if ('noAnswer' in result) return { ok: false, unknown: true, reason: result.reason }
  return { ok: false, unknown: false, reason: result.error.userMessage ?? result.error.message }
}
