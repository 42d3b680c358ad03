import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { addDays } from '../../time/vietnam'
import type { PageMetric } from '../metricNames'
import type { InsightsQuery, PageScope } from './query'
import { idList, num, sqlRows, usesSql } from './sqlRows'

/** The page's daily figures (Graph API names): followers that day, people reached, engagements. */
export const PAGE_FIGURE_METRICS = {
  followers: 'page_follows',
  reach: 'page_total_media_view_unique',
  engagements: 'page_post_engagements',
} as const satisfies Record<string, PageMetric>

type PageFigure = keyof typeof PAGE_FIGURE_METRICS

export interface PageDay {
  day: string
  followers: number | null
  reach: number | null
  engagements: number | null
}

export interface PageFigures {
  days: PageDay[]
  /** Followers at the period's end less those the day before it began (or on its first known day). */
  followersGained: number
  followersAtEnd: number | null
}

const figureOf = new Map<string, PageFigure>(
  Object.entries(PAGE_FIGURE_METRICS).map(([figure, metric]) => [metric, figure as PageFigure]),
)

/** Rows summed over the newsroom's pages per day and metric, in the database when it is SQL. */
const dailySums = async (payload: Payload, first: string, last: string, pages: PageScope) => {
  const metrics = Object.values(PAGE_FIGURE_METRICS)
  if (usesSql(payload)) {
    const rows = await sqlRows(
      payload,
      sql`SELECT day, metric, SUM(value) AS total FROM page_metrics
          WHERE day >= ${first} AND day <= ${last} ${pages ? sql`AND page_id IN (${idList(pages)})` : sql``}
            AND metric IN (${sql.join(
              metrics.map((metric) => sql`${metric}`),
              sql`, `,
            )})
          GROUP BY day, metric ORDER BY day`,
    )
    return rows.map((row) => ({ day: String(row.day), metric: String(row.metric), total: num(row.total) }))
  }
  const found = await payload.find({
    collection: 'page-metrics' as never,
    where: {
      and: [{ day: { greater_than_equal: first } }, { day: { less_than_equal: last } }, { metric: { in: metrics } }],
    },
    select: { day: true, metric: true, value: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const sums = new Map<string, number>()
  for (const row of found.docs as unknown as { day: string; metric: string; value: number }[]) {
    const key = `${row.day}|${row.metric}`
    sums.set(key, (sums.get(key) ?? 0) + num(row.value))
  }
  return [...sums.entries()].map(([key, total]) => {
    const [day, metric] = key.split('|') as [string, string]
    return { day, metric, total }
  })
}

/** Followers over time and the page's daily reach and engagements for the period. */
export const loadPageFigures = async (
  payload: Payload,
  query: Pick<InsightsQuery, 'from' | 'to'>,
  pages: PageScope,
): Promise<PageFigures> => {
  const before = addDays(query.from, -1)
  const sums = await dailySums(payload, before, query.to, pages)
  const byDay = new Map<string, PageDay>()
  for (const { day, metric, total } of sums) {
    const figure = figureOf.get(metric)
    if (!figure) continue
    const entry = byDay.get(day) ?? { day, followers: null, reach: null, engagements: null }
    entry[figure] = total
    byDay.set(day, entry)
  }
  const all = [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day))
  const counts = all.filter((entry) => entry.followers !== null)
  const first = counts[0]?.followers ?? null
  const last = counts.at(-1)?.followers ?? null
  return {
    days: all.filter((entry) => entry.day >= query.from),
    followersGained: first !== null && last !== null ? last - first : 0,
    followersAtEnd: last,
  }
}
