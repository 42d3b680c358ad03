import { AsyncLocalStorage } from 'node:async_hooks'

/** The request being served, for every log line written while serving it (the logger's mixin reads it). */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>()

/** Fields every log line carries: the request id when one is being served. */
export const requestLogFields = () => requestContext.getStore() ?? {}
