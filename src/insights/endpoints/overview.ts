import type { Where } from 'payload'

import { loadOverview } from '../figures/overview'
import { boardEndpoint, pageScopeOf, queryOf } from './shared'

/**
 * `GET /api/insights/overview?from=YYYY-MM-DD&to=YYYY-MM-DD&area=&format=&unit=&author=` (board,
 * admins): the period's posts with their figures, totals, the breakdowns, followers over time,
 * rebuttals and the inbox's response times.
 */
export const overviewEndpoint = boardEndpoint('get', '/insights/overview', async (req, actor) => {
  const query = queryOf(req)
  if (query instanceof Response) return query
  const pages = pageScopeOf(req, actor, query.page)
  if (pages instanceof Response) return pages
  return Response.json(await loadOverview(req.payload, query, pages))
})

/**
 * `GET /api/insights/filters`: the pages, areas, units and collaborators the screen's filters offer,
 * as this reader may read them (a board member: their pages' areas and people).
 */
export const filtersEndpoint = boardEndpoint('get', '/insights/filters', async (req) => {
  const find = (collection: 'pages' | 'areas' | 'units' | 'users', where?: Where) =>
    req.payload.find({
      collection,
      where,
      select: { name: true },
      sort: 'name',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
    })
  const [pages, areas, units, authors] = await Promise.all([
    find('pages'),
    find('areas'),
    find('units'),
    find('users', { roles: { in: ['collaborator'] } }),
  ])
  const named = (docs: unknown[]) =>
    (docs as { id: string | number; name?: string }[]).map((doc) => ({
      id: String(doc.id),
      name: doc.name ?? String(doc.id),
    }))
  return Response.json({
    pages: named(pages.docs),
    areas: named(areas.docs),
    units: named(units.docs),
    authors: named(authors.docs),
  })
})
