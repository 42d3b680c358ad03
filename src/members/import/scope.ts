import type { PayloadRequest } from 'payload'

import { toActor } from '../../auth/actor'
import { defaultPageId } from '../../fanpages/defaultPage'
import { homePage, isOperator, rolesInPage } from '../../fanpages/membership'
import { type Id, hasAnyRole, hasRole } from '../../workflow/roles'

/** Where an import (or export) goes: a page, and for a unit lead their one cell. */
export interface MemberScope {
  page: Id
  /** A unit lead's cell; null for the page's board and admins (every cell). */
  onlyUnit: Id | null
}

const namedPage = async (req: PayloadRequest, named: unknown): Promise<Id | null> => {
  if (typeof named !== 'string' || !/^[\w-]{1,64}$/.test(named)) return null
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { id: { equals: named } },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * The page named by `?page=` (else the user's first page, else for an admin the district page) and
 * what the user may do in it: its board and admins every cell, a unit lead their own cell. Null for
 * anyone else.
 */
export const memberScopeOf = async (req: PayloadRequest): Promise<MemberScope | null> => {
  const actor = toActor(req.user)
  if (!actor) return null
  const named = req.query?.page
  const page =
    named !== undefined
      ? await namedPage(req, named)
      : (homePage(actor) ?? (isOperator(actor) ? await defaultPageId(req) : null))
  if (page === null) return null
  const roles = rolesInPage(actor, page)
  if (hasAnyRole({ roles }, ['board', 'admin'])) return { page, onlyUnit: null }
  if (hasRole({ roles }, 'unit_lead') && actor.unit != null) return { page, onlyUnit: actor.unit }
  return null
}
