import type { Payload } from 'payload'

import { toActor } from '../../auth/actor'
import { rolesInPage } from '../../fanpages/membership'
import { hasRole, type Id } from '../../workflow/roles'

/**
 * The board of one page (who is told its monthly report is ready): users holding the board role in
 * that page's membership. With no page, every board member.
 */
export const pageBoardMembers = async (payload: Payload, page: Id | null): Promise<Id[]> => {
  const users = await payload.find({
    collection: 'users',
    where: { roles: { in: ['board'] } },
    select: { roles: true, memberships: true } as never,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return users.docs
    .map((user) => toActor(user))
    .filter((actor) => actor !== null)
    .filter((actor) => page === null || hasRole({ roles: rolesInPage(actor, page) }, 'board'))
    .map((actor) => actor.id)
}
