import type { Payload } from 'payload'

import { type Breakdowns, breakdownsOf, median, totalsOf } from './breakdowns'
import { type InboxFigures, loadInboxFigures } from './inboxFigures'
import { loadPageFigures, type PageFigures } from './pageFigures'
import { type Figures, loadPostFigures, matchesFilters, type PostFigures } from './postFigures'
import type { InsightsQuery, PageScope } from './query'
import { loadRebuttals, type RebuttalFigures } from './rebuttals'

export interface Overview extends Breakdowns {
  query: InsightsQuery
  totals: Figures & { posts: number; medianReach: number }
  page: PageFigures
  posts: PostFigures[]
  rebuttals: RebuttalFigures[]
  inbox: InboxFigures
}

/**
 * Everything the insights screen and the report show for a period. The period's posts are read once
 * (reduced per post in the database), unfiltered, so that a rebuttal is still compared with all of
 * its area's posts; the screen's filters then apply to that list.
 */
export const loadOverview = async (payload: Payload, query: InsightsQuery, pages: PageScope): Promise<Overview> => {
  const period = { ...query, area: null, format: null, unit: null, author: null }
  const [all, page, inbox] = await Promise.all([
    loadPostFigures(payload, period, pages),
    loadPageFigures(payload, query, pages),
    loadInboxFigures(payload, query, pages),
  ])
  const posts = all.filter(matchesFilters(query))
  return {
    query,
    totals: { posts: posts.length, ...totalsOf(posts), medianReach: median(posts.map((post) => post.reach)) },
    page,
    posts,
    ...breakdownsOf(posts),
    rebuttals: await loadRebuttals(payload, posts, all),
    inbox,
  }
}
