import type { Payload, PayloadRequest } from 'payload'

import { type DutySlot, shiftWindow } from '../inbox/dutySlots'
import { type Id, sameId } from '../workflow/roles'
import { shiftLabel } from './labels'
import { memberIds, rowsOfDays } from './weekData'

export interface CellAssignment {
  day: string
  slot: string
  members: Id[]
}

const sameMembers = (a: readonly Id[], b: readonly Id[]) =>
  a.length === b.length && a.every((id, index) => sameId(id, b[index]))

/**
 * Writes the given cells (and only those) on `req`'s transaction. Times and label are rebuilt from
 * the slot each time, so a row made before the admins moved a slot follows the settings once it is
 * assigned again. Rows are the page's own. An empty cell without a row stays without one. Returns how many rows changed.
 */
export const writeCells = async (
  payload: Payload,
  page: Id,
  slots: readonly DutySlot[],
  cells: readonly CellAssignment[],
  req: PayloadRequest,
): Promise<number> => {
  const slotByName = new Map(slots.map((slot) => [slot.name, slot]))
  const rows = await rowsOfDays(payload, page, [...new Set(cells.map((cell) => cell.day))], req)
  let changed = 0
  for (const cell of cells) {
    const slot = slotByName.get(cell.slot)
    if (!slot) throw new Error(`Unknown slot ${cell.slot}`)
    const window = shiftWindow(cell.day, slot)
    const data = {
      page,
      day: cell.day,
      slot: slot.name,
      label: shiftLabel(cell.day, slot),
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
      members: [...cell.members],
    }
    const row = rows.find((candidate) => candidate.day === cell.day && candidate.slot === cell.slot)
    if (row) {
      const unchanged =
        sameMembers(memberIds(row), cell.members) &&
        new Date(row.startsAt).getTime() === window.startsAt.getTime() &&
        new Date(row.endsAt).getTime() === window.endsAt.getTime()
      if (unchanged) continue
      await payload.update({ collection: 'shifts', id: row.id, data: data as never, depth: 0, req })
    } else if (cell.members.length > 0) {
      await payload.create({ collection: 'shifts', data: data as never, depth: 0, req })
    } else {
      continue
    }
    changed += 1
  }
  return changed
}
