import { FORMAT_LABELS } from '../../workflow/labels'
import { addDays, daysBetween, isDay, localDay } from '../../time/vietnam'

export type StoryFormat = keyof typeof FORMAT_LABELS

/** What the insights screen and the report look at: local days (inclusive) and optional filters. */
export interface InsightsQuery {
  from: string
  to: string
  area: string | null
  format: StoryFormat | null
  unit: string | null
  author: string | null
  /** One page of the network; null: every page the reader is on the board of. */
  page: string | null
}

/**
 * The pages whose figures a reader gets: null for every page (an admin who names none), else a list
 * (a board member's pages, or the one page asked for).
 */
export type PageScope = readonly (string | number)[] | null

export type QueryCode = 'invalid_range' | 'range_too_long' | 'invalid_filter'

/** Two years and a day: the Graph API keeps two years, and the screen is built for that. */
export const MAX_RANGE_DAYS = 732

const FILTER_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The current month so far, the default period. */
export const thisMonth = (now = new Date()) => {
  const today = localDay(now)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** This month, unfiltered: the screen's first view. */
export const defaultInsightsQuery = (now = new Date()): InsightsQuery => ({
  ...thisMonth(now),
  area: null,
  format: null,
  unit: null,
  author: null,
  page: null,
})

/** The whole previous month: what the report of the 1st covers. */
export const previousMonth = (now = new Date()) => {
  const firstOfThisMonth = `${localDay(now).slice(0, 8)}01`
  const last = addDays(firstOfThisMonth, -1)
  return { from: `${last.slice(0, 8)}01`, to: last }
}

const filterId = (value: unknown): string | null | false => {
  if (value == null || value === '') return null
  return typeof value === 'string' && FILTER_ID.test(value) ? value : false
}

/**
 * Reads `from`, `to`, `area`, `format`, `unit`, `author` (from a query string or a JSON body). Days
 * are YYYY-MM-DD in the newsroom's calendar; ids are opaque (numbers on SQL, strings on MongoDB).
 */
export const parseInsightsQuery = (
  input: Record<string, unknown>,
  now = new Date(),
): { ok: true; value: InsightsQuery } | { ok: false; code: QueryCode } => {
  const fallback = thisMonth(now)
  const from = input.from == null || input.from === '' ? fallback.from : input.from
  const to = input.to == null || input.to === '' ? fallback.to : input.to
  if (!isDay(from) || !isDay(to) || to < from) return { ok: false, code: 'invalid_range' }
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return { ok: false, code: 'range_too_long' }
  const area = filterId(input.area)
  const unit = filterId(input.unit)
  const author = filterId(input.author)
  const page = filterId(input.page)
  const format = input.format == null || input.format === '' ? null : input.format
  if (area === false || unit === false || author === false || page === false)
    return { ok: false, code: 'invalid_filter' }
  if (format !== null && !(typeof format === 'string' && format in FORMAT_LABELS)) {
    return { ok: false, code: 'invalid_filter' }
  }
  return { ok: true, value: { from, to, area, unit, author, page, format: format as StoryFormat | null } }
}

/** The query as a search string, for links and the report's record. */
export const querySearch = (query: Partial<InsightsQuery>) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}
