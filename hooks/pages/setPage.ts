import type { CollectionBeforeValidateHook, CollectionSlug, PayloadRequest } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'
import { defaultPageId } from '../../src/fanpages/defaultPage'
import { homePage, isOperator } from '../../src/fanpages/membership'
import { type Id, sameId } from '../../src/workflow/roles'

/** Where a document's page comes from when it is made from another one (a publication from its story). */
export interface PageSource {
  field: string
  collection: CollectionSlug
}

const pageOfSource = async (req: PayloadRequest, source: PageSource, value: unknown): Promise<Id | null> => {
  const id = relationId(value as never)
  if (id === null) return null
  const doc = await req.payload.findByID({
    collection: source.collection,
    id,
    depth: 0,
    select: { page: true } as never,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return relationId((doc as { page?: never } | null)?.page)
}

/** A new document's page: the one named, else its source's, else the user's first page, else the district page. */
const pageForNewDocument = async (req: PayloadRequest, data: Record<string, unknown>, source?: PageSource) => {
  const named = relationId(data.page as never)
  if (named !== null) return named
  const fromSource = source ? await pageOfSource(req, source, data[source.field]) : null
  if (fromSource !== null) return fromSource
  const actor = toActor(req.user)
  const home = actor ? homePage(actor) : null
  if (home !== null) return home
  if (actor && !isOperator(actor)) throw newsroomError(req, 'no_page', 403)
  return defaultPageId(req)
}

/**
 * Every document of a page-owned collection gets its page when it is made; only admins move one to
 * another page (field access alone would drop such a change silently).
 */
export const setPage =
  (source?: PageSource): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data) return data
    if (operation === 'create') return { ...data, page: await pageForNewDocument(req, data, source) }
    const moving = 'page' in data && !sameId(relationId(data.page as never), relationId(originalDoc?.page))
    if (moving && req.user && !isOperator(toActor(req.user))) throw newsroomError(req, 'page_move_admin_only', 403)
    return data
  }
