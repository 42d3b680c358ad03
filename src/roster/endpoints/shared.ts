import type { Endpoint, PayloadRequest } from 'payload'

import { toActor } from '../../auth/actor'
import { jsonBody } from '../../endpoints/jsonBody'
import { refusalsFrom } from '../../i18n/refusal'
import { defaultPageId } from '../../fanpages/defaultPage'
import { actorInPage, isOperator, pagesWhereRole } from '../../fanpages/membership'
import { type Actor, hasAnyRole, type Id, type Role, sameId } from '../../workflow/roles'
import { type RosterMessageCode, rosterMessage } from '../messages'
import { loadWeek } from '../weekData'

export const refuse = refusalsFrom(rosterMessage)

/** The page a roster request is about, as `?page=` or a body's `page`. */
const requestedPage = async (req: PayloadRequest): Promise<unknown> => {
  const query = req.searchParams.get('page')
  if (query !== null) return query
  return req.method?.toUpperCase() === 'POST' ? (await jsonBody(req)).page : undefined
}

const isIdLike = (value: unknown): value is Id =>
  (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)) ||
  (typeof value === 'number' && Number.isSafeInteger(value))

/** An admin may name any page; it must exist. Its id as the database holds it, or null. */
const existingPage = async (req: PayloadRequest, value: Id): Promise<Id | null> => {
  try {
    const { docs } = await req.payload.find({
      collection: 'pages',
      where: { id: { equals: value } },
      select: {},
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    return docs[0]?.id ?? null
  } catch {
    // A word where the database keeps numbers: no such page.
    return null
  }
}

/**
 * Whose roster: the page named, else the first page where the user holds one of `roles` (for an
 * admin of no page, the district page). A page the user is not a member of is refused like one
 * where they lack the role, so nobody learns which pages exist.
 */
const pageFor = async (req: PayloadRequest, actor: Actor, roles: readonly Role[]): Promise<Id | null | 'unknown'> => {
  const named = await requestedPage(req)
  if (named === undefined || named === null || named === '') {
    return pagesWhereRole(actor, roles)[0] ?? (isOperator(actor) ? defaultPageId(req) : null)
  }
  if (!isIdLike(named)) return 'unknown'
  const membership = (actor.memberships ?? []).find((candidate) => sameId(candidate.page, named))
  if (membership) return membership.page
  return isOperator(actor) ? ((await existingPage(req, named)) ?? 'unknown') : null
}

/** Who may see a page's roster (with names) and who may change it: their roles in that page. */
const rosterAccess = async (req: PayloadRequest, may: 'read' | 'edit'): Promise<RosterRequest | Response> => {
  const user = toActor(req.user)
  if (!user) return refuse(req, 'not_signed_in', 401)
  const roles: readonly Role[] = may === 'edit' ? ['board', 'admin'] : ['duty', 'board', 'admin']
  const refusal = may === 'edit' ? 'not_permitted' : 'roster_hidden'
  const page = await pageFor(req, user, roles)
  if (page === 'unknown') return refuse(req, 'page_not_found', 404)
  if (page === null) return refuse(req, refusal, 403)
  const actor = actorInPage(user, page)
  return hasAnyRole(actor, roles) ? { actor, page } : refuse(req, refusal, 403)
}

/** The roster request's page and the user as that page sees them. */
export interface RosterRequest {
  actor: Actor
  page: Id
}

/**
 * A roster endpoint about one page: `handle` runs only for whoever may `may` that page's roster;
 * otherwise the refusal goes back.
 */
export const rosterEndpoint = (
  method: 'get' | 'post',
  path: string,
  may: 'read' | 'edit',
  handle: (req: PayloadRequest, roster: RosterRequest) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const roster = await rosterAccess(req, may)
    return roster instanceof Response ? roster : handle(req, roster)
  },
})

/** The answer to a change: what it did, the week as it is now, and what was done in the request's language. */
export const changedWeek = async (
  req: PayloadRequest,
  page: Id,
  monday: string,
  code: RosterMessageCode,
  done: Record<string, unknown>,
) =>
  Response.json({
    ...done,
    week: await loadWeek(req.payload, page, monday),
    message: rosterMessage(code, req.i18n?.language),
  })
