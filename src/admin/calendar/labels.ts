/** Monday first, as Vietnamese calendars are printed. */
export const WEEKDAYS = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const

export const WEEKDAYS_SHORT = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const

/**
 * One hue per content area, distinct from the stage and state colours so that the area reads as the
 * entry's background and the state as its badge.
 */
export const AREA_PALETTE = ['#c0392b', '#1f7a8c', '#7b8b1e', '#8e44ad', '#d35400', '#2e86de', '#b7950b', '#16a085']
