import crypto from 'node:crypto'

const PREFIX = 'sha256='

/** `sha256=<hex>` as Meta sends it in X-Hub-Signature-256: an HMAC of the exact bytes of the body. */
export const signatureFor = (rawBody: Buffer | string, appSecret: string): string =>
  PREFIX + crypto.createHmac('sha256', appSecret).update(rawBody).digest('hex')

export type SignatureCheck = 'valid' | 'missing' | 'invalid'

/**
 * Checks X-Hub-Signature-256 against the raw request bytes. Never against re-serialised JSON: Meta
 * signs its own serialisation, in which non-ASCII text is \u-escaped, so a parse-and-stringify round
 * trip changes the bytes of any Vietnamese comment. The comparison takes constant time.
 */
export const checkSignature = (
  rawBody: Buffer,
  header: string | string[] | undefined,
  appSecret: string,
): SignatureCheck => {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return 'missing'
  const given = value.trim()
  if (!given.toLowerCase().startsWith(PREFIX) || !/^[0-9a-f]{64}$/i.test(given.slice(PREFIX.length))) return 'invalid'
  const expected = crypto.createHmac('sha256', appSecret).update(rawBody).digest()
  const received = Buffer.from(given.slice(PREFIX.length), 'hex')
  return crypto.timingSafeEqual(expected, received) ? 'valid' : 'invalid'
}
