import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/** In each of their pages: the board sees the whole inbox; a duty member sees what is assigned to them. */
export const canReadInbox: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return perPage(
    actor,
    (roles) =>
      hasAnyRole({ roles }, ['board', 'admin']) ||
      (hasRole({ roles }, 'duty') ? { assignee: { equals: actor.id } } : false),
  ) as Where | boolean
}
