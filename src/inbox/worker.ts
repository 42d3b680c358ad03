import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { escalateOverdue } from './escalation'
import { fileEvent, type StoredEventRow } from './fileEvent'
import { loopRan } from '../health/loopBeats'
import { raiseNetworkAlerts } from '../network/alerts'

export interface InboxWorkerSettings {
  now: () => Date
  /** How often stored events and deadlines are looked at when nothing wakes the loop earlier. */
  pollMs: number
  /** An event whose filing failed is tried again after this long, not on every tick. */
  retryFailedAfterMs: number
}

export interface CycleResult {
  filed: number
  escalated: number
}

export interface InboxWorker {
  settings: InboxWorkerSettings
  /** Files pending events and escalates overdue items; concurrent calls share one run (and queue one more). */
  runOnce: () => Promise<CycleResult>
  /** Asks for a run soon, e.g. right after the webhook stored new events. */
  kick: () => void
  /** Waits for a run in progress, if any. */
  drain: () => Promise<void>
}

export const inboxWorkerSettingsFromEnv = (overrides: Partial<InboxWorkerSettings> = {}): InboxWorkerSettings => ({
  now: () => new Date(),
  pollMs: Number(process.env.INBOX_POLL_MS || 10_000),
  retryFailedAfterMs: Number(process.env.INBOX_RETRY_FAILED_MS || 60_000),
  ...overrides,
})

/** Files every stored event not yet filed, oldest first; one failure does not hold up the rest. */
export const processPendingEvents = async (payload: Payload, settings: InboxWorkerSettings): Promise<number> => {
  const now = settings.now()
  const retryBefore = new Date(now.getTime() - settings.retryFailedAfterMs).toISOString()
  const pending = await payload.find({
    collection: 'webhook-events',
    where: {
      and: [
        { processedAt: { exists: false } },
        { or: [{ error: { exists: false } }, { updatedAt: { less_than: retryBefore } }] },
      ],
    },
    sort: 'receivedAt',
    depth: 0,
    limit: 100,
  })
  if (pending.docs.length === 0) return 0
  let filed = 0
  for (const row of pending.docs as unknown as StoredEventRow[]) {
    try {
      if ((await fileEvent(payload, row, { now })) === 'filed') filed += 1
    } catch (error) {
      payload.logger.error({ err: error, msg: `Inbox: could not file webhook event ${row.id}` })
      const message = `${now.toISOString()} ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000)
      // Unrecorded, the event is simply tried again on the next tick.
      await payload
        .update({ collection: 'webhook-events', id: row.id, data: { error: message }, depth: 0 })
        .catch(() => {})
    }
  }
  return filed
}

export const createInboxWorker = (payload: Payload, overrides: Partial<InboxWorkerSettings> = {}): InboxWorker => {
  const settings = inboxWorkerSettingsFromEnv(overrides)
  let running: Promise<CycleResult> | null = null
  let again = false

  const cycle = async (): Promise<CycleResult> => {
    const result = {
      filed: await processPendingEvents(payload, settings),
      escalated: await escalateOverdue(payload, settings.now()),
    }
    // The district boards hear of grassroots pages in trouble (once a day each): the same tick that escalates.
    await raiseNetworkAlerts(payload, settings.now())
    return result
  }

  const runOnce = () => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      const total: CycleResult = { filed: 0, escalated: 0 }
      do {
        again = false
        const result = await cycle()
        total.filed += result.filed
        total.escalated += result.escalated
      } while (again)
      return total
    })().finally(() => {
      running = null
    })
    return running
  }

  return {
    settings,
    runOnce,
    kick: () => {
      runOnce().catch((error: unknown) => payload.logger.error({ err: error, msg: 'Inbox run failed' }))
    },
    drain: async () => {
      await running?.catch(() => {})
    },
  }
}

/** Runs the inbox worker until `signal` aborts; the webhook's kicks make new items show up sooner. */
export const runInboxLoop = async (worker: InboxWorker, payload: Payload, signal: AbortSignal) => {
  while (!signal.aborted) {
    try {
      await worker.runOnce()
      loopRan('inbox', worker.settings.pollMs)
      await sleep(worker.settings.pollMs, undefined, { signal }).catch(() => {})
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Inbox loop error; retrying' })
      await sleep(worker.settings.pollMs * 3, undefined, { signal }).catch(() => {})
    }
  }
  // A run a kick started may still be writing; let it finish before the database closes.
  await worker.drain()
}
