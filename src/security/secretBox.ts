import crypto from 'node:crypto'

const VERSION = 'v1'

/**
 * The key that encrypts secrets at rest (page access tokens): NEWSROOM_ENCRYPTION_KEY when set,
 * otherwise derived from the Payload secret, so a fresh install needs no extra configuration.
 */
const deriveKey = (secret: string) =>
  Buffer.from(crypto.hkdfSync('sha256', secret, 'toa-soan-ctv', 'secret-box:v1', 32))

/** Every post opens its channel's token: the key is derived once per secret (a process has one or two). */
const keys = new Map<string, Buffer>()
const keyFrom = (secret: string) => {
  let key = keys.get(secret)
  if (!key) keys.set(secret, (key = deriveKey(secret)))
  return key
}

export const encryptionSecret = (payloadSecret: string) => process.env.NEWSROOM_ENCRYPTION_KEY || payloadSecret

/** AES-256-GCM with a random nonce; the output is `v1:<nonce>:<tag>:<ciphertext>` in base64url. */
export const seal = (plaintext: string, secret: string): string => {
  const nonce = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFrom(secret), nonce)
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, nonce, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join(':')
}

/** Boxes opened lately, by box and secret: every post of a burst opens its channel's same token. */
const opened = new Map<string, string>()
const OPENED_KEPT = 64

/** Throws when the box was tampered with or sealed under another key. */
export const open = (box: string, secret: string): string => {
  const cacheKey = `${secret}\n${box}`
  const known = opened.get(cacheKey)
  if (known !== undefined) return known
  const [version, nonce, tag, ciphertext] = box.split(':')
  if (version !== VERSION || !nonce || !tag || ciphertext === undefined) throw new Error('Unrecognised secret box')
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(nonce, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  )
  if (opened.size >= OPENED_KEPT) opened.delete(opened.keys().next().value!)
  opened.set(cacheKey, plaintext)
  return plaintext
}
