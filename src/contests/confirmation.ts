import crypto from 'node:crypto'

/** Letters and digits nobody confuses when reading them off a phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A new confirmation code, `XXXX-XXXX`: what the entrant keeps to withdraw their entry. */
export const newConfirmationCode = () => {
  const chars = Array.from(crypto.randomBytes(8), (byte) => ALPHABET[byte % ALPHABET.length]).join('')
  return `${chars.slice(0, 4)}-${chars.slice(4)}`
}

/** What is stored instead of the code: its digest, so that a reader of the database cannot withdraw. */
export const codeDigest = (code: string) =>
  crypto
    .createHash('sha256')
    .update(
      code
        .trim()
        .toUpperCase()
        .replace(/[^0-9A-Z]/g, ''),
    )
    .digest('hex')
