import type { Payload } from 'payload'

import type { Id } from '../../workflow/roles'
import { totalsOf } from './breakdowns'
import { loadPostFigures } from './postFigures'
import { thisMonth } from './query'

/**
 * The reach of one author's stories published this month (Vietnam time), with their five best:
 * what a collaborator sees of their own work (their dashboard, `GET /api/insights/mine`).
 */
export const loadMyMonth = async (payload: Payload, author: Id, now = new Date()) => {
  const month = thisMonth(now)
  // Their own stories, in whichever page they were written.
  const posts = await loadPostFigures(
    payload,
    { ...month, area: null, format: null, unit: null, author: String(author), page: null },
    null,
  )
  return {
    ...month,
    posts: posts.length,
    ...totalsOf(posts),
    stories: [...posts]
      .sort((a, b) => b.reach - a.reach)
      .slice(0, 5)
      .map(({ storyId, title, reach, engagement, publishedAt }) => ({
        storyId,
        title,
        reach,
        engagement,
        publishedAt,
      })),
  }
}

export type MyMonth = Awaited<ReturnType<typeof loadMyMonth>>
