import { and, eq, inArray, isNull, sql } from '@payloadcms/db-sqlite/drizzle'
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

type Column = never

/** The collection's table, a column lookup that names a missing column, and the client to write with. */
const sqlTarget = (internals: AdapterInternals, collection: CollectionSlug, session: unknown) => {
  const table = internals.tables![collection.replace(/-/g, '_')]!
  const client = (session as { db?: DrizzleLike } | undefined)?.db ?? internals.drizzle!
  const column = (field: string): Column => {
    if (!(field in table)) throw new Error(`compareAndSet: ${collection} has no column for "${field}"`)
    return table[field] as Column
  }
  return { table, client, column }
}

/** The WHERE terms of `expect`, each value given by `value` (a placeholder or the value itself). */
const expectedTerms = (
  column: (field: string) => Column,
  expect: Record<string, Scalar>,
  value: (name: string, given: unknown) => unknown,
) =>
  Object.entries(expect).map(([field, expected]) =>
    expected === null ? isNull(column(field)) : eq(column(field), value(`is_${field}`, toSql(expected)) as Column),
  )

const sqlValues = (set: Record<string, Scalar>) =>
  Object.fromEntries(Object.entries(set).map(([field, value]) => [field, toSql(value)]))

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

  const { table, client, column } = sqlTarget(internals, args.collection, session)
  const values = sqlValues(args.set)
  const build = (value: (name: string, given: unknown) => unknown) =>
    client
      .update(table)
      .set({
        ...Object.fromEntries(Object.keys(values).map((field) => [field, value(`set_${field}`, values[field])])),
        updatedAt: value('set_updatedAt', new Date().toISOString()),
      })
      .where(and(eq(column('id'), value('id', args.id) as Column), ...expectedTerms(column, args.expect, value)))
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

/**
 * `compareAndSet` of several rows of one collection, to the same values: on SQL one statement, which
 * answers the ids of the rows that still held the expected values (and were changed).
 */
export const compareAndSetMany = async (
  payload: Payload,
  { ids, ...args }: Omit<CompareAndSetArgs, 'id'> & { ids: readonly (string | number)[] },
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<(string | number)[]> => {
  const internals = payload.db as unknown as AdapterInternals
  if (ids.length === 0) return []
  if (internals.name === 'mongoose') {
    const won: (string | number)[] = []
    for (const id of ids) if (await compareAndSet(payload, { ...args, id }, req)) won.push(id)
    return won
  }
  const session = await sessionFor(internals, req)
  const { table, client, column } = sqlTarget(internals, args.collection, session)
  const same = (_name: string, given: unknown) => given
  const update = () =>
    client
      .update(table)
      .set({ ...sqlValues(args.set), updatedAt: new Date().toISOString() })
      .where(and(inArray(column('id'), [...ids] as Column), ...expectedTerms(column, args.expect, same)))
      .returning({ id: column('id') })
  const rows = (session ? await update() : await groupCommit(payload.db, update)) as { id: string | number }[]
  return rows.map((row) => row.id)
}
