import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'

export interface LinkedMember {
  id: Id
  unit: Id | null
  page: Id | null
}

/** The member records linked to a login (`members.user`): whose campaigns and actions a member sees. */
export const linkedMembers = async (payload: Payload, userId: Id, req?: PayloadRequest): Promise<LinkedMember[]> => {
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ user: { equals: userId } }, { active: { equals: true } }] },
    select: { unit: true, page: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    unit: relationId(doc.unit as never),
    page: relationId((doc as { page?: never }).page),
  }))
}
