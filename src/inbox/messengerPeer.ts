import type { Payload } from 'payload'

import { messageKeyPrefix, type StoredEventPayload } from '../webhooks/events'

type EventDoc = { dedupeKey: string; receivedAt: string; payload: StoredEventPayload }

/**
 * Who sent a Messenger item. `inbox.from.id` is not stored on the SQL adapters (Payload's drizzle
 * schema skips every field named `id`, groups included), so the sender is read back from the stored
 * webhook event, whose dedupe key ends with the message id.
 */
export const messengerSender = async (
  payload: Payload,
  item: { pageId?: string | null; externalId: string; from?: { id?: string | null } | null },
): Promise<string | null> => {
  if (item.from?.id) return item.from.id
  const found = await payload.find({
    collection: 'webhook-events',
    where: { dedupeKey: { contains: `:${item.externalId}` } },
    depth: 0,
    limit: 10,
  })
  const event = (found.docs as unknown as EventDoc[]).find(
    (doc) => doc.dedupeKey.startsWith(`fb:message:${item.pageId}:`) && doc.dedupeKey.endsWith(`:${item.externalId}`),
  )
  const sender = (event?.payload.event.sender as { id?: unknown } | undefined)?.id
  return typeof sender === 'string' || typeof sender === 'number' ? String(sender) : null
}

/**
 * When this person last wrote to the page, by Meta's clock (capped at arrival): the Messenger
 * window runs from their latest message, which may be a later one than the item being answered.
 */
export const lastMessageFrom = async (payload: Payload, pageId: string, psid: string, atLeast: Date): Promise<Date> => {
  const prefix = messageKeyPrefix(pageId, psid)
  const found = await payload.find({
    collection: 'webhook-events',
    where: { dedupeKey: { contains: prefix } },
    sort: '-receivedAt',
    depth: 0,
    limit: 20,
  })
  let latest = atLeast.getTime()
  for (const doc of found.docs as unknown as EventDoc[]) {
    if (!doc.dedupeKey.startsWith(prefix)) continue
    const arrived = Date.parse(doc.receivedAt)
    const stamped = Number(doc.payload.event.timestamp)
    const written = Number.isFinite(stamped) && stamped > 0 ? Math.min(stamped, arrived) : arrived
    latest = Math.max(latest, written)
  }
  return new Date(latest)
}
