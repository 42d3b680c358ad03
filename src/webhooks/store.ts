import type { Payload } from 'payload'

import { pageOfFacebookPage } from './channelPage'
import type { ExtractedEvent } from './events'

export interface StoreOutcome {
  stored: number
  duplicates: number
}

const exists = async (payload: Payload, dedupeKey: string) =>
  (await payload.count({ collection: 'webhook-events', where: { dedupeKey: { equals: dedupeKey } } })).totalDocs > 0

/**
 * Persists each event once. The unique `dedupeKey` is the real guard: two deliveries of the same
 * event racing past the read both try to insert, one fails, and the loser is recognised as a replay.
 */
export const storeEvents = async (
  payload: Payload,
  events: readonly ExtractedEvent[],
  arrivedAt: Date,
): Promise<StoreOutcome> => {
  const outcome: StoreOutcome = { stored: 0, duplicates: 0 }
  for (const event of events) {
    if (await exists(payload, event.dedupeKey)) {
      outcome.duplicates += 1
      continue
    }
    // Kept with the page whose channel it came to; an unknown Facebook page's event stays with the district page.
    const page = await pageOfFacebookPage(payload, event.payload.pageId)
    try {
      await payload.create({
        collection: 'webhook-events',
        data: {
          dedupeKey: event.dedupeKey,
          payload: event.payload as never,
          receivedAt: arrivedAt.toISOString(),
          ...(page === null ? {} : { page }),
        },
        depth: 0,
      })
      outcome.stored += 1
    } catch (error) {
      if (!(await exists(payload, event.dedupeKey))) throw error
      outcome.duplicates += 1
    }
  }
  return outcome
}
