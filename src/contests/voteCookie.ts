import crypto from 'node:crypto'

/** The entries this browser voted for, signed with the server's secret so it cannot be forged or edited. */
export const VOTE_COOKIE = 'cuocthi_bc'
const KEPT = 300
const YEAR_S = 365 * 24 * 3600
const ID = /^[A-Za-z0-9_-]{1,40}$/

const signature = (secret: string, ids: string) =>
  crypto.createHmac('sha256', secret).update(`contest-votes:${ids}`).digest('base64url').slice(0, 22)

/** The voted ids, or none when the cookie is missing or its signature does not match. */
export const readVotes = (header: string | null, secret: string): string[] => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key !== VOTE_COOKIE) continue
    const [ids = '', signed = ''] = decodeURIComponent(rest.join('=')).split('~')
    const expected = signature(secret, ids)
    if (signed.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signed), Buffer.from(expected))) {
      return []
    }
    return ids.split('.').filter((id) => ID.test(id))
  }
  return []
}

export const voteCookie = (ids: readonly string[], secret: string, secure: boolean) => {
  const kept = [...new Set(ids)].slice(-KEPT).join('.')
  return `${VOTE_COOKIE}=${encodeURIComponent(`${kept}~${signature(secret, kept)}`)}; Path=/; Max-Age=${YEAR_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
}
