/**
 * Meta's page webhook deliveries, taken apart into the events the inbox files. Pure: no I/O, so the
 * rules (what is filed, what is ignored, how duplicates are recognised) are tested on their own.
 */

export type EventField = 'feed' | 'messages'

/** One event as stored in `webhook-events`: the change value or messaging item exactly as received. */
export interface StoredEventPayload {
  pageId: string
  field: EventField
  event: Record<string, unknown>
}

export interface ExtractedEvent {
  dedupeKey: string
  payload: StoredEventPayload
}

export interface InboxDraft {
  kind: 'comment' | 'message'
  text: string
  from: { id: string; name: string | null }
  externalId: string
  pageId: string
  postId: string | null
  parentId: string | null
  /** When the person wrote it, by Meta's clock; null when the event does not say. */
  sentAt: Date | null
  /** The commented post's permalink when the event carries it. */
  postPermalink: string | null
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
/** Graph ids are strings, but a number must not be lost either. */
const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null
const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

/** Feed times are Unix seconds, Messenger's are milliseconds; some API versions send ISO strings. */
const timeOf = (value: unknown): Date | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e12 ? value * 1000 : value)
  if (typeof value === 'string' && value !== '') {
    const parsed = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
    return Number.isNaN(parsed.getTime()) ? null : parsed
  }
  return null
}

const commentDraft = (pageId: string, value: Json): InboxDraft | null => {
  if (value.item !== 'comment' || value.verb !== 'add') return null
  const from = isObject(value.from) ? value.from : {}
  const fromId = idOf(from.id)
  const commentId = idOf(value.comment_id)
  const text = textOf(value.message)
  // The page's own comments (replies sent from the CMS or by hand) come back as feed events too.
  if (!commentId || !fromId || fromId === pageId || !text) return null
  const post = isObject(value.post) ? value.post : {}
  return {
    kind: 'comment',
    text,
    from: { id: fromId, name: typeof from.name === 'string' ? from.name : null },
    externalId: commentId,
    pageId,
    postId: idOf(value.post_id),
    parentId: idOf(value.parent_id),
    sentAt: timeOf(value.created_time),
    postPermalink: typeof post.permalink_url === 'string' ? post.permalink_url : null,
  }
}

const messageDraft = (pageId: string, item: Json): InboxDraft | null => {
  const message = isObject(item.message) ? item.message : null
  const senderId = idOf(isObject(item.sender) ? item.sender.id : null)
  const mid = idOf(message?.mid)
  const text = textOf(message?.text)
  // Echoes are the page's own outgoing messages, reported back.
  if (!message || message.is_echo === true || !mid || !text || !senderId || senderId === pageId) return null
  return {
    kind: 'message',
    text,
    from: { id: senderId, name: null },
    externalId: mid,
    pageId,
    postId: null,
    parentId: null,
    sentAt: timeOf(item.timestamp),
    postPermalink: null,
  }
}

/** What the inbox makes of a stored event; null for anything it does not file. */
export const inboxDraftFrom = (payload: StoredEventPayload): InboxDraft | null =>
  payload.field === 'feed' ? commentDraft(payload.pageId, payload.event) : messageDraft(payload.pageId, payload.event)

/** The start of the dedupe key of every message one person sent one page. */
export const messageKeyPrefix = (pageId: string, senderId: string) => `fb:message:${pageId}:${senderId}:`

/**
 * Meta retries a delivery for up to 36 hours and may batch differently each time, so duplicates are
 * recognised per event: feed by (page, comment, verb, time), Messenger by the message id.
 */
export const dedupeKeyOf = (payload: StoredEventPayload): string | null => {
  const { event } = payload
  if (payload.field === 'messages') {
    const mid = idOf(isObject(event.message) ? event.message.mid : null)
    const sender = idOf(isObject(event.sender) ? event.sender.id : null)
    // The mid alone is unique; page and sender ride along so a person's messages can be found by key.
    return mid && sender ? messageKeyPrefix(payload.pageId, sender) + mid : null
  }
  const objectId = idOf(event.comment_id) ?? idOf(event.post_id)
  if (!objectId) return null
  return `fb:feed:${payload.pageId}:${objectId}:${String(event.verb ?? '')}:${String(event.created_time ?? '')}`
}

/** The events of one delivery that the inbox files, each with its dedupe key, duplicates dropped. */
export const extractEvents = (body: unknown): ExtractedEvent[] => {
  if (!isObject(body) || body.object !== 'page') return []
  const found = new Map<string, ExtractedEvent>()
  for (const entry of list(body.entry)) {
    if (!isObject(entry)) continue
    const pageId = idOf(entry.id)
    if (!pageId) continue
    const candidates: StoredEventPayload[] = [
      ...list(entry.changes)
        .filter((change): change is Json => isObject(change) && change.field === 'feed' && isObject(change.value))
        .map((change) => ({ pageId, field: 'feed' as const, event: change.value as Json })),
      ...list(entry.messaging)
        .filter(isObject)
        .map((item) => ({ pageId, field: 'messages' as const, event: item })),
    ]
    for (const payload of candidates) {
      const dedupeKey = dedupeKeyOf(payload)
      if (dedupeKey && inboxDraftFrom(payload) && !found.has(dedupeKey)) found.set(dedupeKey, { dedupeKey, payload })
    }
  }
  return [...found.values()]
}
