import crypto from 'node:crypto'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import { PAYLOAD_HASH } from '../auth/unknownAccountCheck'
import { DEMO_ACCOUNTS, DEMO_GRASSROOTS_ACCOUNTS } from './demoNewsroom'

const pbkdf2 = promisify(crypto.pbkdf2)

/** Payload's hash of `password` with `salt` equals `stored` (its current format, or the 25,000-round one before it). */
const hashMatches = async (password: string, salt: string, stored: string) => {
  const current = stored.startsWith(PAYLOAD_HASH.prefix)
  const expected = current ? stored.slice(PAYLOAD_HASH.prefix.length) : stored
  const [iterations, keyLength] = current ? [PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength] : [25_000, 512]
  const actual = await pbkdf2(password, salt, iterations, keyLength, PAYLOAD_HASH.digest)
  const wanted = Buffer.from(expected, 'hex')
  return wanted.length === actual.length && crypto.timingSafeEqual(wanted, actual)
}

/** Every account whose password is published: SPEC's four and the grassroots pages' of the demo. */
const PUBLISHED_ACCOUNTS: readonly { email: string; password: string }[] = [
  ...DEMO_ACCOUNTS,
  ...DEMO_GRASSROOTS_ACCOUNTS,
]

/** A password printed by every demo start or in the README: never good enough for real accounts. */
export const isDemoPassword = (password: string): boolean =>
  PUBLISHED_ACCOUNTS.some((account) => account.password === password)

/**
 * The demo accounts (SPEC's, and the grassroots pages' of the demo, printed by every demo start) that still sign in with their published
 * password. Checked against the stored hash rather than by signing in, which would count failed
 * attempts and could lock a real administrator out.
 */
export const accountsWithDemoPassword = async (payload: Payload): Promise<string[]> => {
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: PUBLISHED_ACCOUNTS.map((account) => account.email) } },
    showHiddenFields: true,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const found: string[] = []
  for (const user of users.docs as unknown as { email: string; salt?: string; hash?: string }[]) {
    const account = PUBLISHED_ACCOUNTS.find((candidate) => candidate.email === user.email)
    if (account && user.salt && user.hash && (await hashMatches(account.password, user.salt, user.hash)))
      found.push(user.email)
  }
  return found
}
