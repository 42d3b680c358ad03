import { FORMAT_LABELS } from '../../workflow/labels'
import { localDay, weekdayIndex, vnClock } from '../../time/vietnam'
import type { Id } from '../../workflow/roles'
import { type Figures, FIGURES, type PostFigures, withEngagement } from './postFigures'

/** One group of posts (an area, a format, a collaborator, a unit, an hour, a weekday) and its figures. */
export interface Group extends Figures {
  key: string
  label: string
  posts: number
  medianReach: number
  /** Reach per post: what the "when to post" charts compare. */
  averageReach: number
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const totalsOf = (posts: readonly PostFigures[]): Figures =>
  withEngagement(
    Object.fromEntries(FIGURES.map((figure) => [figure, posts.reduce((sum, post) => sum + post[figure], 0)])) as Record<
      (typeof FIGURES)[number],
      number
    >,
  )

const groupOf = (key: string, label: string, posts: readonly PostFigures[]): Group => ({
  key,
  label,
  posts: posts.length,
  ...totalsOf(posts),
  medianReach: median(posts.map((post) => post.reach)),
  averageReach: posts.length === 0 ? 0 : Math.round(posts.reduce((sum, post) => sum + post.reach, 0) / posts.length),
})

/** Groups by `keyOf`, biggest reach first; posts without a key (no area, no unit) go under "—". */
export const groupBy = (
  posts: readonly PostFigures[],
  keyOf: (post: PostFigures) => { key: Id | null; label: string | null },
): Group[] => {
  const groups = new Map<string, { label: string; posts: PostFigures[] }>()
  for (const post of posts) {
    const { key, label } = keyOf(post)
    const name = key === null ? '' : String(key)
    const group = groups.get(name) ?? { label: key === null ? '—' : (label ?? name), posts: [] }
    group.posts.push(post)
    groups.set(name, group)
  }
  return [...groups.entries()]
    .map(([key, group]) => groupOf(key, group.label, group.posts))
    .sort((a, b) => b.reach - a.reach)
}

const WEEKDAYS_VI = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']

/** Every hour 0–23 (Vietnam time), empty hours included, so the chart's axis is the whole day. */
const byHour = (posts: readonly PostFigures[]): Group[] =>
  Array.from({ length: 24 }, (_, hour) => {
    const label = `${String(hour).padStart(2, '0')}h`
    return groupOf(
      String(hour),
      label,
      posts.filter((post) => Number(vnClock(post.publishedAt).slice(0, 2)) === hour),
    )
  })

/** Monday to Sunday (Vietnam's calendar), empty days included. */
const byWeekday = (posts: readonly PostFigures[]): Group[] =>
  WEEKDAYS_VI.map((label, index) =>
    groupOf(
      String(index),
      label,
      posts.filter((post) => weekdayIndex(localDay(new Date(post.publishedAt))) === index),
    ),
  )

export interface Breakdowns {
  byArea: Group[]
  byFormat: Group[]
  byAuthor: Group[]
  byUnit: Group[]
  byHour: Group[]
  byWeekday: Group[]
}

/**
 * The period's posts grouped every way the board asks about. The metric rows were already reduced to
 * one row per post in the database; grouping those (hundreds a month) here is what lets every group
 * carry a median, which SQLite cannot compute.
 */
export const breakdownsOf = (posts: readonly PostFigures[]): Breakdowns => ({
  byArea: groupBy(posts, (post) => ({ key: post.areaId, label: post.areaName })),
  byFormat: groupBy(posts, (post) => ({ key: post.format, label: FORMAT_LABELS[post.format]?.vi ?? post.format })),
  byAuthor: groupBy(posts, (post) => ({ key: post.authorId, label: post.authorName })),
  byUnit: groupBy(posts, (post) => ({ key: post.unitId, label: post.unitName })),
  byHour: byHour(posts),
  byWeekday: byWeekday(posts),
})
