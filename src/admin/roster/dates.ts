import { shortDate } from '../../time/vietnam'

/** 02/03 – 08/03/2026: the week as the roster heads it. */
export const weekRange = (days: readonly string[]) => {
  const first = days[0]!
  const last = days[days.length - 1]!
  return { from: shortDate(first), to: `${shortDate(last)}/${last.slice(0, 4)}` }
}

/** Whether an instant range holds `now`: the shift someone is on at this moment. */
export const holdsNow = (range: { startsAt: string; endsAt: string }, now: number) =>
  Date.parse(range.startsAt) <= now && now < Date.parse(range.endsAt)
