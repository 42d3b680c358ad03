import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole, hasRole } from '../src/workflow/roles'

/** Admins, board and editors see the newsroom's people (authors' names); others only themselves. */
export const canReadUsers: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return hasAnyRole(actor, ['admin', 'board', 'editor']) || { id: { equals: actor.id } }
}

export const isAdminOrSelf: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return hasRole(actor, 'admin') || { id: { equals: actor.id } }
}
