import type { DutySlot } from '../inbox/dutySlots'
import type { Id } from '../workflow/roles'
import type { CellAssignment } from './assign'
import type { RosterMessageCode } from './messages'
import { isDay, mondayOf, weekDays } from '../time/vietnam'

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: RosterMessageCode; detail?: string }

const isId = (value: unknown): value is Id =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))

/** Any day of a week names that week; the roster stores and shows it from its Monday. */
export const parseWeek = (value: unknown): Parsed<string> =>
  isDay(value) ? { ok: true, value: mondayOf(value) } : { ok: false, code: 'invalid_week' }

/**
 * `{ week, assignments: [{ day, slot, members }] }` checked against the week and the current slots.
 * A cell given twice keeps its last value; a member listed twice in a cell counts once.
 */
export const parseWeekAssignments = (
  body: Record<string, unknown>,
  slots: readonly DutySlot[],
): Parsed<{ monday: string; cells: CellAssignment[] }> => {
  const week = parseWeek(body.week)
  if (!week.ok) return week
  if (!Array.isArray(body.assignments)) return { ok: false, code: 'invalid_assignments' }
  const days = new Set(weekDays(week.value))
  const slotNames = new Set(slots.map((slot) => slot.name))
  const cells = new Map<string, CellAssignment>()
  for (const raw of body.assignments as unknown[]) {
    const entry = (raw ?? {}) as { day?: unknown; slot?: unknown; members?: unknown }
    if (!isDay(entry.day) || typeof entry.slot !== 'string' || !Array.isArray(entry.members)) {
      return { ok: false, code: 'invalid_assignments' }
    }
    if (!days.has(entry.day)) return { ok: false, code: 'day_outside_week', detail: entry.day }
    if (!slotNames.has(entry.slot)) return { ok: false, code: 'unknown_slot', detail: entry.slot }
    if (!entry.members.every(isId)) return { ok: false, code: 'invalid_assignments' }
    const members = [...new Map(entry.members.map((id) => [String(id), id])).values()]
    cells.set(`${entry.day}|${entry.slot}`, { day: entry.day, slot: entry.slot, members })
  }
  return { ok: true, value: { monday: week.value, cells: [...cells.values()] } }
}
