import type { Endpoint, PayloadRequest } from 'payload'

import { toActor } from '../../auth/actor'
import { type Actor, hasAnyRole } from '../../workflow/roles'
import { isOperator, pagesWhereRole } from '../../fanpages/membership'
import { parseInsightsQuery, type InsightsQuery, type PageScope } from '../figures/query'
import { refuse } from '../messages'

/** The insights' audience: the board and admins. */
export const mayReadInsights = (user: unknown) => hasAnyRole(toActor(user), ['board', 'admin'])

/** A signed-in caller, or the refusal to send back. */
export const signedIn = (req: PayloadRequest): Actor | Response =>
  toActor(req.user) ?? refuse(req, 'not_signed_in', 401)

/** An endpoint only the board and admins reach; everyone else gets 401 or 403 and nothing is read. */
export const boardEndpoint = (
  method: 'get' | 'post',
  path: string,
  handle: (req: PayloadRequest, actor: Actor) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const actor = signedIn(req)
    if (actor instanceof Response) return actor
    if (!mayReadInsights(req.user)) return refuse(req, 'board_only', 403)
    return handle(req, actor)
  },
})

/** The period and filters of a GET's query string, or the 400 that names what is wrong. */
export const queryOf = (req: PayloadRequest, input?: Record<string, unknown>): InsightsQuery | Response => {
  const source = input ?? Object.fromEntries(req.searchParams?.entries() ?? [])
  const parsed = parseInsightsQuery(source)
  return parsed.ok ? parsed.value : refuse(req, parsed.code, 400)
}

/**
 * The pages a reader's figures come from: an admin's every page (or the one asked for); a board
 * member's pages where they are on the board, or the one of them asked for. Another page asked for
 * is a 403: a board member of one page never reads another page's figures.
 */
export const pageScopeOf = (req: PayloadRequest, actor: Actor, page: string | null): PageScope | Response => {
  if (isOperator(actor)) return page ? [page] : null
  const mine = pagesWhereRole(actor, ['board'])
  if (page === null) return mine
  return mine.some((id) => String(id) === page) ? [page] : refuse(req, 'other_page', 403)
}
