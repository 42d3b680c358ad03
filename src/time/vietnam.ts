/**
 * The newsroom works on Vietnam's wall clock (Asia/Ho_Chi_Minh) whatever zone the server or the
 * reader's browser is in. Local days are `YYYY-MM-DD` strings of the newsroom's calendar: counting
 * with them needs no zone; the zone only matters where a day and a time of day become an instant
 * (`zonedInstant`), where an instant falls on a day (`localDay`), and in what people read (`vnClock`…).
 */
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const DAY_MS = 86_400_000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

// Local days.

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export const isDay = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = DAY_PATTERN.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

const utcMs = (day: string) => Date.parse(`${day}T00:00:00Z`)

export const addDays = (day: string, days: number): string =>
  new Date(utcMs(day) + days * DAY_MS).toISOString().slice(0, 10)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utcMs(to) - utcMs(from)) / DAY_MS)

/** 0 = Monday … 6 = Sunday: Vietnamese calendars, and the newsroom's weeks, start on Monday. */
export const weekdayIndex = (day: string): number => (new Date(utcMs(day)).getUTCDay() + 6) % 7

export const mondayOf = (day: string): string => addDays(day, -weekdayIndex(day))

/** The seven days of the week starting on `monday`. */
export const weekDays = (monday: string): string[] => Array.from({ length: 7 }, (_, index) => addDays(monday, index))

/** "28/11", as the roster heads its rows. */
export const shortDate = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}`

/** "28/11/2026" (or "28/11") from a local day "2026-11-28". */
export const dayLabel = (day: string, withYear = true): string => {
  const [year, month, date] = day.split('-')
  return withYear ? `${date}/${month}/${year}` : `${date}/${month}`
}

// Instants and the wall clock.

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const localFields = (at: Date) => {
  const parts = Object.fromEntries(wallClock.formatToParts(at).map((part) => [part.type, part.value]))
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    wallMs: Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!),
  }
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export const localDay = (at: Date): string => localFields(at).day

/** Minutes after midnight of a local time of day written HH:mm (24:00 is the end of the day). */
export const parseTime = (hhmm: string): number => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim())
  if (!match) throw new Error(`Invalid time "${hhmm}" (expected HH:mm)`)
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) throw new Error(`Invalid time "${hhmm}"`)
  return hours * 60 + minutes
}

/**
 * The instant at which the local wall clock shows `day` + `hhmm`. Computed through the zone's offset
 * rather than a hard-coded +07:00, so the code stays right if it is ever pointed at another zone.
 */
export const zonedInstant = (day: string, hhmm: string): Date => {
  const [year, month, date] = day.split('-').map(Number)
  const wall = Date.UTC(year!, month! - 1, date!) + parseTime(hhmm) * 60_000
  const offset = localFields(new Date(wall)).wallMs - wall
  return new Date(wall - offset)
}

/** The instant a local day starts. */
export const dayStart = (day: string): Date => zonedInstant(day, '00:00')

// What people read.

type TimeInput = string | number | Date | null | undefined

const toDate = (value: TimeInput): Date | null => {
  if (value == null || value === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "08:30", local to the newsroom, or '' for a missing or invalid date. */
export const vnClock = (value: TimeInput): string => {
  const date = toDate(value)
  return date ? clock.format(date) : ''
}

/** "28/11/2026 08:30", local to the newsroom, or '' for a missing or invalid date. */
export const vnDateTime = (value: TimeInput): string => {
  const date = toDate(value)
  return date ? `${dayLabel(localDay(date))} ${clock.format(date)}` : ''
}

/** The local day of an instant, or null for a missing or invalid date. */
export const vnDay = (value: TimeInput): string | null => {
  const date = toDate(value)
  return date ? localDay(date) : null
}
