import type { CollectionBeforeDeleteHook } from 'payload'

/** A member removed (personal data deleted on request) takes their social accounts along, in the same transaction. */
export const deleteSocialAccounts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'social-accounts',
    where: { member: { equals: id } },
    overrideAccess: true,
    req,
  })
}
