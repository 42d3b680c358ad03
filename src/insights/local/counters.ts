import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import type { AdapterInternals } from '../../db/compareAndSet'
import { groupCommit } from '../../db/groupCommit'
import { localDay } from '../../time/vietnam'
import type { Id } from '../../workflow/roles'

/** The local feed's own figures, named like Facebook's where they mean the same (see docs/INSIGHTS.md). */
export const LOCAL_VIEWS = 'post_media_view'
export const LOCAL_VIEWERS = 'post_total_media_view_unique'
export const LOCAL_REACTIONS = 'reactions'

export interface LocalPublication {
  id: Id
  story: Id
  channel: Id
  page: Id | null
}

/** The published local-feed publications of these stories (what the public page shows). */
export const localPublications = async (payload: Payload, stories: readonly string[]): Promise<LocalPublication[]> => {
  if (stories.length === 0) return []
  const { docs } = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { story: { in: [...stories] } },
        { state: { equals: 'published' } },
        { 'channel.kind': { equals: 'local_feed' } },
        { 'channel.enabled': { equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { story: true, channel: true, page: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    story: relationId(doc.story as never)!,
    channel: relationId(doc.channel as never)!,
    page: relationId((doc as { page?: never }).page),
  }))
}

type Inserting = {
  insert: (table: unknown) => {
    values: (row: Record<string, unknown>) => {
      onConflictDoUpdate: (config: { target: unknown[]; set: Record<string, unknown> }) => Promise<unknown>
    }
  }
}

/**
 * Adds 1 to today's figure of a post. Figures are lifetime totals as of each day (like the collector's),
 * so today's first count starts from the latest earlier total: one statement, `INSERT … SELECT … ON
 * CONFLICT DO UPDATE value + 1`, so two counts at once both land.
 */
export const countOne = async (payload: Payload, publication: LocalPublication, metric: string, now = new Date()) => {
  const day = localDay(now)
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') return countOneInMongo(payload, publication, metric, day)
  const table = internals.tables!.post_metrics as Record<string, never>
  const at = now.toISOString()
  const earlier = sql`(SELECT COALESCE(MAX(${table.value}), 0) FROM ${table} WHERE ${table.publication} = ${publication.id} AND ${table.metric} = ${metric} AND ${table.day} < ${day}) + 1`
  await groupCommit(payload.db, () =>
    (internals.drizzle as unknown as Inserting)
      .insert(table)
      .values({
        page: publication.page,
        publication: publication.id,
        story: publication.story,
        channel: publication.channel,
        metric,
        day,
        value: earlier,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: [table.publication, table.metric, table.day],
        set: { value: sql`${table.value} + 1`, updatedAt: at },
      }),
  )
}

/** MongoDB: the same, in two steps (a count lost in a race is a view, not a record). */
const countOneInMongo = async (payload: Payload, publication: LocalPublication, metric: string, day: string) => {
  const rows = await payload.find({
    collection: 'post-metrics',
    where: { and: [{ publication: { equals: publication.id } }, { metric: { equals: metric } }] },
    sort: '-day',
    limit: 1,
    depth: 0,
  })
  const latest = rows.docs[0] as { id: Id; day: string; value: number } | undefined
  if (latest?.day === day) {
    await payload.update({ collection: 'post-metrics', id: latest.id, data: { value: latest.value + 1 } })
    return
  }
  await payload.create({
    collection: 'post-metrics',
    data: { ...publication, publication: publication.id, metric, day, value: (latest?.value ?? 0) + 1 } as never,
  })
}

/** The current total of one figure for each publication (its latest day's value). */
export const latestTotals = async (payload: Payload, publications: readonly Id[], metric: string) => {
  const totals = new Map<string, number>()
  if (publications.length === 0) return totals
  const { docs } = await payload.find({
    collection: 'post-metrics',
    where: { and: [{ publication: { in: [...publications] } }, { metric: { equals: metric } }] },
    sort: 'day',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { publication: true, value: true },
  })
  for (const row of docs) totals.set(String(relationId(row.publication as never)), row.value as number)
  return totals
}
