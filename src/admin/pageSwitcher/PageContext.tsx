import { cookies } from 'next/headers'
import type { Payload } from 'payload'

import { toActor } from '../../auth/actor'
import { isOperator } from '../../fanpages/membership'
import { ALL_PAGES, PAGE_COOKIE, chosenPageIn } from './cookie'
import { PageSwitcher } from './PageSwitcher'

/** With one page, the lists' `page` column says the same thing on every row: hidden. */
const HIDE_PAGE_COLUMN = '.collection-list .cell-page, .collection-list #heading-page { display: none; }'

/**
 * Top of the nav: the page switcher for a user of several pages (admins: every page), listing the
 * pages they belong to by name; for everyone else, the page column of the lists hidden.
 */
export const PageContext = async ({ payload, user }: { payload: Payload; user?: unknown }) => {
  const actor = toActor(user)
  if (!actor) return null
  const operator = isOperator(actor)
  const memberOf = (actor.memberships ?? []).map((membership) => membership.page)
  const { docs } = await payload.find({
    collection: 'pages',
    where: operator ? {} : { id: { in: memberOf } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (docs.length < 2) return <style>{HIDE_PAGE_COLUMN}</style>
  const pages = docs.map((doc) => ({ id: String(doc.id), name: String(doc.name) }))
  const jar = await cookies()
  const chosen = chosenPageIn(`${PAGE_COOKIE}=${jar.get(PAGE_COOKIE)?.value ?? ''}`)
  return <PageSwitcher chosen={chosen && pages.some((page) => page.id === chosen) ? chosen : ALL_PAGES} pages={pages} />
}
