import type { Payload } from 'payload'

import { messageKeyPrefix, type StoredEventPayload } from '../webhooks/events'

type EventDoc = { dedupeKey: string; receivedAt: string; payload: StoredEventPayload }

/** Who sent a Messenger item: the page-scoped id Messenger replies are addressed to. */
export const messengerSender = (item: { from?: { senderId?: string | null } | null }): string | null =>
  item.from?.senderId ?? null

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
