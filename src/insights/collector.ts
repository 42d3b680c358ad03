import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { contestPostingRound } from '../contests/publishEntries'
import { contestVotesRound, type VotesRoundResult } from '../contests/votesRound'
import { loopRan } from '../health/loopBeats'
import { collectPagesRound } from './collectPages'
import { collectPostsRound, type Pauses, type RoundResult } from './collectPosts'
import { type InsightsSettings, insightsSettingsFromEnv } from './settings'

export interface InsightsCollector {
  settings: InsightsSettings
  /** Pages this process rests after a throttle or high usage (channel id → until, ms). */
  pauses: Pauses
  /** One round: the pages' daily figures, then the due posts' (one claim of `postsPerRound`). */
  runOnce: () => Promise<{
    pages: RoundResult
    posts: RoundResult
    votes: VotesRoundResult
    entries: { queued: number; published: number }
  }>
}

export const createInsightsCollector = (
  payload: Payload,
  overrides: Partial<InsightsSettings> = {},
): InsightsCollector => {
  const settings = insightsSettingsFromEnv(overrides)
  const pauses: Pauses = new Map()
  return {
    settings,
    pauses,
    runOnce: async () => ({
      pages: await collectPagesRound(payload, settings, pauses),
      posts: await collectPostsRound(payload, settings, pauses),
      // Contest votes: reactions on entries' posts until each contest closes (src/contests/votesRound.ts).
      votes: await contestVotesRound(payload, settings, pauses),
      // Approved contest entries into the delivery queue, posted ones marked (src/contests/publishEntries.ts).
      entries: await contestPostingRound(payload, settings.now()),
    }),
  }
}

/**
 * Runs the collector until `signal` aborts, in the app and in every worker: leases keep any post or
 * page to one process at a time. A round that found a full claim's worth goes again at once.
 */
export const runInsightsLoop = async (collector: InsightsCollector, payload: Payload, signal: AbortSignal) => {
  const { pollMs, postsPerRound } = collector.settings
  while (!signal.aborted) {
    try {
      const { posts } = await collector.runOnce()
      loopRan('insights', pollMs)
      const more = posts.read >= postsPerRound
      if (!more) await sleep(pollMs, undefined, { signal }).catch(() => {})
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Insights loop error; retrying' })
      await sleep(pollMs * 3, undefined, { signal }).catch(() => {})
    }
  }
}
