import config from '@payload-config'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { loadFeed, pageFromQuery } from './feed'
import { districtPlace, feedPathOf, type FeedPlace, placeOfSlug, slugOfPage } from './feedPlace'
import { anchorOf } from './PostCard'
import { Timeline } from './Timeline'
import { pageOfLocalPost } from './visibility'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * A page's public timeline: `slug` names a newsroom page (`/p/<slug>`); without it, the district page
 * (`/` and `/fanpage`). Visitors are anonymous, so what is shown is decided in loadFeed, not by access
 * rules. A district permalink to a post another page published (`/fanpage?bai=…`, as links made
 * before there were pages look) is sent on to that page.
 */
export const FanpageView = async ({
  basePath,
  searchParams,
  slug,
}: {
  basePath: string
  searchParams: SearchParams
  slug?: string
}) => {
  const query = await searchParams
  const payload = await getPayload({ config })
  const found = slug === undefined ? await districtPlace(payload) : await placeOfSlug(payload, slug)
  if (slug !== undefined && !found) notFound()
  const place: FeedPlace | null = found && slug === undefined ? { ...found, basePath } : found
  const storyId = typeof query.bai === 'string' ? query.bai : undefined
  const feed = await loadFeed(payload, { page: pageFromQuery(query.trang), storyId, place })
  if (storyId && slug === undefined && !feed.posts.some((post) => post.storyId === storyId)) {
    const elsewhere = await pageOfLocalPost(payload, storyId).catch(() => null)
    const target = elsewhere !== null && !(place && String(place.pageId) === String(elsewhere))
    const targetSlug = target ? await slugOfPage(payload, elsewhere) : null
    if (targetSlug) {
      redirect(`${feedPathOf(targetSlug)}?bai=${encodeURIComponent(storyId)}#${anchorOf(storyId)}`)
    }
  }
  return <Timeline feed={feed} basePath={place?.basePath ?? basePath} />
}
