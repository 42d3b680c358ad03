import type { Logger } from 'pino'

/** The header that carries a request's id: the edge sets it on every request (src/http/requestIds.ts). */
export const REQUEST_ID_HEADER = 'x-request-id'

/** Web `Headers`, Next's `headers()`, or an Express request: anything that reads a header by name. */
export interface HeaderReader {
  get: (name: string) => string | null | undefined
}

/**
 * Payload's logger for lines about one request: each carries the request's id, as its request line
 * does. The id is handed over explicitly rather than kept in an AsyncLocalStorage, because on Node 20
 * that puts a hook on every promise of every request (about 0.5 ms of CPU on a queue list; issue 15).
 */
export const requestLog = (logger: Logger, request: HeaderReader | null | undefined): Logger => {
  const reqId = request?.get(REQUEST_ID_HEADER)
  return reqId ? logger.child({ reqId }) : logger
}
