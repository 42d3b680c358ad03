import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Helmet's headers on every answer (admin, API, files, public pages), with a Content-Security-Policy
 * reduced to what Next's pages tolerate: Next and Payload's admin inline their hydration scripts, so a
 * `script-src` would need per-request nonces threaded through Next. What it does carry stops framing
 * by other sites (clickjacking), `<base>` hijacking, plugins and forms posting elsewhere.
 * Strict-Transport-Security only when the site is served over HTTPS.
 */
export const securityHeaders = ({ https }: { https: boolean }): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        // No default-src: it would govern scripts too (see above).
        defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 60 * 60 } : false,
  })
