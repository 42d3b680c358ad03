import express, { type Express, type Request, type RequestHandler, type Response } from 'express'
import type { Logger } from 'pino'

import { capRequestBodies } from './capRequestBodies'
import { recordClientAddress } from './clientAddress'
import { closeAfterEarlyAnswer } from './closeAfterEarlyAnswer'
import { refuseCrossSiteWrites } from './refuseCrossSiteWrites'
import { refuseMalformedQuery } from './refuseMalformedQuery'
import { requestIds } from './requestIds'
import { securityHeaders } from './securityHeaders'
import type { EdgeSettings } from './settings'

export interface HttpAppOptions {
  settings: EdgeSettings
  /** Collections that take a file upload (their multipart writes get the upload cap). */
  uploadCollections: readonly string[]
  /** Served before the app, behind the same edge: the health check, the Facebook webhook. */
  routes?: RequestHandler[]
  /** Everything else: Next's request handler in the server, Payload's REST/GraphQL handler in tests. */
  app: (req: Request, res: Response) => unknown
  /** Writes one line per answered request (the server passes Payload's logger; tests may leave it out). */
  logger?: Logger
}

/**
 * The HTTP edge every request crosses before the app (`src/server.ts` and the test harness build it
 * alike). Order matters: the request id comes first, so every answer carries it; the connection rule
 * wraps every answer, including the edge's own refusals; the body cap runs before anything reads a
 * body. No body parser runs here: the app reads raw bodies (uploads included), and the webhook route
 * parses its own.
 */
export const createHttpApp = ({ settings, uploadCollections, routes = [], app, logger }: HttpAppOptions): Express => {
  const server = express()
  server.disable('x-powered-by')
  server.set('trust proxy', settings.trustProxy)
  server.use(requestIds(logger))
  server.use(closeAfterEarlyAnswer)
  server.use(securityHeaders({ https: settings.serverURL?.startsWith('https:') ?? false }))
  server.use(recordClientAddress)
  server.use(refuseCrossSiteWrites(settings))
  server.use(
    capRequestBodies({
      maxBodyBytes: settings.maxBodyBytes,
      maxUploadBodyBytes: settings.maxUploadBodyBytes,
      uploadCollections,
    }),
  )
  server.use(refuseMalformedQuery)
  for (const route of routes) server.use(route)
  server.use((req, res) => app(req, res))
  return server
}
