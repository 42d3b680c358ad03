import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { SqliteClient } from './sqliteClient'
import { serializeSqliteWrites } from './sqliteWriteQueue'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

/** How long a SQLite writer waits for another process's write to finish before it fails. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000

export const databaseKind = (uri: string): DatabaseKind => {
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:")`)
}

/** The file a `file:` URI names (absolute), or null for an in-memory database. */
export const sqliteFilePath = (uri: string): string | null => {
  const target = uri
    .slice('file:'.length)
    .split('?')[0]!
    .replace(/^\/\/(?=\/)/, '')
  return target === '' || target === ':memory:' ? null : path.resolve(target)
}

/** SQLite creates the file but not its folder: a fresh clone has no `data/` yet. */
export const ensureSqliteFolder = (uri: string) => {
  const file = sqliteFilePath(uri)
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true })
}

/**
 * The SQLite adapter with its folder made, writes of this process taking turns, and a client that
 * keeps statements prepared and connections open (`SqliteClient`; Payload makes none when one is set).
 */
const sqliteWithFolderAndSerializedWrites = (uri: string, adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    ensureSqliteFolder(uri)
    const instance = adapter.init(args)
    const file = sqliteFilePath(uri)
    if (file)
      Object.assign(instance, { client: new SqliteClient({ path: file, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS }) })
    serializeSqliteWrites(instance)
    return instance
  },
})

const migrationDir = (kind: 'sqlite' | 'postgres') => path.resolve(process.cwd(), 'migrations', kind)

/**
 * One adapter per DATABASE_URI scheme. The SQL adapters never push schema (push prompts on destructive
 * changes and behaves differently in production): the committed migrations are the only source of
 * schema, applied by `migrateDatabase` at start-up everywhere, tests included.
 */
export const databaseAdapter = (uri: string): DatabaseAdapterObj => {
  switch (databaseKind(uri)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri, max: 10 },
        push: false,
        migrationDir: migrationDir('postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri })
    case 'sqlite':
      return sqliteWithFolderAndSerializedWrites(
        uri,
        sqliteAdapter({
          client: { url: uri },
          push: false,
          migrationDir: migrationDir('sqlite'),
          wal: true,
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          // Writers queue on the database lock from the start instead of failing when they upgrade later.
          transactionOptions: { behavior: 'immediate' },
        }),
      )
  }
}
