import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { type AdapterInternals, type Scalar, sessionFor, toSql } from './compareAndSet'

/** A document of a flat collection: scalar, JSON and single-relationship (by id) fields only. */
export type FlatRow = Record<string, Scalar | object | undefined>

/** Rows a statement: a notice to every member of a large page stays far below SQLite's 32,766 parameters. */
const CHUNK = 500

type SqlInsert = { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> } }

const sqlValue = (value: Scalar | object | undefined) =>
  value === null || value instanceof Date || typeof value !== 'object' ? toSql(value ?? null) : value

/**
 * Writes many documents the server makes by itself (notifications) in one statement, inside the
 * transaction of `req`: Payload's create validates, runs hooks and reads each row back, several
 * statements a row, where the caller already holds complete, valid values (defaults included).
 * MongoDB keeps Payload's create: its documents are not rows of one table.
 */
export const insertRows = async (
  payload: Payload,
  collection: CollectionSlug,
  rows: readonly FlatRow[],
  req: PayloadRequest,
) => {
  if (rows.length === 0) return
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') {
    for (const data of rows)
      await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0, req })
    return
  }
  const session = await sessionFor(internals, req)
  if (!session) throw new Error('insertRows: must run inside a transaction')
  const table = internals.tables![collection.replace(/-/g, '_')]
  if (!table) throw new Error(`insertRows: no table for ${collection}`)
  const now = new Date().toISOString()
  const values = rows.map((row) => ({
    ...Object.fromEntries(Object.entries(row).map(([field, value]) => [field, sqlValue(value)])),
    createdAt: now,
    updatedAt: now,
  }))
  const db = (session as { db: SqlInsert }).db
  for (let start = 0; start < values.length; start += CHUNK)
    await db.insert(table).values(values.slice(start, start + CHUNK))
}
