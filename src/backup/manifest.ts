import crypto from 'node:crypto'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import type { DatabaseKind } from '../db/adapter'
import type { ArchivedFile } from './archiveWriter'

export const MANIFEST_FORMAT = 'toa-soan-backup/1'
export const MANIFEST_NAME = 'manifest.json'

/** The last entry of every archive: what is in it, from which schema, and each file's checksum. */
export interface BackupManifest {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  database: { kind: DatabaseKind; file: string }
  /** The migrations applied to the database snapshot; `latest` is the schema version. */
  schema: { latest: string | null; migrations: string[] }
  /**
   * Which PAYLOAD_SECRET the installation used (a one-way fingerprint, not the secret): page tokens
   * are sealed with a key derived from it, so a restore under another secret must reconnect channels.
   */
  secretFingerprint: string
  /** Every other entry of the archive, database snapshot first. */
  files: ArchivedFile[]
}

export const secretFingerprint = (secret: string) =>
  crypto.createHash('sha256').update(`toa-soan-backup:${secret}`).digest('hex').slice(0, 16)

/** The migrations this code ships for a kind of database (MongoDB has none). */
export const knownMigrations = (kind: DatabaseKind): string[] =>
  (kind === 'sqlite' ? sqliteMigrations : kind === 'postgres' ? postgresMigrations : []).map((entry) => entry.name)

/** Migrations an archive's database has run that this code does not have: it was made by a newer version. */
export const unknownMigrations = (manifest: BackupManifest) => {
  const known = new Set(knownMigrations(manifest.database.kind))
  return manifest.schema.migrations.filter((name) => !known.has(name))
}

export const isManifest = (value: unknown): value is BackupManifest =>
  typeof value === 'object' &&
  value !== null &&
  (value as BackupManifest).format === MANIFEST_FORMAT &&
  Array.isArray((value as BackupManifest).files) &&
  Array.isArray((value as BackupManifest).schema?.migrations)
