import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomFieldError } from '../../src/i18n/errors'
import { dataShape } from '../../src/input/data'
import { isPageOwned } from '../../src/pages/pageOwned'
import type { Id } from '../../src/workflow/roles'

/** The paths of this write's links to documents of `collection` that are not in `page`. */
const pathsOutsidePage = async (req: PayloadRequest, collection: string, links: Map<string, string>, page: Id) => {
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { and: [{ id: { in: [...links.keys()] } }, { page: { not_equals: page } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => links.get(String(doc.id))!)
}

/**
 * A document links only to documents of its own page: a story to its page's areas, photos and
 * channels (a rebuttal's screenshot too), a publication to its page's channel, an inbox item to its
 * page's stories. Checked on the server for every write, every link at any depth (groups, array
 * rows), so no form, script or GraphQL call can pull another page's document in. Links the document
 * already had are not asked again (an admin may have moved what they point to).
 */
export const keepLinksInPage: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const page = relationId((data.page ?? originalDoc?.page) as never)
  if (page === null) return data
  const fields = (collection as SanitizedCollectionConfig).flattenedFields
  const had = originalDoc ? dataShape(req.payload, fields, originalDoc).named : new Map<string, Map<string, string>>()
  const outside: string[] = []
  for (const [target, links] of dataShape(req.payload, fields, data).named) {
    if (target === 'pages' || !isPageOwned(req.payload, target)) continue
    const added = new Map([...links].filter(([id]) => !had.get(target)?.has(id)))
    if (added.size) outside.push(...(await pathsOutsidePage(req, target, added, page)))
  }
  if (outside.length) throw newsroomFieldError(req, 'link_other_page', [...new Set(outside)].join(', '))
  return data
}
