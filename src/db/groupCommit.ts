import { inWriteTurn } from './sqliteWriteQueue'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

interface Pending {
  write: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

const groups = new WeakMap<object, Pending[]>()

/**
 * Runs the writes grouped with this one, in one SQLite transaction, in the process's write turn.
 * Each write keeps its own outcome: a statement that fails is undone alone (SQLite rolls back the
 * statement, not the transaction); a failed commit fails them all, and none is applied.
 */
const flush = async (adapter: { client: SqliteClient }, group: Pending[]) => {
  const { client } = adapter
  await inWriteTurn(adapter, async () => {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = []
    try {
      await client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      for (const pending of group) pending.reject(error)
      return
    }
    for (const pending of group) {
      try {
        outcomes.push({ ok: true, value: await pending.write() })
      } catch (error) {
        outcomes.push({ ok: false, error })
      }
    }
    try {
      await client.execute('COMMIT')
    } catch (error) {
      await client.execute('ROLLBACK').catch(() => {})
      for (const pending of group) pending.reject(error)
      return
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index]!
      if (outcome.ok) pending.resolve(outcome.value)
      else pending.reject(outcome.error)
    })
  })
}

/** Whether single writes on this adapter commit in groups (SQLite, whose writers take turns). */
export const groupsCommits = (adapter: unknown) => Boolean((adapter as { writeQueue?: unknown }).writeQueue)

/**
 * A single-statement write outside any transaction, on SQLite: the writes asked for in the same turn
 * of the event loop commit together. Every SQLite commit waits for the disk (synchronous = FULL), and
 * libsql waits synchronously, with the whole process stopped: a delivery worker finishing sixteen
 * posts at once would otherwise stop sixteen times. Resolves once the write is committed, so a caller
 * acts on a durable outcome exactly as before; the group waits for nothing but the current turn.
 */
export const groupCommit = <T>(adapter: unknown, write: () => Promise<T>): Promise<T> => {
  const key = adapter as { client: SqliteClient; writeQueue?: unknown }
  // Not SQLite (no write turns): each statement commits on its own connection of the pool.
  if (!groupsCommits(adapter)) return write()
  return new Promise<T>((resolve, reject) => {
    let group = groups.get(key)
    if (!group) {
      const fresh: Pending[] = []
      groups.set(key, (group = fresh))
      setImmediate(() => {
        groups.delete(key)
        void flush(key, fresh).catch((error: unknown) => fresh.forEach((pending) => pending.reject(error)))
      })
    }
    group.push({ write, resolve: resolve as (value: unknown) => void, reject })
  })
}
