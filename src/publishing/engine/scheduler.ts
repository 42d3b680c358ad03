import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { groupsCommits } from '../../db/groupCommit'
import { channelAdapters } from '../adapters'
import { claim, findDue, findNextScheduled, type PublicationRow } from './claims'
import { completeFinishedStories, storyCompleter } from './completeStory'
import { type AdapterFor, deliver } from './deliver'
import { type EngineSettings, engineSettingsFromEnv } from './settings'
import { loopRan } from '../../health/loopBeats'

export interface DeliveryEngine {
  settings: EngineSettings
  /** Claims and starts what is due now, up to the free slots; returns how many it started. */
  startDue: () => Promise<number>
  /** startDue, then drain. */
  runOnce: () => Promise<number>
  /** Waits for the deliveries in flight, and for their stories to be completed. */
  drain: () => Promise<void>
  /**
   * Waits until it is worth looking for due work again: the next poll, or, with every slot busy, the
   * moment one frees, so a burst keeps every slot working rather than waiting for the poll.
   */
  idle: (signal: AbortSignal) => Promise<void>
}

const STORY_SWEEP_MS = 5_000

/** Several workers read the same due list: starting from different places keeps them from colliding. */
const shuffled = <T>(items: T[]) => {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/**
 * The scheduler: polls for due publications, claims each atomically and delivers up to
 * `concurrency` at once. Any number of these may run, in any number of processes, on one database.
 */
export const createDeliveryEngine = (
  payload: Payload,
  overrides: Partial<EngineSettings> & { adapterFor?: AdapterFor } = {},
): DeliveryEngine => {
  const { adapterFor: givenAdapters, ...settingOverrides } = overrides
  const settings = engineSettingsFromEnv(payload.db.name, settingOverrides)
  const adapterFor = givenAdapters ?? channelAdapters(settings.graph)
  /** Every delivery until its outcome is recorded: what `drain` waits for. */
  const inFlight = new Set<Promise<void>>()
  /** Deliveries still sending (`concurrency` at most), each settling once its Graph calls are over. */
  const sending = new Set<Promise<void>>()
  const stories = storyCompleter(payload, settings.now, (error) =>
    payload.logger.error({ err: error, msg: 'Could not complete a published story; the sweep will' }),
  )

  const start = (row: PublicationRow, claimedAt: Date) => {
    let endSending!: () => void
    const slot = new Promise<void>((resolve) => (endSending = resolve))
    sending.add(slot)
    const onSendingDone = () => {
      if (sending.delete(slot)) endSending()
    }
    const delivery: Promise<void> = deliver(payload, row, claimedAt, adapterFor, settings, {
      onPublished: stories.add,
      onSendingDone,
    }).finally(() => inFlight.delete(delivery))
    inFlight.add(delivery)
  }

  /** Claims due publications while slots are free, and starts each one won. */
  const claimAndStart = async (due: PublicationRow[]) => {
    // On SQLite, as many claims at once as there are free slots: they commit together (one disk wait).
    // Elsewhere one at a time: claimed together, deliveries would move in step and queue for the
    // pooled connections at the same moments, where staggered ones overlap their database work with
    // each other's network waits (PostgreSQL: 134 against 76 posts a second in bench/scheduler).
    const claimsAtOnce = groupsCommits(payload.db) ? Number.POSITIVE_INFINITY : 1
    const candidates = shuffled(due)
    let started = 0
    while (candidates.length > 0 && sending.size < settings.concurrency) {
      const batch = candidates.splice(0, Math.min(claimsAtOnce, settings.concurrency - sending.size))
      const won = await Promise.all(batch.map((row) => claim(payload, row, settings)))
      batch.forEach((row, index) => {
        const claimedAt = won[index]
        if (!claimedAt) return
        start(row, claimedAt)
        started += 1
      })
    }
    return started
  }

  let lastSweep = 0
  /** When the next queued publication falls due, as the last look at the due list found it. */
  let nextScheduled: Date | null = null
  const fill = async () => {
    if (Date.now() - lastSweep >= STORY_SWEEP_MS) {
      lastSweep = Date.now()
      await completeFinishedStories(payload, settings.now())
    }
    nextScheduled = null
    let started = 0
    // Slots free up while claims commit (a delivery frees its slot once it has sent): while the due
    // list was longer than what was tried, read it again rather than leave them idle until the poll.
    for (;;) {
      const free = settings.concurrency - sending.size
      if (free <= 0) return started
      const limit = free * 4
      const due = await findDue(payload, settings.now(), limit)
      // Nothing waiting to be sent and nothing in flight: a good moment to complete the stories of what
      // went out (a round holds the process for a while; posts still going out would wait behind it).
      if (due.length === 0 && inFlight.size === 0) void stories.complete()
      const won = await claimAndStart(due)
      started += won
      if (due.length < limit) {
        nextScheduled = await findNextScheduled(payload, settings.now())
        return started
      }
      // Others took everything this worker tried: the next poll looks again.
      if (won === 0) return started
    }
  }

  const drain = async () => {
    while (inFlight.size > 0) await Promise.all(inFlight)
    await stories.complete()
  }

  const idle = async (signal: AbortSignal) => {
    if (sending.size >= settings.concurrency) return Promise.race(sending)
    const untilNext = nextScheduled ? nextScheduled.getTime() - settings.now().getTime() : Number.POSITIVE_INFINITY
    await sleep(Math.max(0, Math.min(settings.pollMs, untilNext)), undefined, { signal }).catch(() => {})
  }

  return {
    settings,
    startDue: fill,
    runOnce: async () => {
      const started = await fill()
      await drain()
      return started
    },
    drain,
    idle,
  }
}

/** Runs the engine until `signal` aborts, finishing deliveries in flight before returning. */
export const runDeliveryLoop = async (engine: DeliveryEngine, payload: Payload, signal: AbortSignal) => {
  while (!signal.aborted) {
    try {
      await engine.startDue()
      loopRan('delivery', engine.settings.pollMs)
      await engine.idle(signal)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Delivery loop error; retrying' })
      await sleep(engine.settings.pollMs * 4, undefined, { signal }).catch(() => {})
    }
  }
  await engine.drain()
}
