import { formatDateTime } from '../format'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "5 phút trước", "hôm qua"… for the last week; older entries get the date, since "23 ngày trước"
 * makes people count.
 */
export const relativeTime = (iso: string, now: number, language: 'vi' | 'en', justNow: string) => {
  const elapsed = now - new Date(iso).getTime()
  if (Number.isNaN(elapsed)) return ''
  if (elapsed < MINUTE) return justNow
  if (elapsed >= 7 * DAY) return formatDateTime(iso)
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour')
  return format.format(-Math.floor(elapsed / DAY), 'day')
}
