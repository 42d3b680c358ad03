import type { CollectionBeforeReadHook } from 'payload'

/**
 * Whether a page token is stored, for the admin to offer "Kết nối lại" only then. Computed before
 * Payload strips the hidden sealed token from what it returns; the token itself never leaves.
 */
export const markStoredToken: CollectionBeforeReadHook = ({ doc }) => ({
  ...doc,
  tokenStored: Boolean((doc as { accessTokenSealed?: unknown }).accessTokenSealed),
})
