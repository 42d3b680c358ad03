import crypto from 'node:crypto'

import type { Id } from '../workflow/roles'

/**
 * The one-tap link's token: which member and which campaign, signed with the installation's secret
 * (HMAC-SHA256), so a member needs no login and nobody can make a link for someone else.
 * Shape: `<campaign>.<member>.<signature>`; ids are numbers or hex strings, never containing a dot.
 */
export interface TapTarget {
  campaign: string
  member: string
}

const signature = (secret: string, campaign: string, member: string) =>
  crypto.createHmac('sha256', secret).update(`campaign-tap:${campaign}:${member}`).digest('base64url').slice(0, 32)

const ID = /^[A-Za-z0-9_-]{1,64}$/

export const signTap = (secret: string, campaign: Id, member: Id): string =>
  `${campaign}.${member}.${signature(secret, String(campaign), String(member))}`

/** The target of a well-formed, correctly signed token; null for anything else. */
export const verifyTap = (secret: string, token: unknown): TapTarget | null => {
  if (typeof token !== 'string' || token.length > 200) return null
  const [campaign, member, given, ...rest] = token.split('.')
  if (rest.length > 0 || !ID.test(campaign ?? '') || !ID.test(member ?? '') || typeof given !== 'string') return null
  const expected = Buffer.from(signature(secret, campaign, member))
  const actual = Buffer.from(given)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected) ? { campaign, member } : null
}

/** The public page a token opens. */
export const tapPath = (token: string) => `/chien-dich/${token}`
