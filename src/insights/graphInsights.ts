import { type GraphResult, type GraphSettings, graphCall } from '../publishing/graphClient'
import { type ClassifiedGraphError, classifyGraphError, type GraphUsage } from '../publishing/graphErrors'
import { localDay } from '../time/vietnam'
import { ENGAGEMENT_FIELDS, insightsBatch } from './batchPlan'

/** metric → value, for one object. */
export type Figures = Record<string, number>

/** Why a read stopped: Facebook's classified error, or no answer at all. */
export type ReadFailure = ClassifiedGraphError | { kind: 'no_answer'; message: string }

export type Read<T> = { ok: true; value: T; usage: GraphUsage } | { ok: false; failure: ReadFailure }

/** Facebook's answer for a metric that does not exist (any more) in this API version. */
export const isInvalidMetric = (failure: ReadFailure) =>
  failure.kind !== 'no_answer' && failure.code === 100 && /valid insights metric/i.test(failure.message)

const failureOf = (result: Extract<GraphResult, { ok: false }>): ReadFailure =>
  'error' in result ? result.error : { kind: 'no_answer', message: result.reason }

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** `{data: [{name, values: [{value}]}]}` of a post's lifetime insights → figures. */
const lifetimeFigures = (body: unknown): Figures => {
  const figures: Figures = {}
  for (const entry of (asRecord(body).data as unknown[] | undefined) ?? []) {
    const { name, values } = asRecord(entry)
    const last = Array.isArray(values) ? values[values.length - 1] : undefined
    const value = count(asRecord(last).value)
    if (typeof name === 'string' && value !== undefined) figures[name] = value
  }
  return figures
}

/** Engagement totals of up to 50 posts in one call (`GET /?ids=…&fields=reactions…,comments…,shares`). */
export const readEngagement = async (
  graph: GraphSettings,
  token: string,
  postIds: readonly string[],
): Promise<Read<Map<string, Figures>>> => {
  const result = await graphCall(graph, {
    method: 'GET',
    path: '',
    token,
    query: { ids: postIds.join(','), fields: ENGAGEMENT_FIELDS },
  })
  if (!result.ok) return { ok: false, failure: failureOf(result) }
  const figures = new Map<string, Figures>()
  for (const id of postIds) {
    const post = asRecord(result.body[id])
    if (!result.body[id]) continue
    figures.set(id, {
      reactions: count(asRecord(asRecord(post.reactions).summary).total_count) ?? 0,
      comments: count(asRecord(asRecord(post.comments).summary).total_count) ?? 0,
      // Facebook leaves `shares` out of a post nobody shared.
      shares: count(asRecord(post.shares).count) ?? 0,
    })
  }
  return { ok: true, value: figures, usage: result.usage }
}

export interface BatchInsights {
  figures: Map<string, Figures>
  /** Posts whose own request failed, with why (an invalid metric, a token, a throttle…). */
  failed: Map<string, ReadFailure>
}

/** Lifetime insights of up to 50 posts in one call, through the batch endpoint. */
export const readInsightsBatch = async (
  graph: GraphSettings,
  token: string,
  postIds: readonly string[],
  metrics: readonly string[],
): Promise<Read<BatchInsights>> => {
  const result = await graphCall(graph, {
    method: 'POST',
    path: '',
    token,
    form: new URLSearchParams({ batch: insightsBatch(postIds, metrics), include_headers: 'false' }),
  })
  if (!result.ok) return { ok: false, failure: failureOf(result) }
  const answers = Array.isArray(result.body) ? (result.body as unknown[]) : []
  const batch: BatchInsights = { figures: new Map(), failed: new Map() }
  postIds.forEach((id, index) => {
    const answer = asRecord(answers[index])
    let body: unknown
    try {
      body = typeof answer.body === 'string' ? JSON.parse(answer.body) : undefined
    } catch {
      body = undefined
    }
    const code = count(answer.code)
    // A null answer: Facebook did not get to this request (it stopped the batch half-way).
    if (code === 200 && body) batch.figures.set(id, lifetimeFigures(body))
    else
      batch.failed.set(
        id,
        answers[index]
          ? classifyGraphError({ httpStatus: code, body })
          : { kind: 'no_answer', message: 'not processed' },
      )
  })
  return { ok: true, value: batch, usage: result.usage }
}

/** One post's insights in a call of its own: finds which metric the API refuses. */
export const readPostInsights = async (
  graph: GraphSettings,
  token: string,
  postId: string,
  metrics: readonly string[],
): Promise<Read<Figures>> => {
  const result = await graphCall(graph, {
    method: 'GET',
    path: `${postId}/insights`,
    token,
    query: { metric: metrics.join(',') },
  })
  if (!result.ok) return { ok: false, failure: failureOf(result) }
  return { ok: true, value: lifetimeFigures(result.body), usage: result.usage }
}

/** day (local, YYYY-MM-DD) → metric → value. */
export type DailyFigures = Map<string, Figures>

/**
 * A page's daily figures between two instants (`period=day`). A value stands for the day that ended
 * at its `end_time`, taken as the newsroom's local day just before that instant.
 */
export const readPageInsights = async (
  graph: GraphSettings,
  token: string,
  pageId: string,
  metrics: readonly string[],
  since: Date,
  until: Date,
): Promise<Read<DailyFigures>> => {
  const result = await graphCall(graph, {
    method: 'GET',
    path: `${pageId}/insights`,
    token,
    query: {
      metric: metrics.join(','),
      period: 'day',
      since: String(Math.floor(since.getTime() / 1000)),
      until: String(Math.floor(until.getTime() / 1000)),
    },
  })
  if (!result.ok) return { ok: false, failure: failureOf(result) }
  const days: DailyFigures = new Map()
  for (const entry of (result.body.data as unknown[] | undefined) ?? []) {
    const { name, values } = asRecord(entry)
    if (typeof name !== 'string' || !Array.isArray(values)) continue
    for (const point of values) {
      const { value, end_time: endTime } = asRecord(point)
      const ends = typeof endTime === 'string' ? Date.parse(endTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN
      if (count(value) === undefined || !Number.isFinite(ends)) continue
      const day = localDay(new Date(ends - 1))
      days.set(day, { ...days.get(day), [name]: value as number })
    }
  }
  return { ok: true, value: days, usage: result.usage }
}
