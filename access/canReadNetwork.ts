import type { Payload } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { isOperator, pagesWhereRole } from '../src/fanpages/membership'
import { type Id, sameId } from '../src/workflow/roles'

interface PagePlace {
  id: Id
  name: string
  level: string
  parent: Id | null
}

const byName = (a: PagePlace, b: PagePlace) => a.name.localeCompare(b.name, 'vi')

/** Each district page followed by the grassroots pages under it, by name; pages under none last. */
const inNetworkOrder = (pages: PagePlace[], districts: PagePlace[]): Id[] => {
  const placed = districts
    .sort(byName)
    .flatMap((district) => [
      district,
      ...pages.filter((page) => page.level !== 'district' && sameId(page.parent, district.id)).sort(byName),
    ])
  const rest = pages.filter((page) => !placed.some((shown) => sameId(shown.id, page.id))).sort(byName)
  return [...placed, ...rest].map((page) => page.id)
}

/**
 * The pages whose figures a user may see in the district view, in the order it shows them: every page
 * for an admin; for the board of a district page, that page and the grassroots pages under it. `null`
 * for anyone else (a grassroots board included): they may not open the view. Figures only — the
 * pages' documents stay behind their own access rules.
 */
export const networkPagesOf = async (payload: Payload, user: unknown): Promise<Id[] | null> => {
  const actor = toActor(user as never)
  if (!actor) return null
  const operator = isOperator(actor)
  const boardOf = pagesWhereRole(actor, ['board'])
  if (!operator && boardOf.length === 0) return null
  const { docs } = await payload.find({
    collection: 'pages',
    where: operator ? {} : { or: [{ id: { in: boardOf } }, { parent: { in: boardOf } }] },
    select: { name: true, level: true, parent: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pages = docs.map((doc) => ({
    id: doc.id as Id,
    name: String(doc.name),
    level: String(doc.level),
    parent: relationId(doc.parent as never),
  }))
  const districts = pages.filter(
    (page) => page.level === 'district' && (operator || boardOf.some((id) => sameId(id, page.id))),
  )
  if (!operator && districts.length === 0) return null
  // A board member of a grassroots page sees nothing of it here, even when they also sit on a district board.
  const shown = operator
    ? pages
    : pages.filter((page) => districts.includes(page) || districts.some((district) => sameId(district.id, page.parent)))
  return inNetworkOrder(shown, districts)
}

/** Who opens the district view (`/admin/network`) and `GET /api/network/figures`. */
export const canReadNetwork = async (payload: Payload, user: unknown): Promise<boolean> =>
  (await networkPagesOf(payload, user)) !== null
