import type { Payload, PayloadRequest } from 'payload'

import type { DutySlot } from '../inbox/dutySlots'
import { type Id, sameId } from '../workflow/roles'
import type { CellAssignment } from './assign'
import { addDays, daysBetween, weekDays } from '../time/vietnam'
import { memberIds, rowsOfDays } from './weekData'

export interface CopyPlan {
  cells: CellAssignment[]
  /** Member assignments the copy adds; already present ones are not counted (nor doubled). */
  added: number
}

/**
 * What copying the week of `fromMonday` onto the week of `toMonday` changes: each source cell's
 * members are added to the same weekday and slot of the target week, next to whoever is already
 * there. Nothing is removed, so the board's own changes to the target week survive and copying twice
 * changes nothing the second time. Only the page's current slots and people who still hold the duty
 * role in it are copied.
 */
export const planCopy = async (
  payload: Payload,
  page: Id,
  slots: readonly DutySlot[],
  weeks: { fromMonday: string; toMonday: string; dutyIds: readonly Id[] },
  req: PayloadRequest,
): Promise<CopyPlan> => {
  const offset = daysBetween(weeks.fromMonday, weeks.toMonday)
  const [sources, targets] = await Promise.all([
    rowsOfDays(payload, page, weekDays(weeks.fromMonday), req),
    rowsOfDays(payload, page, weekDays(weeks.toMonday), req),
  ])
  const slotNames = new Set(slots.map((slot) => slot.name))
  const cells: CellAssignment[] = []
  let added = 0
  for (const source of sources) {
    if (!slotNames.has(source.slot)) continue
    const day = addDays(source.day, offset)
    const target = targets.find((row) => row.day === day && row.slot === source.slot)
    const present = target ? memberIds(target) : []
    const incoming = memberIds(source).filter(
      (id) => weeks.dutyIds.some((duty) => sameId(duty, id)) && !present.some((member) => sameId(member, id)),
    )
    if (incoming.length === 0) continue
    cells.push({ day, slot: source.slot, members: [...present, ...incoming] })
    added += incoming.length
  }
  return { cells, added }
}
