import type { PayloadRequest } from 'payload'

import type { Id } from '../workflow/roles'
import { brandFromEnv } from '../branding/brand'

export const DEFAULT_PAGE_SLUG = 'huyen'

/**
 * The district page every installation has: the page of everything made before there were pages,
 * and of documents made with no user (seeds, fixtures) or by an admin who names no page. Made on
 * first need, so an empty database or an upgraded one both find it.
 */
export const defaultPageId = async (req: PayloadRequest): Promise<Id> => {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { level: { equals: 'district' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  const created = await req.payload.create({
    collection: 'pages',
    data: { name: brandFromEnv().name, slug: DEFAULT_PAGE_SLUG, level: 'district' },
    overrideAccess: true,
    req,
  })
  return created.id
}
