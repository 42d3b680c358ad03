import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { newsroomFieldError } from '../../src/i18n/errors'
import { dataShape } from '../../src/input/data'
import { linksToNothing } from '../../src/input/guard'
import { belongsTo, isOperator } from '../../src/fanpages/membership'
import { isPageOwned } from '../../src/fanpages/pageOwned'
import type { Id } from '../../src/workflow/roles'

type Outside = { path: string; page: Id | null }

/** This write's links to documents of `collection` that are not in `page`, with the page they are in. */
const linksOutsidePage = async (
  req: PayloadRequest,
  collection: string,
  links: Map<string, string>,
  page: Id,
): Promise<Outside[]> => {
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { and: [{ id: { in: [...links.keys()] } }, { page: { not_equals: page } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { page: true } as never,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as { id: Id; page?: never }[]).map((doc) => ({
    path: links.get(String(doc.id))!,
    page: relationId(doc.page),
  }))
}

/**
 * Whether the user already knows the linked documents exist (they belong to their pages, or they
 * run the installation, or no user: server code). Otherwise the answer must be the one a link to
 * nothing gets, whichever path the write came through (REST, a transition, GraphQL).
 */
const knownToUser = (req: PayloadRequest, outside: Outside[]) => {
  const actor = toActor(req.user)
  return !actor || isOperator(actor) || outside.every((link) => belongsTo(actor, link.page))
}

/**
 * A document links only to documents of its own page: a story to its page's areas, photos and
 * channels (a rebuttal's screenshot too), a publication to its page's channel, an inbox item to its
 * page's stories. Checked on the server for every write, every link at any depth (groups, array
 * rows), so no form, script, transition or GraphQL call can pull another page's document in. Links
 * the document already had are not asked again (an admin may have moved what they point to). A user
 * who does not belong to the other page gets the answer of a link to nothing (400
 * `related_not_found`, as `src/input/guard.ts` gives): links do not tell what another page holds.
 */
export const keepLinksInPage: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const page = relationId((data.page ?? originalDoc?.page) as never)
  if (page === null) return data
  const fields = (collection as SanitizedCollectionConfig).flattenedFields
  const had = originalDoc ? dataShape(req.payload, fields, originalDoc).named : new Map<string, Map<string, string>>()
  const outside: Outside[] = []
  for (const [target, links] of dataShape(req.payload, fields, data).named) {
    if (target === 'pages' || !isPageOwned(req.payload, target)) continue
    const added = new Map([...links].filter(([id]) => !had.get(target)?.has(id)))
    if (added.size) outside.push(...(await linksOutsidePage(req, target, added, page)))
  }
  if (outside.length === 0) return data
  const paths = outside.map((link) => link.path)
  if (!knownToUser(req, outside)) throw linksToNothing(req, paths)
  throw newsroomFieldError(req, 'link_other_page', [...new Set(paths)].join(', '))
}
