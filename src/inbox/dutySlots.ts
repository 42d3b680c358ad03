import { addDays, localDay, parseTime, zonedInstant } from '../time/vietnam'

/** Duty slots are set in local time; the newsroom works in Vietnam whatever the server's TZ is. */
export interface DutySlot {
  name: string
  /** HH:mm, local time. */
  start: string
  /** HH:mm, local time; at or before `start` means the slot ends the next day. */
  end: string
}

export interface SlotWindow {
  /** The local day (YYYY-MM-DD) the slot starts on. */
  day: string
  slot: string
  startsAt: Date
  endsAt: Date
}

/** The absolute window of one slot on one local day: [startsAt, endsAt). */
export const shiftWindow = (day: string, slot: DutySlot): SlotWindow => {
  const overnight = parseTime(slot.end) <= parseTime(slot.start)
  return {
    day,
    slot: slot.name,
    startsAt: zonedInstant(day, slot.start),
    endsAt: zonedInstant(overnight ? addDays(day, 1) : day, slot.end),
  }
}

/**
 * The slot covering an instant, or null outside every slot. Windows are half-open: 06:00 belongs to
 * the slot starting then, 22:00 no longer to the one ending then. Yesterday's slots are looked at
 * too, for a slot running past midnight.
 */
export const slotAt = (slots: readonly DutySlot[], at: Date): SlotWindow | null => {
  const today = localDay(at)
  for (const day of [today, addDays(today, -1)]) {
    for (const slot of slots) {
      const window = shiftWindow(day, slot)
      if (window.startsAt.getTime() <= at.getTime() && at.getTime() < window.endsAt.getTime()) return window
    }
  }
  return null
}
