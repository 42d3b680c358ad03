import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { isOperator, pagesWhereRole } from '../src/fanpages/membership'

/**
 * A user sees the pages they belong to; a board member also the pages below theirs (the district
 * board shares stories down to them and follows their figures). Admins see every page.
 */
export const canReadPages: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const own = pagesWhereRole(actor)
  if (own.length === 0) return false
  const boardOf = pagesWhereRole(actor, ['board'])
  const mine: Where = { id: { in: own } }
  return boardOf.length > 0 ? { or: [mine, { parent: { in: boardOf } }] } : mine
}
