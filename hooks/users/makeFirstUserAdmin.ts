import type { CollectionBeforeChangeHook } from 'payload'

/** The account created on an empty installation (Payload's "create first user" screen) administers it. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'], memberships: [] } : data
}
