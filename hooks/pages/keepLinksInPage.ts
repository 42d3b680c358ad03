import type { CollectionBeforeChangeHook, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomFieldError } from '../../src/i18n/errors'
import { isPageOwned } from '../../src/fanpages/pageOwned'
import { type Id, sameId } from '../../src/workflow/roles'

type Link = { field: string; collection: string; ids: Id[] }

const idsIn = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => relationId(item as never))
    .filter((id): id is Id => id !== null)

const sameIds = (a: Id[], b: Id[]) => a.length === b.length && a.every((id, index) => sameId(id, b[index]))

/** The top-level links of this write to documents of page-owned collections that it changes. */
const changedLinks = (
  req: PayloadRequest,
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
): Link[] =>
  fields.flatMap((field) => {
    if (field.type !== 'relationship' && field.type !== 'upload') return []
    if (typeof field.relationTo !== 'string' || field.relationTo === 'pages' || !(field.name in data)) return []
    if (!isPageOwned(req.payload, field.relationTo)) return []
    const ids = idsIn(data[field.name])
    if (ids.length === 0 || (originalDoc && sameIds(ids, idsIn(originalDoc[field.name])))) return []
    return [{ field: field.name, collection: field.relationTo, ids }]
  })

/**
 * A document links only to documents of its own page: a story to its page's areas, photos and
 * channels, a publication to its page's channel. Checked on the server for every write, so no form,
 * script or GraphQL call can pull another page's document in.
 */
export const keepLinksInPage: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const page = relationId((data.page ?? originalDoc?.page) as never)
  if (page === null) return data
  for (const link of changedLinks(req, (collection as SanitizedCollectionConfig).flattenedFields, data, originalDoc)) {
    const { totalDocs } = await req.payload.count({
      collection: link.collection as never,
      where: { and: [{ id: { in: link.ids } }, { page: { not_equals: page } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw newsroomFieldError(req, 'link_other_page', link.field)
  }
  return data
}
