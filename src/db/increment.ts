import { and, eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { type AdapterInternals, type Scalar, sessionFor, toSql } from './compareAndSet'
import { groupCommit } from './groupCommit'

type Returning = {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<{ value: unknown }[]> }
    }
  }
}

/**
 * Adds 1 to a number column of one row in one statement (`SET n = COALESCE(n, 0) + 1 … RETURNING n`),
 * only while the row still holds `expect`; the new value, or null when no row matched. Inside the
 * request's transaction the row stays locked until it ends (PostgreSQL), so what the caller checks
 * next cannot race with another request doing the same.
 */
export const incrementColumn = async (
  payload: Payload,
  args: { collection: CollectionSlug; id: string | number; field: string; expect?: Record<string, Scalar> },
  req?: Pick<PayloadRequest, 'transactionID'>,
): Promise<number | null> => {
  const internals = payload.db as unknown as AdapterInternals
  const table = internals.tables![args.collection.replace(/-/g, '_')]!
  const column = (field: string) => {
    if (!(field in table)) throw new Error(`incrementColumn: ${args.collection} has no column for "${field}"`)
    return table[field] as never
  }
  const session = await sessionFor(internals, req)
  const client = ((session as { db?: unknown } | undefined)?.db ?? internals.drizzle) as Returning
  const target = column(args.field)
  const conditions = [
    eq(column('id'), args.id as never),
    ...Object.entries(args.expect ?? {}).map(([field, value]) => eq(column(field), toSql(value) as never)),
  ]
  const update = () =>
    client
      .update(table)
      .set({ [args.field]: sql`COALESCE(${target}, 0) + 1` })
      .where(and(...conditions))
      .returning({ value: target })
  const rows = session ? await update() : await groupCommit(payload.db, update)
  return rows.length === 1 ? Number(rows[0]!.value) : null
}
