import { databaseKind } from '../../db/adapter'
import { backupError } from '../errors'
import { postgresBackup } from './postgres'
import { sqliteBackup } from './sqlite'
import type { DatabaseBackup } from './types'

/** The database behind DATABASE_URI, as the backup and restore commands handle it. */
export const databaseBackupFor = (uri: string): DatabaseBackup => {
  switch (databaseKind(uri)) {
    case 'sqlite':
      return sqliteBackup(uri)
    case 'postgres':
      return postgresBackup(uri)
    case 'mongodb':
      throw backupError('unsupported_database')
  }
}
