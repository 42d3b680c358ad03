import { loadOverview } from '../figures/overview'
import { boardEndpoint, queryOf } from './shared'

/**
 * `GET /api/insights/overview?from=YYYY-MM-DD&to=YYYY-MM-DD&area=&format=&unit=&author=` (board,
 * admins): the period's posts with their figures, totals, the breakdowns, followers over time,
 * rebuttals and the inbox's response times.
 */
export const overviewEndpoint = boardEndpoint('get', '/insights/overview', async (req) => {
  const query = queryOf(req)
  if (query instanceof Response) return query
  return Response.json(await loadOverview(req.payload, query))
})

/** `GET /api/insights/filters`: the areas, units and collaborators the screen's filters offer. */
export const filtersEndpoint = boardEndpoint('get', '/insights/filters', async (req) => {
  const [areas, units, authors] = await Promise.all(
    (['areas', 'units', 'users'] as const).map((collection) =>
      req.payload.find({
        collection,
        where: collection === 'users' ? { roles: { in: ['collaborator'] } } : undefined,
        select: { name: true },
        sort: 'name',
        depth: 0,
        limit: 0,
        pagination: false,
      }),
    ),
  )
  const named = (docs: unknown[]) =>
    (docs as { id: string | number; name?: string }[]).map((doc) => ({
      id: String(doc.id),
      name: doc.name ?? String(doc.id),
    }))
  return Response.json({ areas: named(areas!.docs), units: named(units!.docs), authors: named(authors!.docs) })
})
