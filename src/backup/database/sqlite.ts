import fs from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { sqliteFilePath } from '../../db/adapter'
import { backupError } from '../errors'
import { APPLIED_MIGRATIONS, type DatabaseBackup } from './types'

const fileOf = (uri: string) => {
  const file = sqliteFilePath(uri)
  if (!file) throw backupError('in_memory_database')
  return file
}

const withClient = async <T>(file: string, work: (client: ReturnType<typeof createClient>) => Promise<T>) => {
  const client = createClient({ url: `file:${file}` })
  try {
    return await work(client)
  } finally {
    client.close()
  }
}

const tableCount = (file: string) =>
  withClient(file, async (client) => {
    const result = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    return Number(result.rows[0]!.n)
  })

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

/**
 * SQLite: `VACUUM INTO` copies the database as one read transaction sees it, through a connection of
 * its own. In WAL mode the app's writers go on meanwhile; the copy is a consistent, compact file.
 * It runs synchronously inside libsql, which is why the app runs backups in a child process.
 */
export const sqliteBackup = (uri: string): DatabaseBackup => ({
  kind: 'sqlite',
  fileName: 'newsroom.db',
  snapshot: async (target) => {
    await withClient(fileOf(uri), (client) => client.execute({ sql: 'VACUUM INTO ?', args: [target] }))
    return withClient(target, async (client) => {
      const rows = await client.execute(APPLIED_MIGRATIONS)
      return rows.rows.map((row) => String(row.name))
    })
  },
  isEmpty: async () => {
    const file = fileOf(uri)
    return !(await exists(file)) || (await tableCount(file)) === 0
  },
  restore: async (snapshot) => {
    const file = fileOf(uri)
    await fs.mkdir(path.dirname(file), { recursive: true })
    // The target was checked empty: an empty file and its stale journal go, the copy takes their place.
    for (const stale of [`${file}-wal`, `${file}-shm`]) await fs.rm(stale, { force: true })
    const temporary = `${file}.restoring`
    await fs.copyFile(snapshot, temporary)
    await fs.rename(temporary, file)
  },
})
