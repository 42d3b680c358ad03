import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { type DutySlot, shiftWindow } from '../inbox/dutySlots'
import { localDay, vnClock, weekDays } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import { peopleByIds, type RosterPerson } from './people'
import { loadSlots } from './slots'

export interface RosterCell {
  day: string
  slot: string
  startsAt: string
  endsAt: string
  /** The stored row, when there is one. */
  shiftId: Id | null
  members: RosterPerson[]
  /** Nobody who still holds the duty role is on it: items arriving then go to the board. */
  gap: boolean
}

export interface RosterWeek {
  /** The page whose roster this is. */
  page: Id
  monday: string
  days: string[]
  slots: DutySlot[]
  /** Day-major: the slots of Monday, then of Tuesday, … */
  cells: RosterCell[]
  gaps: number
  /** The newsroom's local day now, to mark it and the days already past. */
  today: string
}

export interface ShiftRow {
  id: Id
  day: string
  slot: string
  startsAt: string
  endsAt: string
  members?: unknown[] | null
}

export const memberIds = (row: Pick<ShiftRow, 'members'>): Id[] =>
  (row.members ?? []).map((member) => relationId(member as never)).filter((id): id is Id => id !== null)

/** One page's shift rows on these days: a roster never reads or writes another page's shifts. */
export const rowsOfDays = async (payload: Payload, page: Id, days: readonly string[], req?: PayloadRequest) => {
  const found = await payload.find({
    collection: 'shifts',
    where: { and: [{ page: { equals: page } }, { day: { in: [...days] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as ShiftRow[]
}

const cellKey = (day: string, slot: string) => `${day}|${slot}`

/** A page's whole week as the roster shows it: every day × slot of its settings, filled or not. */
export const loadWeek = async (
  payload: Payload,
  page: Id,
  monday: string,
  options: { req?: PayloadRequest; now?: Date } = {},
): Promise<RosterWeek> => {
  const days = weekDays(monday)
  const [slots, rows] = await Promise.all([
    loadSlots(payload, page, options.req),
    rowsOfDays(payload, page, days, options.req),
  ])
  const people = await peopleByIds(payload, page, rows.flatMap(memberIds), options.req)
  const byCell = new Map(rows.map((row) => [cellKey(row.day, row.slot), row]))

  const cells = days.flatMap((day) =>
    slots.map((slot): RosterCell => {
      const row = byCell.get(cellKey(day, slot.name))
      const window = shiftWindow(day, slot)
      const members = (row ? memberIds(row) : [])
        .map((id) => people.get(String(id)))
        .filter((person): person is RosterPerson => person !== undefined)
      return {
        day,
        slot: slot.name,
        startsAt: window.startsAt.toISOString(),
        endsAt: window.endsAt.toISOString(),
        shiftId: row?.id ?? null,
        members,
        gap: !members.some((member) => member.onDuty),
      }
    }),
  )
  return {
    page,
    monday,
    days,
    slots,
    cells,
    gaps: cells.filter((cell) => cell.gap).length,
    today: localDay(options.now ?? new Date()),
  }
}

export interface UpcomingShift {
  day: string
  slot: string
  startsAt: string
  endsAt: string
  /** Local HH:mm, from the row's own instants: the settings may have changed since it was made. */
  start: string
  end: string
}

/** The shifts `userId` is on that have not ended yet, soonest first. */
export const upcomingShiftsOf = async (
  payload: Payload,
  userId: Id,
  options: { now?: Date; limit?: number; req?: PayloadRequest } = {},
): Promise<UpcomingShift[]> => {
  const now = options.now ?? new Date()
  const found = await payload.find({
    collection: 'shifts',
    where: { and: [{ members: { in: [userId] } }, { endsAt: { greater_than: now.toISOString() } }] },
    sort: 'startsAt',
    depth: 0,
    limit: options.limit ?? 10,
    req: options.req,
  })
  return (found.docs as unknown as ShiftRow[]).map((row) => ({
    day: row.day,
    slot: row.slot,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    start: vnClock(row.startsAt),
    end: vnClock(row.endsAt),
  }))
}
