import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

/** The board and admins manage the photo library; everyone else only what they uploaded. */
export const canChangeMedia: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return hasAnyRole(actor, ['board', 'admin']) || { uploadedBy: { equals: actor.id } }
}
