// Replies the inbox will send: comments on posts or comments, and Messenger messages.
import { ok, optionalText, parseJsonObject, type PageHandler, type RouteContext, type RouteResult } from './context'
import { invalidParam } from './errors'
import { withoutToken } from './request'
import type { PageState } from './store'

const MESSAGING_TYPES = new Set(['RESPONSE', 'UPDATE', 'MESSAGE_TAG'])

export function createComment(context: RouteContext, page: PageState, parentId: string): RouteResult {
  const { fields } = context.request
  const message = optionalText(fields.message)
  if (!message && !fields.attachment_url) throw invalidParam('Missing message or attachment')
  const comment = context.store.addComment(
    parentId,
    page.pageId,
    message ?? '',
    { id: page.pageId, name: page.name },
    withoutToken(fields),
  )
  return ok({ id: comment.id })
}

export const sendMessage: PageHandler = (context, page) => {
  const { fields } = context.request
  if (!fields.recipient) throw invalidParam('Param recipient is required')
  if (!fields.message) throw invalidParam('Param message is required')
  const recipient = parseJsonObject('recipient', fields.recipient)
  const message = parseJsonObject('message', fields.message)
  // A reply goes to a person (id) or privately to the author of a comment (comment_id).
  const target = recipient.id ?? recipient.comment_id ?? recipient.post_id
  if (typeof target !== 'string' && typeof target !== 'number') {
    throw invalidParam('Param recipient must have an id or a comment_id')
  }
  if (typeof message.text !== 'string' && typeof message.attachment !== 'object') {
    throw invalidParam('Param message must have a text or an attachment')
  }
  const messagingType = fields.messaging_type ?? ''
  if (!MESSAGING_TYPES.has(messagingType)) {
    throw invalidParam('Param messaging_type must be one of RESPONSE, UPDATE, MESSAGE_TAG')
  }
  const tag = optionalText(fields.tag)
  if (messagingType === 'MESSAGE_TAG' && !tag)
    throw invalidParam('Param tag is required for messaging_type MESSAGE_TAG')

  const stored = context.store.addMessage({
    pageId: page.pageId,
    recipient,
    message,
    messagingType,
    tag,
    fields: withoutToken(fields),
  })
  return ok({ recipient_id: String(target), message_id: stored.id })
}
