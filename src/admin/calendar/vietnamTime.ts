import { NEWSROOM_TIME_ZONE, localDay, zonedInstant } from '../../inbox/dutySlots'

export { NEWSROOM_TIME_ZONE, localDay, zonedInstant }

const DAY_MS = 86_400_000

// The newsroom works in Vietnam whatever zone the server or the reader's browser is in, so every
// time on these screens is formatted in Asia/Ho_Chi_Minh explicitly.
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const toDate = (value: string | number | Date | null | undefined): Date | null => {
  if (value == null || value === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "08:30", local to the newsroom. */
export const vnClock = (value: string | number | Date | null | undefined): string => {
  const date = toDate(value)
  return date ? clock.format(date) : ''
}

/** "28/11/2026" from a local day "2026-11-28". */
export const dayLabel = (day: string, withYear = true): string => {
  const [year, month, date] = day.split('-')
  return withYear ? `${date}/${month}/${year}` : `${date}/${month}`
}

/** "28/11/2026 08:30", local to the newsroom. */
export const vnDateTime = (value: string | number | Date | null | undefined): string => {
  const date = toDate(value)
  return date ? `${dayLabel(localDay(date))} ${clock.format(date)}` : ''
}

/** The local day of an instant, or null for a missing or invalid date. */
export const vnDay = (value: string | number | Date | null | undefined): string | null => {
  const date = toDate(value)
  return date ? localDay(date) : null
}

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** 0 = Monday … 6 = Sunday: Vietnamese calendars start the week on Monday. */
export const weekdayIndex = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value

/** The instant a local day starts. */
export const dayStart = (day: string): Date => zonedInstant(day, '00:00')
