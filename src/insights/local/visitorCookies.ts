/**
 * What a visitor's browser remembers of the public page: the posts it has seen and those it reacted
 * to, as story ids in two cookies. The server keeps nothing about a visitor (no id, no address, no
 * list): a post's unique viewers and reactions are counts, and "once per visitor" is this browser's
 * memory — with a per-address rate limit against anyone who clears it to inflate a count.
 */
export const SEEN_COOKIE = 'fp_seen'
export const REACTED_COOKIE = 'fp_reacted'

/** Most recent ids kept; an older post seen again counts as a new viewer, which errs by little. */
const KEPT = 200
const YEAR_S = 365 * 24 * 3600
const ID = /^[A-Za-z0-9_-]{1,40}$/

export const readIdCookie = (header: string | null, name: string): string[] => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key !== name) continue
    return decodeURIComponent(rest.join('='))
      .split('.')
      .filter((id) => ID.test(id))
  }
  return []
}

/** The Set-Cookie line for a list of ids, newest last, at most KEPT of them. */
export const idCookie = (name: string, ids: readonly string[], secure: boolean) =>
  `${name}=${encodeURIComponent([...new Set(ids)].slice(-KEPT).join('.'))}; Path=/; Max-Age=${YEAR_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
