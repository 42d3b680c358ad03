import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { type Actor, hasAnyRole, hasRole } from '../src/workflow/roles'

/**
 * The stories an actor reads: board and admin everything; an editor their areas' stories; everyone
 * their own stories and what is published. Media follows it (`canReadMedia`).
 */
export const readableStories = (actor: Actor): Where | true => {
  if (hasAnyRole(actor, ['board', 'admin'])) return true
  const visible: Where[] = [{ author: { equals: actor.id } }, { stage: { equals: 'published' } }]
  if (hasRole(actor, 'editor') && actor.areas.length > 0) visible.push({ area: { in: actor.areas } })
  return { or: visible }
}

export const canReadStories: Access = ({ req }) => {
  const actor = toActor(req.user)
  return actor ? readableStories(actor) : false
}
