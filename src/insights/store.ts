import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import type { AdapterInternals } from '../db/compareAndSet'
import { groupCommit } from '../db/groupCommit'
import type { Id } from '../workflow/roles'
import { chunk } from './batchPlan'

export interface PostMetricRow {
  /** The network page (`pages`) the figure belongs to: its channel's. */
  page: Id | null
  publication: Id
  story?: Id | null
  channel?: Id | null
  metric: string
  day: string
  value: number
}

export interface PageMetricRow {
  page: Id | null
  channel: Id
  metric: string
  day: string
  value: number
}

type Upsertable = {
  insert: (table: unknown) => {
    values: (rows: Record<string, unknown>[]) => {
      onConflictDoUpdate: (config: { target: unknown[]; set: Record<string, unknown> }) => Promise<unknown>
    }
  }
}

// 7 columns a row: 400 rows stay far below SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_STATEMENT = 400

/**
 * Writes figures, one row per object, metric and day: a second reading the same day replaces the
 * first (the unique index decides), so a retried or repeated round changes nothing. On the SQL
 * adapters one `INSERT … ON CONFLICT DO UPDATE` per 400 rows, in the process's write turn on SQLite.
 */
const upsert = async <Row extends { metric: string; day: string; value: number }>(
  payload: Payload,
  collection: 'post-metrics' | 'page-metrics',
  objectField: 'publication' | 'channel',
  rows: readonly Row[],
) => {
  if (rows.length === 0) return
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') {
    for (const row of rows) await upsertOne(payload, collection, objectField, row as never)
    return
  }
  const table = internals.tables![collection.replace(/-/g, '_')] as Record<string, unknown>
  const drizzle = internals.drizzle as unknown as Upsertable
  const now = new Date().toISOString()
  for (const part of chunk(rows, ROWS_PER_STATEMENT)) {
    await groupCommit(payload.db, () =>
      drizzle
        .insert(table)
        .values(part.map((row) => ({ ...row, createdAt: now, updatedAt: now })))
        .onConflictDoUpdate({
          target: [table[objectField], table.metric, table.day],
          set: { value: sql.raw('excluded.value'), updatedAt: now },
        }),
    )
  }
}

/** MongoDB: no shared upsert statement across adapters here; find, then update or create. */
const upsertOne = async (
  payload: Payload,
  collection: 'post-metrics' | 'page-metrics',
  objectField: 'publication' | 'channel',
  row: Record<string, unknown> & { metric: string; day: string },
) => {
  const where: Where = {
    and: [
      { [objectField]: { equals: row[objectField] } },
      { metric: { equals: row.metric } },
      { day: { equals: row.day } },
    ],
  }
  const found = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  const existing = found.docs[0]
  if (existing) await payload.update({ collection, id: existing.id, data: { value: row.value }, overrideAccess: true })
  else await payload.create({ collection, data: row as never, overrideAccess: true })
}

export const upsertPostMetrics = (payload: Payload, rows: readonly PostMetricRow[]) =>
  upsert(payload, 'post-metrics', 'publication', rows)

export const upsertPageMetrics = (payload: Payload, rows: readonly PageMetricRow[]) =>
  upsert(payload, 'page-metrics', 'channel', rows)
