import type { Payload } from 'payload'

import type { Id } from '../../workflow/roles'
import { FIGURE_METRICS, FIGURES, type Figure, type Figures, withEngagement } from './postFigures'
import { num } from './sqlRows'

export interface StoryDay extends Figures {
  day: string
}

export interface StorySeries {
  figures: Figures
  days: StoryDay[]
}

const figureOf = new Map<string, Figure>(
  Object.entries(FIGURE_METRICS).map(([figure, metric]) => [metric, figure as Figure]),
)

/**
 * One story's figures day by day, summed over its publications. A publication not read on a day keeps
 * its last known value that day, so a second channel read on other days never makes the curve dip.
 * A story has at most a few hundred rows: they are read whole, on any adapter.
 */
export const loadStorySeries = async (payload: Payload, storyId: Id): Promise<StorySeries> => {
  const found = await payload.find({
    collection: 'post-metrics' as never,
    where: { and: [{ story: { equals: storyId } }, { metric: { in: Object.values(FIGURE_METRICS) } }] },
    select: { publication: true, metric: true, day: true, value: true } as never,
    sort: 'day',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const rows = found.docs as unknown as { publication: Id; metric: string; day: string; value: number }[]
  const days = [...new Set(rows.map((row) => row.day))].sort()
  const last = new Map<string, number>()
  const series: StoryDay[] = []
  let next = 0
  for (const day of days) {
    for (; next < rows.length && rows[next]!.day === day; next += 1) {
      const row = rows[next]!
      const key = `${String(row.publication)}|${row.metric}`
      last.set(key, Math.max(last.get(key) ?? 0, num(row.value)))
    }
    const totals = Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as Record<Figure, number>
    for (const [key, value] of last) {
      const figure = figureOf.get(key.slice(key.indexOf('|') + 1))
      if (figure) totals[figure] += value
    }
    series.push({ day, ...withEngagement(totals) })
  }
  return {
    figures: series.at(-1) ?? withEngagement({ reach: 0, views: 0, reactions: 0, comments: 0, shares: 0 }),
    days: series,
  }
}
