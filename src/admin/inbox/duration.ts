export interface DurationParts {
  days: number
  hours: number
  minutes: number
}

const MINUTE = 60_000

/**
 * A span as the two largest units that matter ("1 giờ 5 phút", "2 ngày 3 giờ"), rounded up to the
 * minute so that a deadline shown as "còn 1 phút" has not already passed.
 */
export const durationParts = (ms: number): DurationParts => {
  const total = Math.max(1, Math.ceil(Math.abs(ms) / MINUTE))
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 }
}

export const largestTwo = (parts: DurationParts): (keyof DurationParts)[] => {
  if (parts.days > 0) return parts.hours > 0 ? ['days', 'hours'] : ['days']
  if (parts.hours > 0) return parts.minutes > 0 ? ['hours', 'minutes'] : ['hours']
  return ['minutes']
}
