import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SECRET_FILE = path.resolve(process.cwd(), 'data', '.payload-secret')

/**
 * PAYLOAD_SECRET signs logins and (later) derives the key that encrypts page tokens. Without one, a
 * random secret is made once and kept under ./data, so a fresh clone works and restarts keep sessions.
 */
export const resolveSecret = (): string => existingSecret() ?? generateSecret()

/** The secret this installation already has (environment or file), or null: a restore must not make one up. */
export const existingSecret = (): string | null => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (process.env.NODE_ENV === 'test') return 'test-secret-not-for-production'
  try {
    return fs.readFileSync(SECRET_FILE, 'utf8').trim()
  } catch {
    return null
  }
}

const generateSecret = () => {
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true })
  fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600 })
  return secret
}
