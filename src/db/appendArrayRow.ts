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
  insert: (table: unknown) => { values: (values: Record<string, unknown>) => Promise<unknown> }
}

const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/**
 * Adds one row at the end of a document's array field without rewriting the document: Payload's
 * update deletes and re-inserts every array, relationship and sub-table row of it. Must run in the
 * transaction of `req` that holds the document (after a conditional update of it), so no other
 * writer appends at the same time.
 */
export const appendArrayRow = async (payload: Payload, args: AppendArrayRowArgs, req: PayloadRequest) => {
  const internals = payload.db as unknown as AdapterInternals
  const session = await sessionFor(internals, req)
  const rowId = crypto.randomBytes(12).toString('hex')

  if (internals.name === 'mongoose') {
    const model = internals.collections![args.collection]!
    await model.updateOne(
      { _id: args.id },
      { $push: { [args.field]: { id: rowId, ...args.row } } },
      session ? { session } : {},
    )
    return
  }

  if (!session) throw new Error('appendArrayRow: must run inside a transaction')
  const tableName = `${args.collection.replace(/-/g, '_')}_${snakeCase(args.field)}`
  const table = internals.tables![tableName] as Record<string, unknown> | undefined
  if (!table) throw new Error(`appendArrayRow: no table ${tableName}`)
  const client = (session as { db: SqlClient }).db
  const values = Object.fromEntries(Object.entries(args.row).map(([field, value]) => [field, toSql(value)]))
  // Its place after the last row, computed by the same statement.
  const order = sql`(select coalesce(max(${table._order}), 0) + 1 from ${table} where ${table._parentID} = ${args.id})`
  await client.insert(table).values({ ...values, _order: order, _parentID: args.id, id: rowId })
}
