import { getPayload, handleEndpoints } from 'payload'

import config from '../../payload.config'
import { createHttpApp } from '../../src/http/createHttpApp'
import { edgeSettingsFromEnv } from '../../src/http/settings'
import { uploadCollectionsOf } from '../../src/http/uploadCollections'
import { fetchHandlerApp, serveHttp } from './httpBridge'

/**
 * A second app process for tests: the REST API behind the same HTTP edge as the server, on the
 * database of DATABASE_URI, without Next's pages (run with tsx through `startWorker`'s `script`).
 * Prints "api process serving <address>" once it serves.
 */
const main = async () => {
  const payload = await getPayload({ config })
  const app = createHttpApp({
    settings: edgeSettingsFromEnv(),
    uploadCollections: uploadCollectionsOf(payload.config),
    app: fetchHandlerApp((request) => handleEndpoints({ config, request })),
  })
  const server = await serveHttp(app)
  console.log(`api process serving ${server.url}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
