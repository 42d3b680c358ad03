import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type RunningServer, startServer } from '../../tests/e2e/helpers/server'
import { createTestDatabase } from '../../tests/helpers/testDatabase'
import type { BenchContext, BenchDatabase } from './types'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Builds the Next app when its sources changed (about two minutes), as `npm start` and the browser tests do. */
export const ensureBuilt = (log: BenchContext['log']) => {
  log('building the Next app if its sources changed (scripts/build.mjs)…')
  execFileSync(process.execPath, [path.join(rootDir, 'scripts/build.mjs')], { cwd: rootDir, stdio: 'inherit' })
}

export interface BenchServer extends RunningServer {
  /** Stops the server and drops its database. */
  close: () => Promise<void>
}

/**
 * `src/server.ts` as `npm start` runs it (built Next app, migrations, demo newsroom), in a child
 * process: on its own SQLite file, or on a fresh PostgreSQL database when the run is on PostgreSQL.
 */
export const startBenchServer = async (db: BenchDatabase, env: Record<string, string> = {}): Promise<BenchServer> => {
  const database = db === 'sqlite' ? null : await createTestDatabase(db)
  const server = await startServer({ env: { ...(database ? { DATABASE_URI: database.uri } : {}), ...env } })
  return {
    ...server,
    close: async () => {
      await server.stop()
      await database?.drop()
    },
  }
}

/** Signs in over HTTP; `address` (with TRUST_PROXY=loopback) gives each account a client of its own. */
export const signIn = async (
  server: RunningServer,
  credentials: { email: string; password: string },
  address?: string,
): Promise<string> => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify(credentials),
  })
  const body = (await response.json().catch(() => null)) as { token?: string } | null
  if (response.status !== 200 || !body?.token) throw new Error(`sign-in of ${credentials.email}: ${response.status}`)
  return body.token
}
