import type { Endpoint } from 'payload'

import { totalsOf } from '../figures/breakdowns'
import { loadPostFigures } from '../figures/postFigures'
import { thisMonth } from '../figures/query'
import { signedIn } from './shared'

/**
 * `GET /api/insights/mine`: the reach of the caller's own stories published this month (the
 * collaborator's dashboard). Only their own: the author filter is the caller, never a parameter.
 */
export const myFiguresEndpoint: Endpoint = {
  path: '/insights/mine',
  method: 'get',
  handler: async (req) => {
    const actor = signedIn(req)
    if (actor instanceof Response) return actor
    const month = thisMonth()
    const posts = await loadPostFigures(req.payload, {
      ...month,
      area: null,
      format: null,
      unit: null,
      author: String(actor.id),
    })
    return Response.json({
      ...month,
      posts: posts.length,
      ...totalsOf(posts),
      stories: posts
        .sort((a, b) => b.reach - a.reach)
        .slice(0, 5)
        .map(({ storyId, title, reach, engagement, publishedAt }) => ({
          storyId,
          title,
          reach,
          engagement,
          publishedAt,
        })),
    })
  },
}
