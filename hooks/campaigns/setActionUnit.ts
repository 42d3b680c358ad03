import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../src/auth/actor'

/** An action keeps its member's unit when it is recorded: a unit lead's view and the figures by unit use it. */
export const setActionUnit: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const member = relationId(data.member)
  if (member === null || (operation === 'update' && !('member' in data))) return data
  const found = await req.payload.findByID({
    collection: 'members',
    id: member,
    depth: 0,
    select: { unit: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return { ...data, unit: relationId(found?.unit as never) }
}
