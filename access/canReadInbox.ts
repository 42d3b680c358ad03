import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/** The board sees the whole inbox; a duty member sees what is assigned to them. */
export const canReadInbox: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, ['board', 'admin'])) return true
  return hasRole(actor, 'duty') ? { assignee: { equals: actor.id } } : false
}
