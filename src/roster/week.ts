/**
 * Calendar days of the roster, as `YYYY-MM-DD` strings of the newsroom's local calendar. Pure: no
 * time zone is involved here, the zone only matters when a day and a slot become instants
 * (`shiftWindow` in src/inbox/dutySlots.ts).
 */

const DAY_MS = 86_400_000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

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

/** 0 = Monday … 6 = Sunday: the newsroom's weeks start on Monday. */
export const weekdayIndex = (day: string): number => (new Date(utcMs(day)).getUTCDay() + 6) % 7

export const mondayOf = (day: string): string => addDays(day, -weekdayIndex(day))

/** The seven days of the week starting on `monday`. */
export const weekDays = (monday: string): string[] => Array.from({ length: 7 }, (_, index) => addDays(monday, index))

/** dd/MM, as the roster heads its rows. */
export const shortDate = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}`
