import { getPayload, handleEndpoints } from 'payload'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { createHttpApp } from '../../src/http/createHttpApp'
import { edgeSettingsFromEnv } from '../../src/http/settings'
import { uploadCollectionsOf } from '../../src/http/uploadCollections'
import { fetchHandlerApp, serveHttp } from './httpBridge'

/** What `apiProcess.ts` prints once it serves, followed by its address. */
export const API_READY_LINE = 'api process serving'

/**
 * A second app process for tests: the REST API behind the same HTTP edge as the server, on the
 * database of DATABASE_URI, without Next's pages (run with tsx through `startWorker`'s `script`).
 */
const main = async () => {
  const edge = edgeSettingsFromEnv()
  const config = buildNewsroomConfig({ databaseUri: process.env.DATABASE_URI!, secret: process.env.PAYLOAD_SECRET! })
  const payload = await getPayload({ config })
  const app = createHttpApp({
    settings: edge,
    uploadCollections: uploadCollectionsOf(payload.config),
    app: fetchHandlerApp((request) => handleEndpoints({ config, request })),
  })
  const server = await serveHttp(app)
  console.log(`${API_READY_LINE} ${server.url}`)
}

if (process.argv[1]?.endsWith('apiProcess.ts')) void main()
