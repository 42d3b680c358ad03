import crypto from 'node:crypto'
import os from 'node:os'

import { type GraphSettings, graphSettingsFromEnv } from '../publishing/graphClient'

export interface InsightsSettings {
  /** Names this process in leases. */
  workerId: string
  /** How long a claim lasts; a killed worker's posts are read by another after this. */
  leaseMs: number
  /** How often the loop looks for due posts and pages when the last round found nothing. */
  pollMs: number
  /** Posts claimed per round (20 batch calls and 20 `?ids=` calls at most). */
  postsPerRound: number
  /** A post or page whose reading failed (no answer, a 5xx) is tried again after this long. */
  retryMs: number
  graph: GraphSettings
  now: () => Date
}

export const insightsSettingsFromEnv = (overrides: Partial<InsightsSettings> = {}): InsightsSettings => ({
  workerId: `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`,
  leaseMs: Number(process.env.INSIGHTS_LEASE_MS || 5 * 60_000),
  pollMs: Number(process.env.INSIGHTS_POLL_MS || 60_000),
  postsPerRound: Number(process.env.INSIGHTS_POSTS_PER_ROUND || 1000),
  retryMs: Number(process.env.INSIGHTS_RETRY_MS || 15 * 60_000),
  graph: graphSettingsFromEnv(),
  now: () => new Date(),
  ...overrides,
})
