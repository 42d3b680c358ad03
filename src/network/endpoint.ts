import type { Endpoint } from 'payload'

import { networkPagesOf } from '../../access/canReadNetwork'
import { networkFigures } from './figures'
import { refuse } from './messages'
import { periodFrom } from './period'

/**
 * `GET /api/network/figures?from=YYYY-MM-DD&to=YYYY-MM-DD`: the district view's figures of every page
 * the user may follow (`networkPagesOf`): counts and times, no documents. 403 for anyone else.
 */
export const networkFiguresEndpoint: Endpoint = {
  path: '/network/figures',
  method: 'get',
  handler: async (req) => {
    const pages = await networkPagesOf(req.payload, req.user)
    if (!pages) return refuse(req, 'not_permitted', req.user ? 403 : 401)
    const now = new Date()
    const period = periodFrom(req.query ?? {}, now)
    if (!period) return refuse(req, 'bad_period', 400)
    const figures = await networkFigures(req.payload, { pages, from: period.from, to: period.to, now })
    return Response.json(
      { from: period.fromDay, to: period.toDay, now: now.toISOString(), pages: figures },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
