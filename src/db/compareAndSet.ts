import { and, eq, isNull, sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, PayloadRequest, Payload } from 'payload'

import { groupCommit } from './groupCommit'
import { type PreparableQuery, preparedQuery } from './preparedQuery'

export type Scalar = string | number | boolean | Date | null

export interface CompareAndSetArgs {
  collection: CollectionSlug
  id: string | number
  /** Top-level scalar fields that must still hold these values (null: must be empty). */
  expect: Record<string, Scalar>
  set: Record<string, Scalar>
}

type DrizzleTable = Record<string, unknown>
type DrizzleLike = {
  update: (table: DrizzleTable) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
    }
  }
}
type MongoModel = {
  updateOne: (filter: object, update: object, options: object) => Promise<{ modifiedCount: number }>
}
export type AdapterInternals = {
  name: string
  sessions?: Record<string, unknown>
  drizzle?: DrizzleLike
  tables?: Record<string, DrizzleTable>
  collections?: Record<string, MongoModel>
}

/** SQL adapters store dates as ISO text (SQLite) or timestamptz (PostgreSQL): ISO strings suit both. */
export const toSql = (value: Scalar) => (value instanceof Date ? value.toISOString() : value)

export const sessionFor = async (internals: AdapterInternals, req?: Pick<PayloadRequest, 'transactionID'>) => {
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  return transactionID !== undefined ? internals.sessions?.[String(transactionID)] : undefined
}

/**
 * One conditional UPDATE at the database level: it succeeds only if the row still holds the expected
 * values, so two requests (or two worker processes) racing on the same row cannot both win. Joins
 * the request's transaction when there is one. Returns whether this caller won.
 */
export const compareAndSet = async (
  payload: Payload,
  args: CompareAndSetArgs,
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<boolean> => {
  const internals = payload.db as unknown as AdapterInternals
  const session = await sessionFor(internals, req)

  if (internals.name === 'mongoose') {
    const model = internals.collections![args.collection]!
    const result = await model.updateOne(
      { _id: args.id, ...args.expect },
      { $set: args.set },
      session ? { session } : {},
    )
    return result.modifiedCount === 1
  }

  const table = internals.tables![args.collection.replace(/-/g, '_')]!
  const client = (session as { db?: DrizzleLike } | undefined)?.db ?? internals.drizzle!
  const column = (field: string) => {
    if (!(field in table)) throw new Error(`compareAndSet: ${args.collection} has no column for "${field}"`)
    return table[field] as never
  }
  const values = Object.fromEntries(Object.entries(args.set).map(([field, value]) => [field, toSql(value)]))
  const build = (value: (field: string, given: unknown) => unknown) =>
    client
      .update(table)
      .set({
        ...Object.fromEntries(Object.keys(values).map((field) => [field, value(`set_${field}`, values[field])])),
        updatedAt: value('set_updatedAt', new Date().toISOString()),
      })
      .where(
        and(
          eq(column('id'), value('id', args.id) as never),
          ...Object.entries(args.expect).map(([field, expected]) =>
            expected === null
              ? isNull(column(field))
              : eq(column(field), value(`is_${field}`, toSql(expected)) as never),
          ),
        ),
      )
      .returning({ id: column('id') })
  if (session) return (await build((_name, given) => given)).length === 1
  // Outside a transaction (the delivery worker's claims and outcomes): the SQL is built once per shape.
  const shape = [
    args.collection,
    Object.keys(values).join(','),
    Object.entries(args.expect)
      .map(([field, expected]) => `${field}${expected === null ? ' null' : ''}`)
      .join(','),
  ].join('|')
  const run = preparedQuery(
    payload.db,
    `compareAndSet ${shape}`,
    () => build((name) => sql.placeholder(name)) as unknown as PreparableQuery,
  )
  const placeholders: Record<string, unknown> = { id: args.id, set_updatedAt: new Date().toISOString() }
  for (const [field, value] of Object.entries(values)) placeholders[`set_${field}`] = value
  for (const [field, expected] of Object.entries(args.expect))
    if (expected !== null) placeholders[`is_${field}`] = toSql(expected)
  const rows = await groupCommit(payload.db, () => run(placeholders))
  return rows.length === 1
}
