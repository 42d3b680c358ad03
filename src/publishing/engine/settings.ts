import crypto from 'node:crypto'
import os from 'node:os'

import { type GraphSettings, graphSettingsFromEnv } from '../graphClient'

/**
 * Publications one worker sends at once by default. A delivery mostly waits: on Facebook, and with
 * PostgreSQL or MongoDB on database round trips too, so a worker keeps many in flight (Facebook's own
 * rate limits, answered as throttling, bound it far earlier). SQLite answers in-process and
 * synchronously: past 16, more deliveries only queue for its single writer (docs/BENCHMARKS.md).
 */
export const defaultPublishConcurrency = (databaseName: string) => (databaseName === 'sqlite' ? 16 : 32)

export interface EngineSettings {
  /** Names this process in leases, so an operator can tell who holds a publication. */
  workerId: string
  /** How long a claim lasts without a heartbeat; a killed worker's publications return after this. */
  leaseMs: number
  /** How often the scheduler looks for due publications. */
  pollMs: number
  /** Publications one worker sends at the same time. */
  concurrency: number
  /**
   * How long after an unanswered final call the page is searched for the post: longer than any call
   * can still be in flight, so a post that is still arriving is not mistaken for a missing one.
   */
  reconcileDelayMs: number
  /** Attempts (not counting reconciling) before a publication is marked failed. */
  maxAttempts: number
  graph: GraphSettings
  now: () => Date
}

export const engineSettingsFromEnv = (
  databaseName: string,
  overrides: Partial<EngineSettings> = {},
): EngineSettings => {
  const graph = overrides.graph ?? graphSettingsFromEnv()
  return {
    workerId: `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`,
    leaseMs: Number(process.env.PUBLISH_LEASE_MS || 60_000),
    pollMs: Number(process.env.PUBLISH_POLL_MS || 250),
    concurrency: Number(process.env.PUBLISH_CONCURRENCY || defaultPublishConcurrency(databaseName)),
    reconcileDelayMs: Number(process.env.PUBLISH_RECONCILE_DELAY_MS || graph.timeoutMs + 15_000),
    maxAttempts: Number(process.env.PUBLISH_MAX_ATTEMPTS || 8),
    now: () => new Date(),
    ...overrides,
    graph,
  }
}
