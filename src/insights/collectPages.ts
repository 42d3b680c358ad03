import type { Payload } from 'payload'

import { claimAll, findDuePages, releaseHeld } from './claims'
import type { Pauses, RoundResult } from './collectPosts'
import { type DailyFigures, isInvalidMetric, type Read, readPageInsights } from './graphInsights'
import { PAGE_INSIGHT_METRICS } from './metricNames'
import { type PageAccess, pageAccess, rememberUnsupported, tokenRefused } from './pageAccess'
import { PAGE_INTERVAL_MS, PAGE_LOOKBACK_MS } from './schedule'
import type { InsightsSettings } from './settings'
import { type PageMetricRow, upsertPageMetrics } from './store'
import { pauseAfter, THROTTLED_DEFAULT_MS } from './throttle'

const PAGES_PER_ROUND = 50

/**
 * The page's daily figures over the last days; a metric refused as invalid is found (one call per
 * metric), remembered, and the others are read without it.
 */
const readPage = async (
  payload: Payload,
  settings: InsightsSettings,
  access: PageAccess,
  now: Date,
): Promise<{ read: Read<DailyFigures>; calls: number }> => {
  const since = new Date(now.getTime() - PAGE_LOOKBACK_MS)
  const ask = (metrics: readonly string[]) =>
    readPageInsights(settings.graph, access.token, access.pageId, metrics, since, now)
  const metrics = PAGE_INSIGHT_METRICS.filter((metric) => !access.unsupported.includes(metric))
  if (metrics.length === 0) return { read: { ok: true, value: new Map(), usage: { businessUseCases: [] } }, calls: 0 }
  const read = await ask(metrics)
  if (read.ok || !isInvalidMetric(read.failure)) return { read, calls: 1 }
  let calls = 1
  const refused: string[] = []
  for (const metric of metrics) {
    calls += 1
    const probe = await ask([metric])
    if (!probe.ok && isInvalidMetric(probe.failure)) refused.push(metric)
    else if (!probe.ok) return { read: probe, calls }
  }
  if (refused.length > 0) await rememberUnsupported(payload, access, refused)
  const rest = metrics.filter((metric) => !refused.includes(metric))
  if (rest.length === 0) return { read: { ok: true, value: new Map(), usage: { businessUseCases: [] } }, calls }
  return { read: await ask(rest), calls: calls + 1 }
}

/**
 * One round of page figures: each connected page due (every 6 h) is claimed, its last three days read
 * (Facebook revises recent days) and stored, one row per page, metric and local day.
 */
export const collectPagesRound = async (
  payload: Payload,
  settings: InsightsSettings,
  pauses: Pauses,
): Promise<RoundResult> => {
  const now = settings.now()
  const result: RoundResult = { read: 0, calls: 0, rows: 0 }
  const held = await claimAll(payload, 'channels', await findDuePages(payload, now, PAGES_PER_ROUND), settings)
  const later = (ms: number) => ({ metricsDueAt: new Date(now.getTime() + ms) })
  for (const page of held) {
    const release = (set: Parameters<typeof releaseHeld>[4]) => releaseHeld(payload, 'channels', page.id, settings, set)
    const pausedUntil = pauses.get(String(page.id)) ?? 0
    const access = pausedUntil > now.getTime() ? null : await pageAccess(payload, page.id)
    if (!access) {
      await release(later(Math.max(pausedUntil - now.getTime(), settings.retryMs)))
      continue
    }
    const { read, calls } = await readPage(payload, settings, access, now)
    result.calls += calls
    if (!read.ok) {
      const failure = read.failure
      if (failure.kind === 'token') await tokenRefused(payload, access, failure.message)
      const pauseMs = failure.kind === 'throttled' ? (failure.retryAfterMs ?? THROTTLED_DEFAULT_MS) : settings.retryMs
      if (failure.kind === 'throttled') pauses.set(String(page.id), now.getTime() + pauseMs)
      await release(later(pauseMs))
      continue
    }
    const rows: PageMetricRow[] = [...read.value].flatMap(([day, figures]) =>
      Object.entries(figures).map(([metric, value]) => ({
        page: access.networkPage,
        channel: page.id,
        metric,
        day,
        value,
      })),
    )
    await upsertPageMetrics(payload, rows)
    result.rows += rows.length
    result.read += 1
    const pauseMs = pauseAfter(read.usage)
    if (pauseMs > 0) pauses.set(String(page.id), now.getTime() + pauseMs)
    await release({ metricsCollectedAt: now, ...later(Math.max(PAGE_INTERVAL_MS, pauseMs)) })
  }
  return result
}
