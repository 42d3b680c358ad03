import type { Language } from '../i18n'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

const UNITS = {
  vi: { day: 'ngày', hour: 'giờ', minute: 'phút', lessThanMinute: 'dưới 1 phút' },
  en: { day: 'd', hour: 'h', minute: 'min', lessThanMinute: 'under a minute' },
} as const

/**
 * "3 giờ 5 phút", "2 ngày 4 giờ": two units at most, since a queue is read at a glance and the
 * exact second does not change what anyone does next.
 */
export const formatDuration = (ms: number, language: Language): string => {
  const units = UNITS[language]
  const span = Math.abs(ms)
  if (span < MINUTE_MS) return units.lessThanMinute
  const days = Math.floor(span / DAY_MS)
  const hours = Math.floor((span % DAY_MS) / HOUR_MS)
  const minutes = Math.floor((span % HOUR_MS) / MINUTE_MS)
  const parts: [number, string][] =
    days > 0
      ? [
          [days, units.day],
          [hours, units.hour],
        ]
      : hours > 0
        ? [
            [hours, units.hour],
            [minutes, units.minute],
          ]
        : [[minutes, units.minute]]
  return parts
    .filter(([value], index) => index === 0 || value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(' ')
}
