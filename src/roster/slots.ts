import type { Payload, PayloadRequest } from 'payload'

import { type DutySlot, shiftWindow } from '../inbox/dutySlots'
import type { Id } from '../workflow/roles'

/** A new page's day: three slots, as the district newsroom worked before there were pages. */
export const DEFAULT_SLOTS: DutySlot[] = [
  { name: 'Sáng', start: '06:00', end: '11:00' },
  { name: 'Chiều', start: '11:00', end: '17:00' },
  { name: 'Tối', start: '17:00', end: '22:00' },
]

export const DEFAULT_RESPONSE_TARGET_MINUTES = 30

const TIME = /^\d{1,2}:\d{2}$/

/**
 * The usable slots of a page's settings, in the admins' order. Never-saved (or emptied) settings
 * fall back to the defaults, so a fresh page has a roster to fill; a slot whose times do not parse,
 * or whose name repeats, is left out rather than breaking the whole week (rows are unique per page,
 * day and slot name).
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

export interface DutySettings {
  slots: DutySlot[]
  responseTargetMinutes: number
}

const usableTarget = (value: unknown) => {
  const minutes = Number(value)
  return value != null && Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_RESPONSE_TARGET_MINUTES
}

/**
 * One page's duty settings (slots and response target), kept on the page document: each page's team
 * keeps its own hours. Read past access: the roster and the inbox loop need them for whoever asks.
 */
export const pageDutySettings = async (payload: Payload, page: Id, req?: PayloadRequest): Promise<DutySettings> => {
  const doc = (await payload.findByID({
    collection: 'pages',
    id: page,
    depth: 0,
    select: { dutySlots: true, responseTargetMinutes: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { dutySlots?: unknown; responseTargetMinutes?: unknown } | null
  return { slots: usableSlots(doc?.dutySlots), responseTargetMinutes: usableTarget(doc?.responseTargetMinutes) }
}

export const loadSlots = async (payload: Payload, page: Id, req?: PayloadRequest): Promise<DutySlot[]> =>
  (await pageDutySettings(payload, page, req)).slots
