import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { type Actor, type Role, hasAnyRole, hasRole } from '../src/workflow/roles'

/** Inside one page, with these roles: the board everything; an editor their areas'; everyone their own and what is published. */
export const readableInPage = (actor: Actor, roles: readonly Role[]): Where | true => {
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  const visible: Where[] = [{ author: { equals: actor.id } }, { stage: { equals: 'published' } }]
  // The area first: SQLite stops at the first term that holds, and in an editor's queue it always does.
  if (hasRole({ roles }, 'editor') && actor.areas.length > 0) visible.unshift({ area: { in: actor.areas } })
  return { or: visible }
}

/** The stories an actor reads, page by page (`src/fanpages/membership.ts`); media follows it (`canReadMedia`). */
export const readableStories = (actor: Actor): Where | boolean =>
  perPage(actor, (roles) => readableInPage(actor, roles)) as Where | boolean

export const canReadStories: Access = ({ req }) => {
  const actor = toActor(req.user)
  return actor ? readableStories(actor) : false
}
