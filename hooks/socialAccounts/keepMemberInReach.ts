import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'

/**
 * An account goes only to a member the user may manage (or to themself): a unit lead cannot hang an
 * account on another cell's member, a member cannot on someone else. Server code (no user) is trusted.
 */
export const keepMemberInReach: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const member = relationId(data.member ?? originalDoc?.member)
  if (member === null) return data
  const { totalDocs } = await req.payload.count({
    collection: 'members',
    where: { id: { equals: member } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (totalDocs === 0) throw newsroomError(req, 'member_out_of_reach', 403)
  return data
}
