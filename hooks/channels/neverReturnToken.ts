import type { FieldHook } from 'payload'

/**
 * The page token is write-only: admins may see the (empty) input, but no read — REST, GraphQL,
 * the admin's form state or an update's answer — ever carries a value, whatever reached the doc.
 */
export const neverReturnToken: FieldHook = ({ siblingData }) => {
  if (siblingData && typeof siblingData === 'object') delete (siblingData as { accessToken?: unknown }).accessToken
  return undefined
}
