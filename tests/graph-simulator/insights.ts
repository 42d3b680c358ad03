// Insights endpoints: figures that grow over simulated time, deterministic from the object's id,
// and the invalid-metric error Facebook gives for retired metrics (post_impressions*, page_fans…).
import { createHash } from 'node:crypto'

import { ok, parseTimestamp, type PageHandler, type RouteContext, type RouteResult } from './context'
import { GraphFailure, invalidParam } from './errors'
import { graphTime, type PageState } from './store'
import type { SimulatedPost } from './types'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
// Simulated pages report days that end at midnight in Vietnam (UTC+7, no daylight saving).
const VIETNAM_OFFSET_MS = 7 * HOUR_MS
const MAX_RANGE_S = 90 * 86_400

export const POST_INSIGHT_METRICS = ['post_total_media_view_unique', 'post_media_view', 'post_clicks'] as const
export const PAGE_INSIGHT_METRICS = [
  'page_follows',
  'page_daily_follows',
  'page_total_media_view_unique',
  'page_media_view',
  'page_post_engagements',
] as const

/** The error Facebook answers for a metric that does not exist (any more) in this API version. */
export const invalidMetric = () => invalidParam('The value must be a valid insights metric')

/** Four numbers in [0, 1) from an id: every figure of an object is fixed by its id and its age. */
function seeds(id: string): number[] {
  const hash = createHash('sha256').update(id).digest()
  return [0, 4, 8, 12, 16].map((offset) => hash.readUInt32BE(offset) / 0x1_0000_0000)
}

/** A post's lifetime figures `elapsedMs` after it went out: a saturating curve, then flat. */
export function postFigures(postId: string, elapsedMs: number) {
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = seeds(postId)
  // One post in twenty goes far (the district's best posts reach millions).
  const potential = Math.floor((2_000 + a * 40_000) * (e < 0.05 ? 25 : 1))
  const halfLifeMs = (4 + b * 20) * HOUR_MS
  const share = elapsedMs <= 0 ? 0 : 1 - Math.pow(0.5, elapsedMs / halfLifeMs)
  const reach = Math.floor(potential * share)
  const reactions = Math.floor(reach * (0.01 + c * 0.04))
  return {
    post_total_media_view_unique: reach,
    post_media_view: Math.floor(reach * (1.2 + d)),
    post_clicks: Math.floor(reach * 0.02),
    reactions,
    comments: Math.floor(reactions * 0.12),
    shares: Math.floor(reactions * 0.06),
  }
}

/** A page's figure for the day that ended at `endMs`. */
export function pageFigure(page: PageState, metric: string, endMs: number, createdMs: number): number {
  const day = Math.floor((endMs - createdMs) / DAY_MS)
  const [a = 0, b = 0] = seeds(`${page.pageId}/${Math.floor(endMs / DAY_MS)}`)
  const daily = 8 + Math.floor(a * 30)
  switch (metric) {
    case 'page_follows':
      return page.followers + Math.max(0, day) * 20
    case 'page_daily_follows':
      return daily
    case 'page_total_media_view_unique':
      return Math.floor(page.followers * (0.2 + a))
    case 'page_media_view':
      return Math.floor(page.followers * (0.3 + 1.5 * a))
    default:
      return Math.floor(page.followers * (0.01 + 0.05 * b))
  }
}

function requestedMetrics(context: RouteContext, fromPath: string | undefined, valid: readonly string[]): string[] {
  const names = (fromPath ?? context.request.fields.metric ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) throw invalidParam('The parameter metric is required')
  // One unknown or retired metric fails the whole request, as on Facebook.
  if (names.some((name) => !valid.includes(name) || context.store.retiredMetrics.has(name))) throw invalidMetric()
  return names
}

const entry = (objectId: string, name: string, period: string, values: unknown[]) => ({
  name,
  period,
  values,
  title: name,
  description: `Simulated ${name}`,
  id: `${objectId}/insights/${name}/${period}`,
})

/** `GET /{post-id}/insights?metric=…` and `GET /{post-id}/insights/{metric}`: lifetime values. */
export function postInsights(context: RouteContext, post: SimulatedPost, metricFromPath?: string): RouteResult {
  const metrics = requestedMetrics(context, metricFromPath, POST_INSIGHT_METRICS)
  const figures = postFigures(post.id, context.store.nowMs() - context.store.createdAt(post))
  return ok({
    data: metrics.map((name) => entry(post.id, name, 'lifetime', [{ value: figures[name as keyof typeof figures] }])),
  })
}

/** The next midnight in Vietnam at or after `ms`. */
const vietnamMidnightAtOrAfter = (ms: number) =>
  Math.ceil((ms + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS

/** `GET /{page-id}/insights?metric=…&period=day&since=…&until=…`: one value per day that has ended. */
export const pageInsights: PageHandler = (context, page) => {
  const { fields } = context.request
  const metrics = requestedMetrics(context, undefined, PAGE_INSIGHT_METRICS)
  const period = fields.period || 'day'
  if (period !== 'day') throw invalidParam('Param period must be one of {day}')
  const nowMs = context.store.nowMs()
  const until = fields.until ? parseTimestamp('until', fields.until) * 1000 : nowMs
  const since = fields.since ? parseTimestamp('since', fields.since) * 1000 : until - 2 * DAY_MS
  if (until - since > MAX_RANGE_S * 1000) {
    throw invalidParam('There cannot be more than 90 days (7776000 s) between since and until')
  }
  // A day is reported once it has ended (the current day shows its figure so far, as Facebook does).
  const ends: number[] = []
  for (let end = vietnamMidnightAtOrAfter(since + 1); end <= until + DAY_MS && end - DAY_MS < nowMs; end += DAY_MS) {
    ends.push(end)
  }
  const createdMs = context.store.pageCreatedAt(page.pageId)
  return ok({
    data: metrics.map((name) =>
      entry(
        page.pageId,
        name,
        'day',
        ends.map((end) => ({
          value: pageFigure(page, name, Math.min(end, nowMs), createdMs),
          end_time: graphTime(new Date(end)),
        })),
      ),
    ),
  })
}

/** Post fields with engagement totals: `reactions.summary(total_count)`, `comments.summary(true)`, `shares`. */
export function engagementFields(context: RouteContext, post: SimulatedPost) {
  const figures = () => postFigures(post.id, context.store.nowMs() - context.store.createdAt(post))
  return {
    reactions: () => ({ data: [], summary: { total_count: figures().reactions, viewer_reaction: 'NONE' } }),
    comments: () => ({ data: [], summary: { order: 'ranked', total_count: figures().comments, can_comment: true } }),
    shares: () => ({ count: figures().shares }),
  }
}

export const tooMany = (what: string, max: number) =>
  new GraphFailure(400, 100, `(#100) Too many ${what}. Maximum: ${max}`)
