import { eq, inArray, sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import type { AdapterInternals } from './compareAndSet'
import { type PreparableQuery, preparedQuery } from './preparedQuery'

type Selecting = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => { where: (condition: unknown) => Promise<Record<string, unknown>[]> }
  }
}

/** JSON columns come back parsed on PostgreSQL and, depending on the driver, as text on SQLite. */
const parsedJson = (value: unknown) => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

/**
 * Top-level columns of some rows, by id, read straight from their table: no access rules, no hooks, no
 * population. For the delivery worker's hot path, where Payload's read pipeline (building a
 * relational query over the whole schema, then walking every field's afterRead hooks) costs several
 * times the query. `json` names the fields stored as JSON. Rows that do not exist are left out.
 */
export const readRows = async (
  payload: Payload,
  args: {
    collection: CollectionSlug
    ids: readonly (string | number)[]
    fields: readonly string[]
    json?: readonly string[]
  },
): Promise<Record<string, unknown>[]> => {
  if (args.ids.length === 0) return []
  const internals = payload.db as unknown as AdapterInternals & { drizzle?: Selecting }
  if (internals.name === 'mongoose') {
    const found = await payload.find({
      collection: args.collection,
      where: { id: { in: [...args.ids] } },
      depth: 0,
      pagination: false,
      showHiddenFields: true,
      select: Object.fromEntries(args.fields.map((field) => [field, true])) as never,
    })
    return found.docs as unknown as Record<string, unknown>[]
  }
  const table = internals.tables![args.collection.replace(/-/g, '_')]!
  const column = (field: string) => {
    if (!(field in table)) throw new Error(`readRow: ${args.collection} has no column for "${field}"`)
    return table[field]
  }
  const select = () =>
    (internals.drizzle as unknown as Selecting)
      .select(Object.fromEntries(['id', ...args.fields].map((field) => [field, column(field)])))
      .from(table)
  // One row (the worker reads one channel and one story a post): SQL built once per collection and fields.
  const rows =
    args.ids.length === 1
      ? await preparedQuery(
          payload.db,
          `readRows ${args.collection}|${args.fields.join(',')}`,
          () => select().where(eq(column('id') as never, sql.placeholder('id'))) as unknown as PreparableQuery,
        )({ id: args.ids[0] })
      : await select().where(inArray(column('id') as never, [...args.ids] as never))
  for (const row of rows) for (const field of args.json ?? []) row[field] = parsedJson(row[field])
  return rows
}
