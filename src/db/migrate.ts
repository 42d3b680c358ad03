import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'

/** The committed migrations of this database's kind; MongoDB needs none for its schema. */
export const migrationsFor = (payload: Payload) =>
  payload.db.name === 'sqlite' ? sqliteMigrations : payload.db.name === 'postgres' ? postgresMigrations : null

/**
 * Brings the schema up to date without ever prompting: applies the committed migrations that this
 * database has not run yet. Payload's migrate() records each one in `payload_migrations`.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  const migrations = migrationsFor(payload)
  if (migrations) await payload.db.migrate({ migrations: migrations as never })
}
