import { addDays, dayStart, daysBetween, isDay } from '../time/vietnam'
import { thisMonth } from './windows'

export const MAX_PERIOD_DAYS = 366

/**
 * The period of `?from=YYYY-MM-DD&to=YYYY-MM-DD` (local days, both included), this month when neither
 * is given; null when it is not a period the view can show.
 */
export const periodFrom = (
  query: { from?: unknown; to?: unknown },
  now: Date,
): { from: Date; to: Date; fromDay: string; toDay: string } | null => {
  const month = thisMonth(now)
  const { from, to } = query
  if (from === undefined && to === undefined) {
    return { from: month.from, to: month.to, fromDay: month.firstDay, toDay: month.lastDay }
  }
  if (!isDay(from) || !isDay(to)) return null
  const days = daysBetween(from, to)
  if (days < 0 || days >= MAX_PERIOD_DAYS) return null
  return { from: dayStart(from), to: dayStart(addDays(to, 1)), fromDay: from, toDay: to }
}
