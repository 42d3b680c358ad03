import type { Access } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { homePage, rolesInPage } from '../src/fanpages/membership'
import { hasAnyRole, holdsArea } from '../src/workflow/roles'

/**
 * Writers create stories in a page they belong to. Collaborators may file into any of its areas
 * (they submit to it); a user who writes there only as an editor may file only into areas they hold.
 */
export const canCreateStories: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const roles = rolesInPage(actor, relationId(data?.page) ?? homePage(actor))
  if (hasAnyRole({ roles }, ['collaborator', 'board', 'admin'])) return true
  if (!hasAnyRole({ roles }, ['editor'])) return false
  const area = relationId(data?.area)
  return area === null || holdsArea({ roles, areas: actor.areas }, area)
}
