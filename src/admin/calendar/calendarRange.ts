import { addDays, isDay, mondayOf } from '../../time/vietnam'

export type CalendarMode = 'week' | 'month'

/** What the URL asks for: `?view=week|month&date=YYYY-MM-DD&area=<id>`; anything else falls back. */
export interface CalendarQuery {
  mode: CalendarMode
  /** Any day inside the period shown. */
  anchor: string
  area: string | null
}

export interface CalendarPeriod {
  mode: CalendarMode
  /** First and last day shown (whole weeks, Monday to Sunday). */
  first: string
  last: string
  /** The period proper: the week, or the month's first and last day (the grid shows a few more). */
  from: string
  to: string
  days: string[]
}

type SearchParams = Record<string, string | string[] | undefined> | undefined

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export const parseCalendarQuery = (searchParams: SearchParams, today: string): CalendarQuery => {
  const view = single(searchParams?.view)
  const date = single(searchParams?.date)
  const area = single(searchParams?.area)
  return {
    mode: view === 'month' ? 'month' : 'week',
    anchor: isDay(date) ? date : today,
    area: area && /^[\w-]{1,64}$/.test(area) ? area : null,
  }
}

const monthStart = (day: string) => `${day.slice(0, 8)}01`
const nextMonth = (day: string) => {
  const [year, month] = day.split('-').map(Number) as [number, number]
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}
const previousMonth = (day: string) => monthStart(addDays(monthStart(day), -1))

export const periodOf = ({ mode, anchor }: CalendarQuery): CalendarPeriod => {
  const from = mode === 'week' ? mondayOf(anchor) : monthStart(anchor)
  const to = mode === 'week' ? addDays(from, 6) : addDays(nextMonth(anchor), -1)
  const first = mondayOf(from)
  const last = addDays(mondayOf(to), 6)
  const days: string[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return { mode, first, last, from, to, days }
}

/** The anchor of the period before (-1) or after (+1). */
export const stepAnchor = ({ mode, anchor }: CalendarQuery, direction: -1 | 1): string =>
  mode === 'week' ? addDays(mondayOf(anchor), 7 * direction) : direction < 0 ? previousMonth(anchor) : nextMonth(anchor)

/** The query string of a calendar link; "today" is the absence of a date, so bookmarks stay current. */
export const calendarSearch = (query: { mode: CalendarMode; anchor?: string | null; area: string | null }): string => {
  const params = new URLSearchParams()
  if (query.mode !== 'week') params.set('view', query.mode)
  if (query.anchor) params.set('date', query.anchor)
  if (query.area) params.set('area', query.area)
  const search = params.toString()
  return search ? `?${search}` : ''
}
