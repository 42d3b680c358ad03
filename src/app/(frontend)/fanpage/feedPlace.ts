import type { Payload } from 'payload'

import type { Id } from '../../../workflow/roles'

/** Which page's public timeline is shown, and where it lives on the site. */
export interface FeedPlace {
  pageId: Id
  /** The page's own name, or null for the district page, whose header keeps the site's brand. */
  name: string | null
  /** The timeline's path: `/p/<slug>`, or `/fanpage` (and `/`) for the district page. */
  basePath: string
  /** Where its photos are served: `<basePath>/anh`. */
  photoBase: string
}

export const DISTRICT_FEED_PATH = '/fanpage'

const SLUG = /^[a-z0-9-]{1,60}$/

type PageRow = { id: Id; name?: unknown; slug?: unknown; level?: unknown }

const find = async (payload: Payload, where: Record<string, unknown>) => {
  const { docs } = await payload.find({
    collection: 'pages',
    where: where as never,
    sort: 'createdAt',
    select: { name: true, slug: true, level: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] as unknown as PageRow | undefined
}

/** `/p/<slug>` for a page; the district page also answers at `/fanpage` and `/`. */
export const feedPathOf = (slug: string) => `/p/${slug}`

const placeOf = (page: PageRow, basePath: string, named: boolean): FeedPlace => ({
  pageId: page.id,
  name: named ? String(page.name ?? '') : null,
  basePath,
  photoBase: `${basePath}/anh`,
})

/**
 * The district page's timeline at `/fanpage`: the one the site had before there were pages. Read
 * only: a public visit never creates the page (an installation without one shows an empty timeline).
 */
export const districtPlace = async (payload: Payload): Promise<FeedPlace | null> => {
  const page = await find(payload, { level: { equals: 'district' } })
  return page ? placeOf(page, DISTRICT_FEED_PATH, false) : null
}

/** The timeline of the page with this slug at `/p/<slug>`, or null when there is no such page. */
export const placeOfSlug = async (payload: Payload, slug: string): Promise<FeedPlace | null> => {
  if (!SLUG.test(slug)) return null
  const page = await find(payload, { slug: { equals: slug } })
  return page ? placeOf(page, feedPathOf(slug), true) : null
}

/** The slug of a page, to send a visitor from an old `/fanpage` link to the page that holds the post. */
export const slugOfPage = async (payload: Payload, pageId: Id): Promise<string | null> => {
  const page = await find(payload, { id: { equals: pageId } })
  return typeof page?.slug === 'string' ? page.slug : null
}
