import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'

type Migration = (typeof sqliteMigrations)[number]

const migrationsFor = (payload: Payload): Migration[] | null => {
  if (payload.db.name === 'sqlite') return sqliteMigrations
  if (payload.db.name === 'postgres') return postgresMigrations as unknown as Migration[]
  return null
}

/**
 * Brings the schema up to date without ever prompting: applies the committed migrations that this
 * database has not run yet. Payload's migrate() records each one in `payload_migrations`.
 * MongoDB needs no schema migrations.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  const migrations = migrationsFor(payload)
  if (!migrations) return
  await payload.db.migrate({ migrations })
}
