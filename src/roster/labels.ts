import type { DutySlot } from '../inbox/dutySlots'
import { shortDate, weekdayIndex } from '../time/vietnam'

export const WEEKDAY_NAMES = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const

/** The stored `label` of a shift row (its title in the admin): the newsroom reads it in Vietnamese. */
export const shiftLabel = (day: string, slot: DutySlot) =>
  `${WEEKDAY_NAMES.vi[weekdayIndex(day)]} ${shortDate(day)}/${day.slice(0, 4)} · ${slot.name} ${slot.start}–${slot.end}`
