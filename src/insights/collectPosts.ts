import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import { localDay } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import { claimDue, type DuePost, findDuePosts, releaseMany } from './claims'
import { pageAccess, tokenRefused } from './pageAccess'
import { readPagePosts } from './readPagePosts'
import { isDue, nextCollectionAt } from './schedule'
import type { InsightsSettings } from './settings'
import { type PostMetricRow, upsertPostMetrics } from './store'

export interface RoundResult {
  /** Objects (posts or pages) whose figures were read in full. */
  read: number
  /** Calls made to Facebook. */
  calls: number
  /** Metric rows written. */
  rows: number
}

/** Pages this process leaves alone until the given instant (ms), keyed by channel id. */
export type Pauses = Map<string, number>

const groupByChannel = (posts: readonly DuePost[]) => {
  const groups = new Map<string, { channel: Id; posts: DuePost[] }>()
  for (const post of posts) {
    const channel = relationId(post.channel as never)
    if (channel === null) continue
    const group = groups.get(String(channel)) ?? { channel, posts: [] }
    group.posts.push(post)
    groups.set(String(channel), group)
  }
  return [...groups.values()]
}

/**
 * One round of post figures: claims the due posts (`postsPerRound` at most), reads each page's in
 * batches, stores a row per post, metric and local day, and schedules each post's next reading by its
 * age. A post not read in full (its page throttled, failing, or disconnected) is due again later; one
 * read in full is due by `nextCollectionAt`, or never again once past its last reading.
 */
export const collectPostsRound = async (
  payload: Payload,
  settings: InsightsSettings,
  pauses: Pauses,
): Promise<RoundResult> => {
  const now = settings.now()
  const result: RoundResult = { read: 0, calls: 0, rows: 0 }
  // The query finds them; the pure schedule has the last word on what is due.
  const due = (await findDuePosts(payload, now, settings.postsPerRound)).filter((post) =>
    isDue(
      new Date(post.publishedAt),
      {
        dueAt: post.metricsDueAt ? new Date(post.metricsDueAt) : null,
        collectedAt: post.metricsCollectedAt ? new Date(post.metricsCollectedAt) : null,
      },
      now,
    ),
  )
  const held = await claimDue(payload, 'publications', due, settings)
  const later = (ms: number) => ({ metricsDueAt: new Date(now.getTime() + ms) })
  /** Releases posts grouped by what is written to them: a few statements for a thousand posts. */
  const release = async (outcomes: { post: DuePost; set: Record<string, Date | null> }[]) => {
    const groups = new Map<string, { ids: Id[]; set: Record<string, Date | null> }>()
    for (const { post, set } of outcomes) {
      const key = JSON.stringify(set)
      const group = groups.get(key) ?? { ids: [], set }
      group.ids.push(post.id)
      groups.set(key, group)
    }
    for (const { ids, set } of groups.values()) await releaseMany(payload, 'publications', ids, settings, set)
  }

  for (const { channel, posts } of groupByChannel(held)) {
    const pausedUntil = pauses.get(String(channel)) ?? 0
    const access = pausedUntil > now.getTime() ? null : await pageAccess(payload, channel)
    if (!access) {
      const wait = Math.max(pausedUntil - now.getTime(), settings.retryMs)
      await release(posts.map((post) => ({ post, set: later(wait) })))
      continue
    }
    const reading = await readPagePosts(
      payload,
      settings.graph,
      access,
      posts.map((post) => post.externalId),
    )
    result.calls += reading.calls

    const day = localDay(now)
    const rows: PostMetricRow[] = posts.flatMap((post) =>
      Object.entries(reading.figures.get(post.externalId) ?? {}).map(([metric, value]) => ({
        page: access.networkPage,
        publication: post.id,
        story: relationId(post.story as never),
        channel,
        metric,
        day,
        value,
      })),
    )
    await upsertPostMetrics(payload, rows)
    result.rows += rows.length

    const stop = reading.stop
    if (stop?.reason === 'token') await tokenRefused(payload, access, stop.message)
    if (stop?.reason === 'throttled') pauses.set(String(channel), now.getTime() + stop.pauseMs)
    const retryMs = stop?.reason === 'throttled' ? stop.pauseMs : settings.retryMs
    await release(
      posts.map((post) => {
        if (!reading.done.has(post.externalId)) return { post, set: later(retryMs) }
        result.read += 1
        return {
          post,
          set: { metricsCollectedAt: now, metricsDueAt: nextCollectionAt(new Date(post.publishedAt), now) },
        }
      }),
    )
    if (stop)
      payload.logger.warn({ msg: `Insights: page of channel ${channel} stopped (${stop.reason}): ${stop.message}` })
  }
  return result
}
