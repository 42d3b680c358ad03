import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { isOperator, pageKey, pagesWhereRole } from '../src/fanpages/membership'
import { hasRole } from '../src/workflow/roles'

/**
 * Admins see everyone; the board and editors of a page see its people (authors' names); others only
 * themselves. A user's pages are read from `pageKeys` (hooks/users/keepPageKeys.ts), not from the
 * memberships table: no join, so the author of every listed story is one query.
 */
export const canReadUsers: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const pages = pagesWhereRole(actor, ['board', 'editor'])
  const self = { id: { equals: actor.id } }
  return pages.length ? { or: [self, ...pages.map((page) => ({ pageKeys: { contains: pageKey(page) } }))] } : self
}

export const isAdminOrSelf: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return hasRole(actor, 'admin') || { id: { equals: actor.id } }
}
