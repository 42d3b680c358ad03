/**
 * When a post's figures are read again: often while it is young and they move fast, rarely once they
 * have settled, never after 90 days (Facebook keeps two years, but a post's figures barely move after a
 * few weeks, and each reading costs calls on the page's quota). Pure: the collector and its tests share it.
 */
export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** Posts older than this are no longer read. */
export const MAX_AGE_MS = 90 * DAY_MS

/** The gap between two readings of a post of this age: 1 h in its first day, daily to day 28, weekly after. */
export const intervalForAge = (ageMs: number): number => {
  if (ageMs < DAY_MS) return HOUR_MS
  if (ageMs < 28 * DAY_MS) return DAY_MS
  return 7 * DAY_MS
}

/** The last reading is taken this long before the window closes, so it still falls inside it. */
const FINAL_READING_LEAD_MS = HOUR_MS

/**
 * When a post read at `collectedAt` is next due, or null when that was its last reading. Crossing into
 * a slower band never skips a reading, and the final one lands just inside the 90 days.
 */
export const nextCollectionAt = (publishedAt: Date, collectedAt: Date): Date | null => {
  const published = publishedAt.getTime()
  const last = published + MAX_AGE_MS - FINAL_READING_LEAD_MS
  const at = collectedAt.getTime()
  if (at >= last) return null
  return new Date(Math.min(at + intervalForAge(at - published), last))
}

/** Whether a post is due now: never read, or its next reading has come (and it is not too old). */
export const isDue = (
  publishedAt: Date,
  state: { dueAt: Date | null; collectedAt: Date | null },
  now: Date,
): boolean => {
  if (now.getTime() - publishedAt.getTime() >= MAX_AGE_MS) return false
  if (state.dueAt) return state.dueAt.getTime() <= now.getTime()
  return state.collectedAt === null
}

/** Page figures are daily; reading every 6 h keeps today's running figure fresh for the board. */
export const PAGE_INTERVAL_MS = 6 * HOUR_MS
/** Facebook revises a day's page figures for a while: each reading covers the last three days. */
export const PAGE_LOOKBACK_MS = 3 * DAY_MS
