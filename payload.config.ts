import { brandFromEnv } from './src/branding/brand'
import { DEFAULT_DATABASE_URI } from './src/db/adapter'
import { buildNewsroomConfig } from './src/config/buildNewsroomConfig'
import { resolveSecret } from './src/config/secret'
import { edgeSettingsFromEnv } from './src/http/settings'

const { serverURL, trustedOrigins } = edgeSettingsFromEnv()

export default buildNewsroomConfig({
  databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  secret: resolveSecret(),
  serverURL,
  trustedOrigins,
  brand: brandFromEnv(),
})
