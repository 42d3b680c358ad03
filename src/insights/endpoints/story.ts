import type { Endpoint } from 'payload'

import { canSeeStoryFigures } from '../../../access/canSeeStoryFigures'
import { loadStorySeries } from '../figures/storySeries'
import { refuse } from '../messages'
import { signedIn } from './shared'

/**
 * `GET /api/insights/story/:id`: one story's figures and their growth day by day, for the story
 * panel. The story is read as the caller may read it (else 404); its figures are for the board, its
 * author and its area's editors (else 403).
 */
export const storyFiguresEndpoint: Endpoint = {
  path: '/insights/story/:id',
  method: 'get',
  handler: async (req) => {
    const actor = signedIn(req)
    if (actor instanceof Response) return actor
    const id = String(req.routeParams?.id ?? '')
    const story = await req.payload
      .findByID({
        collection: 'stories',
        id,
        select: { author: true, area: true, stage: true, page: true },
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      .catch(() => null)
    if (!story) return refuse(req, 'story_not_found', 404)
    if (!canSeeStoryFigures(actor, story as never)) return refuse(req, 'story_figures_hidden', 403)
    return Response.json(await loadStorySeries(req.payload, story.id))
  },
}
