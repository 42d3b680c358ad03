import { appendArrayRow } from '../../db/appendArrayRow'
import { inTransaction } from '../../db/transaction'
import { jsonBody } from '../../endpoints/jsonBody'
import { graphSettingsFromEnv } from '../../publishing/graphClient'
import { pageToken, sendReply } from '../graphReply'
import { lastMessageFrom, messengerSender } from '../messengerPeer'
import { messengerReplyPolicy } from '../messengerWindow'
import { moveState } from '../stateMove'
import { actionDone, itemAction, refuse } from './shared'

export const REPLYABLE_STATES = ['new', 'assigned', 'escalated'] as const
/** Facebook's limits: 8,000 characters for a comment, 2,000 for a Messenger text. */
const MAX_LENGTH = { comment: 8000, message: 2000 } as const

/**
 * `POST /api/inbox/:id/reply` `{ text }`: answers on Facebook. The item is claimed (state `replied`)
 * before anything is sent, so two members replying at once send one reply; if Facebook refuses, the
 * claim is given back.
 */
export const replyEndpoint = itemAction('reply', async (req, { actor, item }) => {
  const body = await jsonBody(req)
  const text = typeof body.text === 'string' ? body.text.trim() : ''
  if (!text) return refuse(req, 'text_required', 400)
  if (text.length > MAX_LENGTH[item.kind]) return refuse(req, 'text_too_long', 400)
  if (!(REPLYABLE_STATES as readonly string[]).includes(item.state)) return refuse(req, 'already_handled', 409)

  const now = new Date()
  const psid = item.kind === 'message' ? messengerSender(item) : null
  if (item.kind === 'message' && (!psid || !item.facebookPageId)) return refuse(req, 'sender_unknown', 409)
  const policy = psid
    ? messengerReplyPolicy(
        await lastMessageFrom(req.payload, item.facebookPageId!, psid, new Date(item.receivedAt)),
        now,
      )
    : null
  if (policy && !policy.allowed) return refuse(req, 'messaging_window_closed', 422)
  const token = await pageToken(req.payload, item.facebookPageId)
  if (!token) return refuse(req, 'channel_missing', 409)

  const previous = await moveState(req.payload, item, REPLYABLE_STATES, 'replied')
  if (previous === null) return refuse(req, 'already_handled', 409)

  const sent = await sendReply(
    graphSettingsFromEnv(),
    token,
    policy?.allowed
      ? { kind: 'message', pageId: item.facebookPageId!, psid: psid!, text, policy }
      : { kind: 'comment', commentId: item.externalId, text },
  )
  if (!sent.ok) {
    await moveState(req.payload, { id: item.id, state: 'replied' }, ['replied'], previous)
    return sent.unknown ? refuse(req, 'graph_unknown', 504) : refuse(req, 'graph_refused', 502, sent.reason)
  }

  const tag = policy?.allowed ? (policy.messagingType === 'MESSAGE_TAG' ? policy.tag : policy.messagingType) : null
  const reply = { text, by: actor.id, at: now, externalId: sent.externalId, tag }
  await inTransaction(req.payload, (tx) =>
    appendArrayRow(req.payload, { collection: 'inbox', id: item.id, field: 'replies', row: reply }, tx),
  )
  return actionDone(req, item.id, 'replied')
})
