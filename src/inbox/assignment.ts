import type { Id } from '../workflow/roles'

export interface ShiftRow {
  id: Id
  startsAt: string | Date
  endsAt: string | Date
  /** Members in roster order, already narrowed to users who still hold the duty role. */
  members: Id[]
  nextAssignee?: number | null
}

export interface BoardCandidate {
  id: Id
  /** Items assigned to them and not yet replied to or closed. */
  open: number
  /** When they were last given an item; null when never. */
  lastAssignedAt: string | Date | null
}

export type DutyChoice =
  { via: 'shift'; assignee: Id; shiftId: Id; counter: number } | { via: 'board'; assignee: Id } | { via: 'none' }

const time = (value: string | Date) => new Date(value).getTime()

/** The shift on duty at an instant: [startsAt, endsAt), and only one with somebody on it. */
export const coveringShift = (shifts: readonly ShiftRow[], at: Date): ShiftRow | null =>
  [...shifts]
    .filter((shift) => time(shift.startsAt) <= at.getTime() && at.getTime() < time(shift.endsAt))
    .filter((shift) => shift.members.length > 0)
    .sort((a, b) => time(a.startsAt) - time(b.startsAt))[0] ?? null

/** Round-robin: the shift's counter says whose turn it is, modulo the members on it now. */
export const memberInTurn = (shift: ShiftRow): Id => {
  const counter = Math.max(0, Math.floor(shift.nextAssignee ?? 0))
  return shift.members[counter % shift.members.length]!
}

/**
 * Outside every shift the board answers: the member with the fewest open items, and among equals the
 * one who waited longest for an item, so a quiet night still spreads the work.
 */
export const pickBoardMember = (candidates: readonly BoardCandidate[]): Id | null => {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.open - b.open ||
      (a.lastAssignedAt === null ? -Infinity : time(a.lastAssignedAt)) -
        (b.lastAssignedAt === null ? -Infinity : time(b.lastAssignedAt)) ||
      String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
  )
  return sorted[0]?.id ?? null
}

/** Who gets an item arriving at `at`: the member in turn on the covering shift, else the board. */
export const chooseAssignee = (input: {
  at: Date
  shifts: readonly ShiftRow[]
  board: readonly BoardCandidate[]
}): DutyChoice => {
  const shift = coveringShift(input.shifts, input.at)
  if (shift) {
    return { via: 'shift', assignee: memberInTurn(shift), shiftId: shift.id, counter: shift.nextAssignee ?? 0 }
  }
  const boardMember = pickBoardMember(input.board)
  return boardMember === null ? { via: 'none' } : { via: 'board', assignee: boardMember }
}
