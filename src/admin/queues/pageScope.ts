import type { Where } from 'payload'

import { isOperator, pagesWhereRole } from '../../fanpages/membership'
import type { Actor, Role } from '../../workflow/roles'

/**
 * The pages where the user holds one of `roles`, as a filter: a board member of page A and a
 * collaborator of page B sees A's approvals in their board queue, never B's. Admins (operators)
 * work every page: no filter.
 */
export const pagesWithRole = (actor: Actor, roles: readonly Role[]): Where | null =>
  isOperator(actor) ? null : { page: { in: [...pagesWhereRole(actor, roles)] } }

/** `where` restricted to the pages where the user holds one of `roles`. */
export const inPagesWithRole = (actor: Actor, roles: readonly Role[], where: Where): Where => {
  const pages = pagesWithRole(actor, roles)
  if (!pages) return where
  return { and: [pages, ...(Array.isArray(where.and) ? where.and : [where])] }
}
