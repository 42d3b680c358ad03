import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { dayStart, addDays } from '../../time/vietnam'
import type { Id } from '../../workflow/roles'
import type { PostMetric } from '../metricNames'
import type { InsightsQuery, PageScope, StoryFormat } from './query'
import { idList, idOf, isoOf, num, sqlId, sqlRows, usesSql } from './sqlRows'

/**
 * The figures a post is judged by, from the metric rows of `post-metrics` (the Graph API's names):
 * reach is the unique people who saw it, views every view, engagement its reactions, comments and
 * shares together.
 */
export const FIGURE_METRICS = {
  reach: 'post_total_media_view_unique',
  views: 'post_media_view',
  reactions: 'reactions',
  comments: 'comments',
  shares: 'shares',
} as const satisfies Record<string, PostMetric>

export type Figure = keyof typeof FIGURE_METRICS
export const FIGURES = Object.keys(FIGURE_METRICS) as Figure[]

export type Figures = Record<Figure, number> & { engagement: number }

/** One published story in the period, with its figures summed over every channel it went out on. */
export interface PostFigures extends Figures {
  storyId: Id
  title: string
  format: StoryFormat
  areaId: Id | null
  areaName: string | null
  authorId: Id | null
  authorName: string | null
  unitId: Id | null
  unitName: string | null
  /** Its first publication in the period (ISO). */
  publishedAt: string
}

export const withEngagement = (figures: Record<Figure, number>): Figures => ({
  ...figures,
  engagement: figures.reactions + figures.comments + figures.shares,
})

/** The instants the local days of a query cover: [start, end). */
export const instantsOf = (query: Pick<InsightsQuery, 'from' | 'to'>) => ({
  start: dayStart(query.from).toISOString(),
  end: dayStart(addDays(query.to, 1)).toISOString(),
})

const metricOf = new Map(Object.entries(FIGURE_METRICS).map(([figure, metric]) => [metric, figure as Figure]))

/**
 * SQL: the metric rows are reduced in the database. A row holds a post's lifetime total as read that
 * day, so a post's figure at the end of the period is its largest value up to that day (totals only
 * grow); the inner query keeps one row per publication and metric (index publication, metric, day),
 * the outer one sums a story's publications and joins the names shown beside it.
 */
const postFiguresSql = async (payload: Payload, query: InsightsQuery, pages: PageScope, storyIds?: readonly Id[]) => {
  const { start, end } = instantsOf(query)
  const metrics = Object.values(FIGURE_METRICS)
  const figureSum = (figure: Figure) =>
    sql.raw(`SUM(CASE WHEN x.metric = '${FIGURE_METRICS[figure]}' THEN x.v ELSE 0 END) AS "${figure}"`)
  const filters = [
    query.area ? sql` AND s.area_id = ${sqlId(query.area)}` : sql``,
    query.format ? sql` AND s.format = ${query.format}` : sql``,
    query.author ? sql` AND s.author_id = ${sqlId(query.author)}` : sql``,
    query.unit ? sql` AND au.unit_id = ${sqlId(query.unit)}` : sql``,
    storyIds ? sql` AND s.id IN (${idList(storyIds)})` : sql``,
    pages ? sql` AND s.page_id IN (${idList(pages)})` : sql``,
  ]
  const rows = await sqlRows(
    payload,
    sql`
    SELECT s.id AS story_id, s.title, s.format, s.area_id, a.name AS area_name, s.author_id,
           au.name AS author_name, au.unit_id, un.name AS unit_name, f.published_at,
           f.reach, f.views, f.reactions, f.comments, f.shares
    FROM (
      SELECT x.story_id, MIN(x.published_at) AS published_at,
             ${sql.join(
               FIGURES.map((figure) => figureSum(figure)),
               sql`, `,
             )}
      FROM (
        SELECT p.id, p.story_id, MIN(p.published_at) AS published_at, pm.metric, MAX(pm.value) AS v
        FROM publications p
        LEFT JOIN post_metrics pm ON pm.publication_id = p.id AND pm.day <= ${query.to}
          AND pm.metric IN (${sql.join(
            metrics.map((metric) => sql`${metric}`),
            sql`, `,
          )})
        WHERE p.state = 'published' AND p.published_at >= ${start} AND p.published_at < ${end}
        GROUP BY p.id, p.story_id, pm.metric
      ) x
      GROUP BY x.story_id
    ) f
    JOIN stories s ON s.id = f.story_id
    LEFT JOIN areas a ON a.id = s.area_id
    LEFT JOIN users au ON au.id = s.author_id
    LEFT JOIN units un ON un.id = au.unit_id
    WHERE 1 = 1 ${sql.join(filters, sql``)}
    ORDER BY f.published_at`,
  )
  return rows.map((row): PostFigures =>
    Object.assign(
      {
        storyId: idOf(row.story_id)!,
        title: String(row.title ?? ''),
        format: String(row.format ?? 'news') as StoryFormat,
        areaId: idOf(row.area_id),
        areaName: (row.area_name as string | null) ?? null,
        authorId: idOf(row.author_id),
        authorName: (row.author_name as string | null) ?? null,
        unitId: idOf(row.unit_id),
        unitName: (row.unit_name as string | null) ?? null,
        publishedAt: isoOf(row.published_at) ?? '',
      },
      withEngagement(Object.fromEntries(FIGURES.map((figure) => [figure, num(row[figure])])) as Record<Figure, number>),
    ),
  )
}

