import { DEFAULT_DATABASE_URI } from './src/db/adapter'
import { buildNewsroomConfig } from './src/config/buildNewsroomConfig'
import { resolveSecret } from './src/config/secret'

export default buildNewsroomConfig({
  databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  secret: resolveSecret(),
  serverURL: process.env.SERVER_URL || undefined,
})
