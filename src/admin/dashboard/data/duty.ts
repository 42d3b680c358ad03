import type { Id } from '../../../workflow/roles'
import { INBOX_COLUMNS, SHIFT_COLUMNS, type InboxRow, type ShiftRow, type Viewer, findAs } from './rows'

/** The shift this member is on now, if any, and their next one. */
export const loadMyShifts = async (viewer: Viewer, member: Id, now: Date) => {
  const { docs } = await findAs<ShiftRow>(viewer, 'shifts', {
    where: { and: [{ members: { in: [member] } }, { endsAt: { greater_than: now.toISOString() } }] },
    sort: 'startsAt',
    limit: 2,
    select: SHIFT_COLUMNS,
  })
  const current = docs.find((shift) => Date.parse(shift.startsAt) <= now.getTime()) ?? null
  const next = docs.find((shift) => shift !== current) ?? null
  return { current, next }
}

/** Comments and messages this member still has to answer (escalated ones are the board's), nearest deadline first. */
export const loadMyInbox = (viewer: Viewer, member: Id) =>
  findAs<InboxRow>(viewer, 'inbox', {
    where: { and: [{ assignee: { equals: member } }, { state: { in: ['new', 'assigned'] } }] },
    sort: 'dueAt',
    limit: 30,
    select: INBOX_COLUMNS,
  })
