// Readers are in Vietnam whatever the server's zone; formatToParts keeps "dd/MM/yyyy HH:mm" exact,
// where vi-VN's own pattern puts the time first and varies between ICU versions.
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "28/11/2026 08:30" in Asia/Ho_Chi_Minh, or '' for a missing or invalid date. */
export const vietnamTime = (value: string | Date | null | undefined): string => {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(PARTS.formatToParts(date).map(({ type, value: v }) => [type, v]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}
