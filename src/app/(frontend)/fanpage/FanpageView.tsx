import config from '@payload-config'
import { getPayload } from 'payload'

import { loadFeed, pageFromQuery } from './feed'
import { Timeline } from './Timeline'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The public timeline; visitors are anonymous, so what is shown is decided in loadFeed, not by access rules. */
export const FanpageView = async ({ basePath, searchParams }: { basePath: string; searchParams: SearchParams }) => {
  const query = await searchParams
  const payload = await getPayload({ config })
  const feed = await loadFeed(payload, {
    page: pageFromQuery(query.trang),
    storyId: typeof query.bai === 'string' ? query.bai : undefined,
  })
  return <Timeline feed={feed} basePath={basePath} />
}
