import type { Payload } from 'payload'

type PgClient = {
  release?: (destroy?: boolean) => void
  on: (event: 'error', listener: () => void) => void
  once: (event: 'end', listener: () => void) => void
}
type PgPool = {
  end: () => Promise<void>
  on: (event: 'error', listener: () => void) => void
  _clients?: PgClient[]
  _idle?: { client?: PgClient }[]
}

/**
 * db-postgres checks a client out of the pool at connect and never gives it back, so `pool.end()`
 * would wait for it forever: destroy it first.
 */
const endPostgresPool = async (pool: PgPool) => {
  const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
  const clients = [...(pool._clients ?? [])]
  // The pool resolves end() before its connections have finished closing: wait for each one, so nothing
  // is still connected when the caller goes on (and, say, drops the database), and ignore a late
  // goodbye from the server meanwhile.
  pool.on('error', () => {})
  const closed = clients.map((client) => {
    client.on('error', () => {})
    return Promise.race([
      new Promise<void>((resolve) => client.once('end', resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref()),
    ])
  })
  for (const client of clients) if (!idle.has(client)) client.release?.(true)
  await pool.end()
  await Promise.all(closed)
}

/** getPayload() caches instances on a global map and destroy() leaves them there, dead; a restart in the same process must start afresh. */
const forgetCachedInstance = (payload: Payload) => {
  const cache = (globalThis as { _payload?: Map<string, { payload?: Payload }> })._payload
  for (const [key, entry] of cache ?? []) if (entry.payload === payload) cache!.delete(key)
}

/**
 * Stops Payload and releases the database connections: the SQL adapters' destroy() leaves the
 * PostgreSQL pool and the SQLite client open, which keeps a process (or a test worker) alive.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as { pool?: PgPool; client?: { close?: () => void } }
  const { pool, client } = db
  await payload.destroy()
  forgetCachedInstance(payload)
  if (pool) await endPostgresPool(pool)
  if (client?.close) client.close()
}
