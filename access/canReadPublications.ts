import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/** The board runs publishing and sees every publication; an editor sees their areas' ones. */
export const canReadPublications: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, ['board', 'admin'])) return true
  if (hasRole(actor, 'editor') && actor.areas.length > 0) return { 'story.area': { in: actor.areas } }
  return false
}
