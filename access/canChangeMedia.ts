import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { hasAnyRole } from '../src/workflow/roles'

/** In each of their pages: the board and admins manage the photo library; everyone else only what they uploaded. */
export const canChangeMedia: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return perPage(
    actor,
    (roles) => hasAnyRole({ roles }, ['board', 'admin']) || { uploadedBy: { equals: actor.id } },
  ) as Where | boolean
}
