import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

type Drizzle = {
  all?: (query: SQL) => Promise<Record<string, unknown>[]>
  execute?: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

/** Whether this Payload keeps its data in SQL (SQLite, PostgreSQL): the insights then aggregate there. */
export const usesSql = (payload: Payload) => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/**
 * The rows of one read-only SQL statement, on either SQL adapter: libsql answers `all()`, node-postgres
 * `execute()`. Written with drizzle's `sql` template, so every value is a bound parameter.
 */
export const sqlRows = async (payload: Payload, query: SQL): Promise<Record<string, unknown>[]> => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  if (payload.db.name === 'postgres') return (await db.execute!(query)).rows
  return db.all!(query)
}

/** PostgreSQL's `numeric` and `bigint` come back as strings, SQLite's as numbers. */
export const num = (value: unknown): number => {
  const parsed = typeof value === 'number' ? value : Number(value ?? 0)
  return Number.isFinite(parsed) ? parsed : 0
}

/** A date column: ISO text on SQLite, a Date on PostgreSQL. */
export const isoOf = (value: unknown): string | null => {
  if (value == null) return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** An id column as the adapter's ids are: numbers on SQL. */
export const idOf = (value: unknown): string | number | null =>
  value == null ? null : typeof value === 'number' ? value : Number.isNaN(Number(value)) ? String(value) : Number(value)

/** A filter id on an SQL adapter: ids there are integers, so anything else matches nothing. */
export const sqlId = (value: string) => (/^\d+$/.test(value) ? Number(value) : -1)

/** Ids as the bound parameters of an `IN (…)`; an empty list matches nothing. */
export const idList = (ids: readonly (string | number)[]) =>
  ids.length === 0
    ? sql`NULL`
    : sql.join(
        ids.map((id) => sql`${sqlId(String(id))}`),
        sql`, `,
      )
