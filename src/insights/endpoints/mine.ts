import type { Endpoint } from 'payload'

import { loadMyMonth } from '../figures/myMonth'
import { signedIn } from './shared'

/**
 * `GET /api/insights/mine`: the reach of the caller's own stories published this month. Only their
 * own: the author is the caller, never a parameter.
 */
export const myFiguresEndpoint: Endpoint = {
  path: '/insights/mine',
  method: 'get',
  handler: async (req) => {
    const actor = signedIn(req)
    if (actor instanceof Response) return actor
    return Response.json(await loadMyMonth(req.payload, actor.id))
  },
}
