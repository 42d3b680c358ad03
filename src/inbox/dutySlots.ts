/** Duty slots are set in local time; the newsroom works in Vietnam whatever the server's TZ is. */
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

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

const DAY_MS = 86_400_000

const formatter = new Intl.DateTimeFormat('en-CA', {
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
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]))
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    wallMs: Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!),
  }
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export const localDay = (at: Date): string => localFields(at).day

const parseTime = (hhmm: string) => {
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

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

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
