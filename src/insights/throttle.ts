import type { GraphUsage } from '../publishing/graphErrors'

const MINUTE_MS = 60_000

/** Usage at which the collector stops calling a page for a while, before Facebook throttles it. */
export const SLOW_DOWN_PERCENT = 90
/** How long the collector rests a page that is close to its quota and gave no estimate. */
export const SLOW_DOWN_MS = 10 * MINUTE_MS
/** How long a throttled page rests when Facebook gave no estimate. */
export const THROTTLED_DEFAULT_MS = 15 * MINUTE_MS

/**
 * How long to leave a page alone after a call, from its usage headers: figures are never urgent, so
 * the collector yields to publishing (which shares the page's quota) well before the limit. 0 = go on.
 */
export const pauseAfter = (usage: GraphUsage | undefined): number => {
  if (!usage) return 0
  const percent = usage.maxPercent ?? 0
  if (percent >= 100) return usage.retryAfterMs ?? THROTTLED_DEFAULT_MS
  if (percent >= SLOW_DOWN_PERCENT) return Math.max(usage.retryAfterMs ?? 0, SLOW_DOWN_MS)
  return 0
}
