import type { PayloadRequest, Where } from 'payload'

import { isPageOwned } from '../pages/pageOwned'
import { isOperator, pagesWhereRole } from '../pages/membership'
import { toActor } from './actor'

/**
 * What a signed-in client may name in a link, beyond "it exists": a document of one of its own
 * pages, a person of one of its own pages (or an admin). Anything else answers exactly like an id
 * that names nothing, so a link cannot be used to learn whether another page's document exists.
 * `null`: no limit (operators, server code); `false`: nothing at all (a user of no page).
 */
export const linkableWhere = (req: PayloadRequest, collection: string): Where | null | false => {
  const actor = toActor(req.user)
  if (!actor || isOperator(actor)) return null
  const pages = pagesWhereRole(actor)
  if (collection === 'users') {
    const self: Where = { id: { equals: actor.id } }
    const admins: Where = { roles: { in: ['admin'] } }
    return { or: [self, admins, ...(pages.length ? [{ 'memberships.page': { in: pages } }] : [])] }
  }
  if (!isPageOwned(req.payload, collection)) return null
  return pages.length ? { page: { in: pages } } : false
}