/** Whether a post passes the query's area, format, collaborator and unit filters. */
export const matchesFilters = (query: InsightsQuery) => (post: PostFigures) =>
  (!query.area || String(post.areaId) === query.area) &&
  (!query.format || post.format === query.format) &&
  (!query.author || String(post.authorId) === query.author) &&
  (!query.unit || String(post.unitId) === query.unit)

type Named = { id: Id; name?: string | null } | Id | null | undefined
const idOfRelation = (value: Named): Id | null => (value && typeof value === 'object' ? value.id : (value ?? null))
const nameOf = (value: Named): string | null => (value && typeof value === 'object' ? (value.name ?? null) : null)

/**
 * Any adapter (MongoDB's path, and the baseline `bench/insights/screen.ts` measures the SQL one
 * against): the same figures through Payload's local API. Every metric row of the period's posts
 * comes into the process, which is what the SQL path avoids.
 */
export const postFiguresLocal = async (
  payload: Payload,
  query: InsightsQuery,
  pages: PageScope,
  storyIds?: readonly Id[],
) => {
  const { start, end } = instantsOf(query)
  const publications = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { state: { equals: 'published' } },
        { publishedAt: { greater_than_equal: start } },
        { publishedAt: { less_than: end } },
        ...(storyIds ? [{ story: { in: [...storyIds] } }] : []),
        ...(pages ? [{ page: { in: [...pages] } }] : []),
      ],
    } as Where,
    select: { story: true, publishedAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const publicationRows = publications.docs as unknown as { id: Id; story: Id; publishedAt: string }[]
  if (publicationRows.length === 0) return []
  const stories = await payload.find({
    collection: 'stories',
    where: { id: { in: [...new Set(publicationRows.map((row) => String(row.story)))] } },
    select: { title: true, format: true, area: true, author: true },
    populate: { users: { name: true, unit: true }, areas: { name: true } } as never,
    depth: 1,
    limit: 0,
    pagination: false,
  })
  const unitIds = new Set<string>()
  const storyById = new Map<string, PostFigures>()
  for (const doc of stories.docs as unknown as Record<string, unknown>[]) {
    const author = doc.author as { id: Id; name?: string; unit?: Named } | Id | null
    const unitId = author && typeof author === 'object' ? idOfRelation(author.unit) : null
    if (unitId !== null) unitIds.add(String(unitId))
    storyById.set(String(doc.id), {
      storyId: doc.id as Id,
      title: String(doc.title ?? ''),
      format: (doc.format as StoryFormat) ?? 'news',
      areaId: idOfRelation(doc.area as Named),
      areaName: nameOf(doc.area as Named),
      authorId: idOfRelation(author as Named),
      authorName: nameOf(author as Named),
      unitId,
      unitName: null,
      publishedAt: '',
      ...withEngagement({ reach: 0, views: 0, reactions: 0, comments: 0, shares: 0 }),
    })
  }
  if (unitIds.size > 0) {
    const units = await payload.find({
      collection: 'units',
      where: { id: { in: [...unitIds] } },
      select: { name: true },
      limit: 0,
      pagination: false,
    })
    const names = new Map(units.docs.map((unit) => [String(unit.id), (unit as { name?: string }).name ?? null]))
    for (const story of storyById.values())
      if (story.unitId !== null) story.unitName = names.get(String(story.unitId)) ?? null
  }
  const metrics = await payload.find({
    collection: 'post-metrics' as never,
    where: {
      and: [
        { publication: { in: publicationRows.map((row) => row.id) } },
        { metric: { in: Object.values(FIGURE_METRICS) } },
        { day: { less_than_equal: query.to } },
      ],
    },
    select: { publication: true, metric: true, value: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const latest = new Map<string, number>()
  for (const row of metrics.docs as unknown as { publication: Id; metric: string; value: number }[]) {
    const key = `${String(row.publication)}|${row.metric}`
    latest.set(key, Math.max(latest.get(key) ?? 0, num(row.value)))
  }
  for (const publication of publicationRows) {
    const story = storyById.get(String(publication.story))
    if (!story) continue
    if (!story.publishedAt || publication.publishedAt < story.publishedAt)
      story.publishedAt = isoOf(publication.publishedAt)!
    for (const [metric, figure] of metricOf) story[figure] += latest.get(`${String(publication.id)}|${metric}`) ?? 0
  }
  return [...storyById.values()]
    .map((story) => ({ ...story, ...withEngagement(story) }))
    .filter(matchesFilters(query))
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
}

/** The period's published stories with their figures: aggregated in SQL where the data is in SQL. */
export const loadPostFigures = (payload: Payload, query: InsightsQuery, pages: PageScope, storyIds?: readonly Id[]) =>
  usesSql(payload) ? postFiguresSql(payload, query, pages, storyIds) : postFiguresLocal(payload, query, pages, storyIds)
