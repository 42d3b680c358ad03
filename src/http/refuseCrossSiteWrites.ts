import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { refuse } from './refuse'
import { originOf } from './settings'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface SiteOrigins {
  serverURL?: string
  trustedOrigins: readonly string[]
}

/**
 * A browser sends the user's cookie with a form posted from any page, other sites' included (and
 * `SameSite=Lax` does not stop a page on another port of the same host). Browsers also say where a
 * write comes from (`Origin`, and `Sec-Fetch-Site` on recent ones): a write from anywhere but the
 * newsroom's own origin (SERVER_URL, or the request's own host when it is unset) or a trusted origin
 * is refused before it reaches the app. Requests without those headers (scripts, Meta's webhook) are
 * not browsers and carry no ambient cookie of a victim. Payload's own `csrf` list, set from the same
 * values, would only ignore the cookie; this also stops login and reset-request forgery.
 */
export const refuseCrossSiteWrites = ({ serverURL, trustedOrigins }: SiteOrigins): RequestHandler => {
  const site = serverURL ? originOf(serverURL) : null
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next()
    const origin = req.headers.origin
    if (origin === undefined) {
      if (req.headers['sec-fetch-site'] === 'cross-site') return refuse(req, res, 403, 'cross_site_request')
      return next()
    }
    const own = site ?? `${req.protocol}://${req.get('host')}`
    if (origin === own || trustedOrigins.includes(origin)) return next()
    refuse(req, res, 403, 'cross_site_request')
  }
}
