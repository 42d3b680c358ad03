import type { BaseDatabaseAdapter } from 'payload'

/** Longer than any transaction should take; past it, something waits on itself and must say so. */
const TURN_TIMEOUT_MS = 30_000

type SqliteInternals = BaseDatabaseAdapter & {
  writeQueue?: WriteQueue
}

/** A FIFO of writers: one at a time, in arrival order. */
class WriteQueue {
  private tail: Promise<void> = Promise.resolve()

  async acquire(): Promise<() => void> {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error('SQLite write turn timed out: a write waited on another write of the same request (pass req)'),
          ),
        TURN_TIMEOUT_MS,
      )
    })
    try {
      await Promise.race([previous, timeout])
    } catch (error) {
      // Give our place up as soon as the writer ahead finishes, so the queue does not stall.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
}

/**
 * SQLite has one writer at a time, and libsql runs statements synchronously: a second connection of
 * this process waiting for the write lock would block the event loop while the lock holder needs it
 * to commit — a deadlock until the busy timeout. So writers of one process take turns here, before
 * touching the database: each transaction holds a turn from begin to commit or rollback. Other
 * processes are waited for by SQLite's busy timeout, which `SqliteClient` sets on every connection.
 */
export const serializeSqliteWrites = (adapter: BaseDatabaseAdapter) => {
  const db = adapter as SqliteInternals
  const queue = new WriteQueue()
  const turns = new Map<string, () => void>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const endTurn = async (id: unknown) => {
    const key = String(await id)
    turns.get(key)?.()
    turns.delete(key)
  }

  db.writeQueue = queue
  db.beginTransaction = async (options) => {
    const release = await queue.acquire()
    try {
      const id = await begin(options)
      if (id === null) release()
      else turns.set(String(id), release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await endTurn(id)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await endTurn(id)
    }
  }
}

/** Runs a write outside any transaction in its turn (SQLite); elsewhere runs it directly. */
export const inWriteTurn = <T>(adapter: unknown, work: () => Promise<T>): Promise<T> => {
  const queue = (adapter as SqliteInternals).writeQueue
  return queue ? queue.run(work) : work()
}
