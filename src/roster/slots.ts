import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_SLOTS } from '../../globals/DutySettings'
import { type DutySlot, shiftWindow } from '../inbox/dutySlots'

const TIME = /^\d{1,2}:\d{2}$/

/**
 * The usable slots of the settings, in the admins' order. A never-saved (or emptied) global falls
 * back to the defaults, so a fresh newsroom has a roster to fill; a slot whose times do not parse, or
 * whose name repeats, is left out rather than breaking the whole week (rows are unique per day and
 * slot name).
 */
export const usableSlots = (configured: unknown): DutySlot[] => {
  const given = Array.isArray(configured) && configured.length > 0 ? configured : DEFAULT_SLOTS
  const seen = new Set<string>()
  const slots: DutySlot[] = []
  for (const raw of given as Partial<DutySlot>[]) {
    const name = typeof raw?.name === 'string' ? raw.name.trim() : ''
    const start = typeof raw?.start === 'string' ? raw.start.trim() : ''
    const end = typeof raw?.end === 'string' ? raw.end.trim() : ''
    if (!name || seen.has(name) || !TIME.test(start) || !TIME.test(end)) continue
    try {
      shiftWindow('2026-01-05', { name, start, end })
    } catch {
      continue
    }
    seen.add(name)
    slots.push({ name, start, end })
  }
  return slots
}

export const loadSlots = async (payload: Payload, req?: PayloadRequest): Promise<DutySlot[]> => {
  const settings = (await payload.findGlobal({ slug: 'duty-settings', depth: 0, req })) as { slots?: unknown }
  return usableSlots(settings.slots)
}
