import { addDays, dayStart, localDay } from '../time/vietnam'
import type { FiguresQuery, FiguresWindows } from './types'

export const CALENDAR_DAYS_EACH_WAY = 7
export const RESPONSE_WINDOW_DAYS = 30
const DAY_MS = 86_400_000

/** Open inbox states: not yet answered nor closed. */
export const OPEN_INBOX_STATES = ['new', 'assigned', 'escalated'] as const
/** Publication states counted as "still to go out" on the calendar. */
export const PENDING_PUBLICATION_STATES = ['queued', 'publishing', 'unconfirmed'] as const

/**
 * The instants behind each group of figures: the calendar runs 7 local days each side of today; the
 * response times cover the 30 days ending at the end of the period, or now if that is earlier (the
 * future has no replies yet).
 */
export const windowsOf = (query: FiguresQuery): FiguresWindows => {
  const now = query.now ?? new Date()
  const today = localDay(now)
  const calendarDays = Array.from({ length: CALENDAR_DAYS_EACH_WAY * 2 + 1 }, (_, index) =>
    addDays(today, index - CALENDAR_DAYS_EACH_WAY),
  )
  const responseTo = new Date(Math.min(query.to.getTime(), now.getTime()))
  return {
    pages: query.pages,
    from: query.from,
    to: query.to,
    now,
    calendarDays,
    calendarFrom: dayStart(calendarDays[0]!),
    calendarTo: dayStart(addDays(calendarDays.at(-1)!, 1)),
    responseFrom: new Date(responseTo.getTime() - RESPONSE_WINDOW_DAYS * DAY_MS),
    responseTo,
  }
}

/** The first day of this month and of the next, local: the default period of the figures. */
export const thisMonth = (now: Date): { from: Date; to: Date } => {
  const day = localDay(now)
  const first = `${day.slice(0, 7)}-01`
  const [year, month] = first.split('-').map(Number)
  const next = month === 12 ? `${year! + 1}-01-01` : `${year}-${String(month! + 1).padStart(2, '0')}-01`
  return { from: dayStart(first), to: dayStart(next) }
}

/**
 * Nearest-rank percentile of sorted values: the smallest value with at least `share` of the values at
 * or below it (the SQL queries pick the same row, so both paths agree exactly).
 */
export const nearestRank = (sorted: readonly number[], share: number): number | null => {
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil(share * sorted.length))
  return sorted[rank - 1]!
}
