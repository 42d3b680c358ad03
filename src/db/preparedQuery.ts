export interface PreparableQuery {
  prepare: () => { execute: (values?: Record<string, unknown>) => Promise<unknown> }
}

type Run = (values: Record<string, unknown>) => Promise<Record<string, unknown>[]>

const caches = new WeakMap<object, Map<string, Run>>()

/**
 * A Drizzle query built into SQL once per database adapter and `key`, then run with placeholder
 * values (`sql.placeholder(name)`): for the delivery worker's hot path, where building the SQL (walking
 * Drizzle's query tree) costs more than running it. `key` must name everything the shape of the query
 * depends on. Outside transactions only: the query runs on the adapter's own client.
 */
export const preparedQuery = (adapter: object, key: string, build: () => PreparableQuery): Run => {
  let cache = caches.get(adapter)
  if (!cache) caches.set(adapter, (cache = new Map()))
  let run = cache.get(key)
  if (!run) {
    const prepared = build().prepare()
    run = async (values) => {
      const result = await prepared.execute(values)
      // SQLite's prepared `all` answers rows; node-postgres' answers rows too, or a result with them.
      return (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) ?? []
    }
    cache.set(key, run)
  }
  return run
}
