import type { Access, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { homePage, isOperator, perPage, rolesInPage } from '../src/fanpages/membership'
import { type Role, hasAnyRole } from '../src/workflow/roles'

/** Read, change or delete the documents of the pages where the user holds one of these roles. */
export const inPagesWhereRole =
  (roles: readonly Role[]): Access =>
  ({ req }) => {
    const actor = toActor(req.user)
    return actor ? (perPage(actor, (held) => hasAnyRole({ roles: held }, roles)) as Where | boolean) : false
  }

/** Make a document in the page it names (or the user's first page) when the user holds one of these roles there. */
export const createInPageWhereRole =
  (roles: readonly Role[]): Access =>
  ({ req, data }) => {
    const actor = toActor(req.user)
    if (!actor) return false
    if (isOperator(actor)) return true
    const page = relationId(data?.page) ?? homePage(actor)
    return hasAnyRole({ roles: rolesInPage(actor, page) }, roles)
  }

/** Any member of the page (or an admin): the page's areas, its people's names. */
export const inOwnPages: Access = ({ req }) => {
  const actor = toActor(req.user)
  return actor ? (perPage(actor, () => true) as Where | boolean) : false
}
