import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/**
 * Board and admin read everything; an editor reads their areas' stories; everyone reads their own
 * stories and what is published.
 */
export const canReadStories: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, ['board', 'admin'])) return true
  const visible: Where[] = [{ author: { equals: actor.id } }, { stage: { equals: 'published' } }]
  if (hasRole(actor, 'editor') && actor.areas.length > 0) visible.push({ area: { in: actor.areas } })
  return { or: visible }
}
