import { MAX_UPLOAD_BYTES } from '../media/imageSettings'

export const MB = 1024 * 1024

/** Room for an upload's multipart envelope and its other fields (caption, credit) beyond the file. */
const UPLOAD_ENVELOPE_BYTES = 2 * MB

export interface EdgeSettings {
  /**
   * Express's `trust proxy`: `false` takes the client's address from the socket; anything else lets
   * `X-Forwarded-For` / `X-Forwarded-Proto` from those proxies count (TRUST_PROXY).
   */
  trustProxy: boolean | number | string
  /** The public URL (SERVER_URL). Unset: each request's own origin is the site's origin. */
  serverURL?: string
  /** Further origins whose pages may send writes with the user's cookie (TRUSTED_ORIGINS). */
  trustedOrigins: string[]
  /** The largest request body outside uploads (MAX_REQUEST_BODY_BYTES). */
  maxBodyBytes: number
  /** The largest multipart body to an upload collection: the file limit plus the form around it. */
  maxUploadBodyBytes: number
}

type Env = Record<string, string | undefined>

/** `TRUST_PROXY`: off by default; `true`, a hop count, or Express's names and CIDRs (`loopback, 10.0.0.0/8`). */
export const parseTrustProxy = (value: string | undefined): EdgeSettings['trustProxy'] => {
  const text = (value ?? '').trim()
  if (text === '' || /^(false|off|no|0)$/i.test(text)) return false
  if (/^(true|on|yes)$/i.test(text)) return true
  if (/^\d+$/.test(text)) return Number(text)
  return text
}

const positiveInteger = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name} must be a positive whole number (got "${value}")`)
  return parsed
}

/** An origin as browsers send it in `Origin`: scheme, host and port, no path, no trailing slash. */
export const originOf = (url: string): string => new URL(url).origin

export const edgeSettingsFromEnv = (env: Env = process.env): EdgeSettings => ({
  trustProxy: parseTrustProxy(env.TRUST_PROXY),
  serverURL: env.SERVER_URL || undefined,
  trustedOrigins: (env.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map(originOf),
  maxBodyBytes: positiveInteger('MAX_REQUEST_BODY_BYTES', env.MAX_REQUEST_BODY_BYTES, MB),
  maxUploadBodyBytes: MAX_UPLOAD_BYTES + UPLOAD_ENVELOPE_BYTES,
})

/** What the operator should hear at start-up about this configuration. */
export const startupWarnings = (env: Env = process.env): string[] => {
  const production = env.NODE_ENV === 'production' || env.NEWSROOM_ENV === 'production'
  const warnings: string[] = []
  if (production && !env.SERVER_URL) {
    warnings.push(
      'SERVER_URL chưa được đặt: liên kết đặt lại mật khẩu trong email sẽ là đường dẫn tương đối. / ' +
        'SERVER_URL is not set: password-reset links in emails would be relative, and cookies are not marked Secure.',
    )
  }
  if (env.SIGN_IN_PROTECTION === 'off') {
    warnings.push('SIGN_IN_PROTECTION=off: sign-in is not limited (for benchmarks only, never in service).')
  }
  return warnings
}
