import type { FieldAccess } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { homePage, rolesInPage } from '../src/fanpages/membership'
import { hasAnyRole } from '../src/workflow/roles'
import { createInPageWhereRole, inPagesWhereRole } from './pageAccess'

/** The documents of the pages where the user is on the board (every page for admins). */
export const isBoardOrAdmin = inPagesWhereRole(['board', 'admin'])
export const canCreateAsBoard = createInPageWhereRole(['board', 'admin'])

/** Where and when a story goes out is its page's board's decision (the `schedule` transition). */
export const isBoardOrAdminField: FieldAccess = ({ req, doc, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const page = relationId(doc?.page ?? data?.page) ?? homePage(actor)
  return hasAnyRole({ roles: rolesInPage(actor, page) }, ['board', 'admin'])
}
