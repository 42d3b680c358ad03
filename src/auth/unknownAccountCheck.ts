import crypto from 'node:crypto'

/**
 * The parameters of the password hashes Payload 3.90 stores (`pbkdf2-sha256-v1:`, see its
 * `generatePasswordSaltHash`): a check of a wrong password costs one PBKDF2 with them. A test reads
 * a freshly stored hash to notice if Payload changes them.
 */
export const PAYLOAD_HASH = {
  prefix: 'pbkdf2-sha256-v1:',
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

const SALT = crypto.randomBytes(32).toString('hex')

/**
 * Spends on a sign-in with an address nobody has what checking a wrong password costs, so that the
 * time of the answer does not tell which addresses have accounts. The result is never used.
 */
export const checkPasswordOfUnknownAccount = (password: string) =>
  new Promise<void>((resolve, reject) => {
    crypto.pbkdf2(password, SALT, PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength, PAYLOAD_HASH.digest, (error) =>
      error ? reject(error) : resolve(),
    )
  })
