import type { CollectionBeforeChangeHook } from 'payload'

import { encryptionSecret, seal } from '../../src/security/secretBox'

/**
 * The page access token arrives in the virtual, write-only `accessToken` field and is stored only
 * sealed, in the hidden `accessTokenSealed`. A new token also clears "needs reconnect".
 */
export const sealAccessToken: CollectionBeforeChangeHook = ({ data, req }) => {
  const token = typeof data.accessToken === 'string' ? data.accessToken.trim() : ''
  delete data.accessToken
  if (!token) return data
  return { ...data, accessTokenSealed: seal(token, encryptionSecret(req.payload.secret)), needsReconnect: false }
}
