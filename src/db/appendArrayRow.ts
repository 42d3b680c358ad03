import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { type AdapterInternals, type Scalar, sessionFor, toSql } from './compareAndSet'

export interface AppendArrayRowArgs {
  collection: CollectionSlug
  id: string | number
  /** A top-level array field, e.g. `history`. */
  field: string
  /** The new row's scalar fields (a relationship by its id, a date as a Date). */
  row: Record<string, Scalar>
}

type SqlClient = {
  insert: (table: unknown) => { values: (values: Record<string, unknown>[]) => Promise<unknown> }
}

const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/**
 * Adds rows at the end of documents' array field (one row to each document named) without rewriting
 * the documents: Payload's update deletes and re-inserts every array, relationship and sub-table row
 * of one. Must run in the transaction of `req` that holds the documents (after a conditional update of
 * them), so no other writer appends at the same time. On SQL, one statement for all of them.
 */
export const appendArrayRows = async (
  payload: Payload,
  args: Pick<AppendArrayRowArgs, 'collection' | 'field'> & { rows: readonly Pick<AppendArrayRowArgs, 'id' | 'row'>[] },
  req: PayloadRequest,
) => {
  if (args.rows.length === 0) return
  if (new Set(args.rows.map(({ id }) => String(id))).size !== args.rows.length)
    throw new Error('appendArrayRows: one row a document')
  const internals = payload.db as unknown as AdapterInternals
  const session = await sessionFor(internals, req)
  const rowId = () => crypto.randomBytes(12).toString('hex')

  if (internals.name === 'mongoose') {
    const model = internals.collections![args.collection]!
    for (const { id, row } of args.rows)
      await model.updateOne(
        { _id: id },
        { $push: { [args.field]: { id: rowId(), ...row } } },
        session ? { session } : {},
      )
    return
  }

  if (!session) throw new Error('appendArrayRows: must run inside a transaction')
  const tableName = `${args.collection.replace(/-/g, '_')}_${snakeCase(args.field)}`
  const table = internals.tables![tableName] as Record<string, unknown> | undefined
  if (!table) throw new Error(`appendArrayRows: no table ${tableName}`)
  const client = (session as { db: SqlClient }).db
  await client.insert(table).values(
    args.rows.map(({ id, row }) => ({
      ...Object.fromEntries(Object.entries(row).map(([field, value]) => [field, toSql(value)])),
      // Its place after the document's last row, computed by the same statement.
      _order: sql`(select coalesce(max(${table._order}), 0) + 1 from ${table} where ${table._parentID} = ${id})`,
      _parentID: id,
      id: rowId(),
    })),
  )
}

/** `appendArrayRows` for one document. */
export const appendArrayRow = (payload: Payload, { id, row, ...args }: AppendArrayRowArgs, req: PayloadRequest) =>
  appendArrayRows(payload, { ...args, rows: [{ id, row }] }, req)
