import type { Access } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { hasAnyRole, holdsArea } from '../src/workflow/roles'

/**
 * Writers create stories. Collaborators may file into any area (they submit to it); a user who
 * writes only as an editor may file only into areas they hold.
 */
export const canCreateStories: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, ['collaborator', 'board', 'admin'])) return true
  if (!hasAnyRole(actor, ['editor'])) return false
  const area = relationId(data?.area)
  return area === null || holdsArea(actor, area)
}
