import crypto from 'node:crypto'

import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

import { REQUEST_ID_HEADER } from '../log/requestLog'

/** An id a proxy or client sent is kept when it is short and plain (it goes into logs as is). */
const ACCEPTABLE_ID = /^[\w.:-]{1,100}$/

/**
 * Gives every request an id — the `X-Request-Id` a reverse proxy sent, or a new one — echoes it in the
 * answer, hands it on to the app in the request's headers (the app's lines about the request carry it:
 * `src/log/requestLog.ts`), and, with a logger, writes one line per answered request: method, path
 * without the query (it may hold tokens), status and time taken.
 */
export const requestIds =
  (logger?: Logger): RequestHandler =>
  (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER)
    const reqId = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : crypto.randomUUID()
    req.headers[REQUEST_ID_HEADER] = reqId
    res.setHeader('X-Request-Id', reqId)
    if (logger) {
      const started = process.hrtime.bigint()
      res.once('finish', () => {
        const path = req.originalUrl.split('?')[0]
        // Next's static assets are most requests and tell nothing: only at debug level.
        const level = path?.startsWith('/_next/') ? 'debug' : 'info'
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        logger[level]({ reqId, method: req.method, path, status: res.statusCode, ms: Math.round(ms) }, 'request')
      })
    }
    next()
  }
