import type { Payload } from 'payload'

import type { GraphSettings } from '../publishing/graphClient'
import type { GraphUsage } from '../publishing/graphErrors'
import { planPostCalls } from './batchPlan'
import {
  type Figures,
  isInvalidMetric,
  type Read,
  type ReadFailure,
  readEngagement,
  readInsightsBatch,
  readPostInsights,
} from './graphInsights'
import { POST_INSIGHT_METRICS } from './metricNames'
import { type PageAccess, rememberUnsupported } from './pageAccess'
import { pauseAfter, THROTTLED_DEFAULT_MS } from './throttle'

/** Why a page's reading stopped before the end: the rest of its posts wait. */
export type Stop =
  | { reason: 'token'; message: string }
  | { reason: 'throttled'; pauseMs: number; message: string }
  | { reason: 'failed'; message: string }

export interface PagePostsReading {
  /** Post id (Facebook's) → figures read, even for posts only partly read. */
  figures: Map<string, Figures>
  /** Posts read in full (engagement fields and every insights metric still asked), or gone. */
  done: Set<string>
  /** Posts Facebook no longer knows (deleted on the page): counted done, with no new figures. */
  gone: Set<string>
  /** HTTP calls made to Facebook. */
  calls: number
  stop?: Stop
}

const stopFor = (failure: ReadFailure): Stop => {
  if (failure.kind === 'token') return { reason: 'token', message: failure.message }
  if (failure.kind === 'throttled') {
    return { reason: 'throttled', pauseMs: failure.retryAfterMs ?? THROTTLED_DEFAULT_MS, message: failure.message }
  }
  return { reason: 'failed', message: failure.message }
}

/**
 * Reads the figures of one page's posts in as few calls as Facebook allows (`batchPlan.ts`), stopping at
 * the first token error, throttle, or usage close to the page's quota. A metric the API refuses as
 * invalid is found (one call per metric on one post), remembered on the channel, and the posts are read
 * again without it: a retired metric never costs the others.
 */
export const readPagePosts = async (
  payload: Payload,
  graph: GraphSettings,
  access: PageAccess,
  postIds: readonly string[],
): Promise<PagePostsReading> => {
  const reading: PagePostsReading = { figures: new Map(), done: new Set(), gone: new Set(), calls: 0 }
  const merge = (id: string, figures: Figures) => reading.figures.set(id, { ...reading.figures.get(id), ...figures })
  const fieldsRead = new Set<string>()
  const gone = (id: string) => {
    reading.gone.add(id)
    reading.done.add(id)
  }

  /** Counts the call; false (with `reading.stop` set) when the page must not be called again now. */
  const goOn = <T>(result: Read<T>): result is Extract<Read<T>, { ok: true }> => {
    reading.calls += 1
    if (!result.ok) {
      reading.stop = stopFor(result.failure)
      return false
    }
    const pauseMs = pauseAfter(result.usage as GraphUsage)
    if (pauseMs > 0) reading.stop = { reason: 'throttled', pauseMs, message: 'usage close to the page quota' }
    return true
  }

  /** Finds which of `metrics` the API refuses, one call each on one post. Null when a call failed otherwise. */
  const refusedMetrics = async (postId: string, metrics: readonly string[]) => {
    const refused: string[] = []
    for (const metric of metrics) {
      const probe = await readPostInsights(graph, access.token, postId, [metric])
      if (!probe.ok && isInvalidMetric(probe.failure)) {
        reading.calls += 1
        refused.push(metric)
      } else if (!goOn(probe)) return null
    }
    return refused
  }

  /** Engagement fields post by post; false when the page must not be called again now. */
  const readOneByOne = async (ids: readonly string[]) => {
    for (const id of ids) {
      const result = await readEngagement(graph, access.token, [id])
      if (!result.ok && result.failure.kind === 'invalid') {
        reading.calls += 1
        gone(id)
        continue
      }
      if (!goOn(result)) return false
      for (const [read, figures] of result.value) {
        merge(read, figures)
        fieldsRead.add(read)
      }
      if (reading.stop) return false
    }
    return true
  }

  const readInsights = async (ids: string[], metrics: string[]): Promise<void> => {
    if (metrics.length === 0) {
      for (const id of ids) if (fieldsRead.has(id)) reading.done.add(id)
      return
    }
    const result = await readInsightsBatch(graph, access.token, ids, metrics)
    if (!goOn(result)) return
    for (const [id, figures] of result.value.figures) {
      merge(id, figures)
      if (fieldsRead.has(id)) reading.done.add(id)
    }
    const failures = [...result.value.failed]
    const invalid = failures.filter(([, failure]) => isInvalidMetric(failure))
    // A post deleted since it went out: nothing more to read, its schedule goes on.
    for (const [id, failure] of failures) if (failure.kind === 'invalid' && !isInvalidMetric(failure)) gone(id)
    const other = failures.find(([, failure]) => !isInvalidMetric(failure) && failure.kind !== 'invalid')
    if (other && (other[1].kind === 'token' || other[1].kind === 'throttled')) reading.stop = stopFor(other[1])
    if (invalid.length === 0 || reading.stop) return
    const refused = await refusedMetrics(invalid[0]![0], metrics)
    if (refused === null || refused.length === 0) return
    await rememberUnsupported(payload, access, refused)
    if (reading.stop) return
    await readInsights(
      invalid.map(([id]) => id),
      metrics.filter((metric) => !refused.includes(metric)),
    )
  }

  for (const call of planPostCalls(postIds, POST_INSIGHT_METRICS, access.unsupported)) {
    if (reading.stop) break
    if (call.kind === 'fields') {
      const result = await readEngagement(graph, access.token, call.postIds)
      if (!result.ok && result.failure.kind === 'invalid') {
        // One post Facebook no longer knows (deleted on the page) fails the whole call: ask that
        // chunk's posts one by one, so the deleted one is found and the others are read.
        reading.calls += 1
        if (!(await readOneByOne(call.postIds))) break
        continue
      }
      if (!goOn(result)) break
      for (const [id, figures] of result.value) {
        merge(id, figures)
        fieldsRead.add(id)
      }
    } else {
      const chunkRead = call.postIds.filter((id) => fieldsRead.has(id))
      if (chunkRead.length === 0) continue
      await readInsights(
        chunkRead,
        call.metrics.filter((metric) => !access.unsupported.includes(metric)),
      )
    }
  }
  // With no insights metric left to ask, the engagement fields are the whole reading.
  if (POST_INSIGHT_METRICS.every((metric) => access.unsupported.includes(metric))) {
    for (const id of fieldsRead) reading.done.add(id)
  }
  return reading
}
