import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind, sqliteFilePath } from '../../src/db/adapter'

/** Every row of every table, each as canonical JSON, sorted: two databases compare row by row. */
export type TableRows = Record<string, string[]>

const canonical = (row: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(row)
      .sort()
      .map((column) => [column, row[column] instanceof Date ? (row[column] as Date).toISOString() : row[column]]),
  )

const sqliteRows = async (uri: string): Promise<TableRows> => {
  const client = createClient({ url: `file:${sqliteFilePath(uri)}` })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const rows: TableRows = {}
    for (const { name } of tables.rows) {
      const result = await client.execute(`SELECT * FROM "${String(name)}"`)
      rows[String(name)] = result.rows.map((row) => canonical({ ...row } as Record<string, unknown>)).sort()
    }
    return rows
  } finally {
    client.close()
  }
}

const postgresRows = async (uri: string): Promise<TableRows> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    )
    const rows: TableRows = {}
    for (const { name } of tables.rows) {
      const result = await client.query(`SELECT * FROM "${name}"`)
      rows[name] = result.rows.map(canonical).sort()
    }
    return rows
  } finally {
    await client.end()
  }
}

export const databaseRows = (uri: string) => (databaseKind(uri) === 'postgres' ? postgresRows(uri) : sqliteRows(uri))
