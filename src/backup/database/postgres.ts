import { spawn } from 'node:child_process'

import pg from 'pg'

import { backupError } from '../errors'
import { APPLIED_MIGRATIONS, type DatabaseBackup } from './types'

/**
 * libpq's own environment variables for pg_dump and pg_restore: the connection string on their
 * command line would show its password to anyone listing the machine's processes.
 */
const libpqEnvironment = (uri: string): NodeJS.ProcessEnv => {
  const url = new URL(uri)
  const sslmode = url.searchParams.get('sslmode')
  return {
    ...process.env,
    PGHOST: decodeURIComponent(url.hostname) || 'localhost',
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username) || process.env.PGUSER,
    PGPASSWORD: decodeURIComponent(url.password) || process.env.PGPASSWORD,
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  }
}

const runTool = (tool: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2_000)
    })
    child.once('error', (error) => reject(backupError('tool_failed', tool, error.message)))
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(backupError('tool_failed', tool, errors.trim() || `exit code ${code}`)),
    )
  })

const withClient = async <T>(uri: string, work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * PostgreSQL: pg_dump in its custom format, inside a snapshot this connection exported — so the
 * migrations read here and the dump see exactly the same committed state. pg_dump never blocks the
 * app's writers.
 */
export const postgresBackup = (uri: string): DatabaseBackup => ({
  kind: 'postgres',
  fileName: 'newsroom.pgdump',
  snapshot: (target) =>
    withClient(uri, async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      try {
        const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
        const migrations = (await client.query<{ name: string }>(APPLIED_MIGRATIONS)).rows.map((row) => row.name)
        const args = [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${rows[0]!.id}`,
          `--file=${target}`,
        ]
        await runTool('pg_dump', args, libpqEnvironment(uri))
        return migrations
      } finally {
        await client.query('COMMIT')
      }
    }),
  isEmpty: () =>
    withClient(uri, async (client) => {
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      )
      return Number(rows[0]!.n) === 0
    }),
  restore: (snapshot) => {
    const env = libpqEnvironment(uri)
    // One transaction: a restore that fails half-way leaves the target as empty as it was.
    const args = [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${env.PGDATABASE}`,
    ]
    return runTool('pg_restore', [...args, snapshot], env)
  },
})
