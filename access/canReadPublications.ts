import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/** In each of their pages: the board runs publishing and sees every publication; an editor their areas' ones. */
export const canReadPublications: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return perPage(actor, (roles) => {
    if (hasAnyRole({ roles }, ['board', 'admin'])) return true
    return hasRole({ roles }, 'editor') && actor.areas.length > 0 ? { 'story.area': { in: actor.areas } } : false
  }) as Where | boolean
}
