import { and, eq } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, PayloadRequest } from 'payload'

type Scalar = string | number | boolean | null

interface CompareAndSetArgs {
  collection: CollectionSlug
  id: string | number
  /** Top-level scalar fields that must still hold these values. */
  expect: Record<string, Scalar>
  set: Record<string, Scalar>
}

type DrizzleTable = Record<string, unknown>
type DrizzleLike = {
  update: (table: DrizzleTable) => {
    set: (values: Record<string, Scalar>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
    }
  }
}
type MongoModel = {
  updateOne: (filter: object, update: object, options: object) => Promise<{ modifiedCount: number }>
}

/**
 * One conditional UPDATE at the database level: succeeds only if the row still holds the expected
 * values, so two requests (or two workers) racing on the same row cannot both win. Runs inside the
 * request's transaction when there is one. Returns whether this caller won.
 */
export const compareAndSet = async (req: PayloadRequest, args: CompareAndSetArgs): Promise<boolean> => {
  const db = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, { db?: unknown } | unknown>
    drizzle?: DrizzleLike
    tables?: Record<string, DrizzleTable>
    tableNameMap?: Map<string, string>
    collections?: Record<string, MongoModel>
  }
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined

  if (db.name === 'mongoose') {
    const model = db.collections![args.collection]!
    const result = await model.updateOne(
      { _id: args.id, ...args.expect },
      { $set: args.set },
      session ? { session } : {},
    )
    return result.modifiedCount === 1
  }

  const tableName = db.tableNameMap?.get(args.collection.replace(/-/g, '_')) ?? args.collection.replace(/-/g, '_')
  const table = db.tables![tableName]!
  const client = ((session as { db?: DrizzleLike } | undefined)?.db ?? db.drizzle)!
  const conditions = [
    eq(table.id as never, args.id as never),
    ...Object.entries(args.expect).map(([field, value]) => eq(table[field] as never, value as never)),
  ]
  const rows = await client
    .update(table)
    .set(args.set)
    .where(and(...conditions))
    .returning({ id: table.id })
  return rows.length === 1
}
