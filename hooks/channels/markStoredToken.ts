import type { FieldHook } from 'payload'

/**
 * `afterRead` of the sealed token: whether one is stored, as `tokenStored`, for the admin to offer
 * "Kết nối lại" only then. Field hooks run before the field's read access removes the sealed value
 * from what is returned, on every read (lists, by id, an update's answer), so the flag is always
 * there and the token never is.
 */
export const markStoredToken: FieldHook = ({ value, siblingData }) => {
  if (siblingData && typeof siblingData === 'object')
    (siblingData as { tokenStored?: boolean }).tokenStored = Boolean(value)
  return undefined
}
