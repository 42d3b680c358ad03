import type { AdminViewServerProps, Payload } from 'payload'

import { toActor } from '../../auth/actor'
import { actorInPage, isOperator, pagesWhereRole } from '../../fanpages/membership'
import { dutyPeople } from '../../roster/people'
import { isDay, localDay, mondayOf } from '../../time/vietnam'
import { loadWeek, upcomingShiftsOf } from '../../roster/weekData'
import { type Actor, hasAnyRole, hasRole, type Id, sameId } from '../../workflow/roles'
import { NewsroomViewShell, signedInUser } from '../calendar/NewsroomViewShell'
import { serverTranslation } from '../dashboard/serverI18n'
import { PagePicker, type PickablePage } from './PagePicker'
import { RosterHidden } from './RosterHidden'
import { RosterScreen } from './RosterScreen'
import './RosterView.scss'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The pages whose roster the user may see: where they are on duty or on the board (every page for admins). */
const rosterPages = async (payload: Payload, actor: Actor): Promise<PickablePage[]> => {
  const ids = pagesWhereRole(actor, ['duty', 'board'])
  if (!isOperator(actor) && ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'pages',
    where: isOperator(actor) ? {} : { id: { in: ids } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pages = docs.map((page) => ({ id: page.id as Id, name: String(page.name ?? page.id) }))
  // Their own pages first, in membership order: the first is the one shown when none is asked for.
  const rank = (page: PickablePage) => {
    const index = ids.findIndex((id) => sameId(id, page.id))
    return index === -1 ? ids.length : index
  }
  return pages.sort((a, b) => rank(a) - rank(b))
}

/**
 * `/admin/lich-truc?page=…`: one page's duty roster a week at a time, in the admin's chrome (bell
 * included). The shell sends a visitor who is not signed in to the login page; that page's board and
 * admins edit, its duty team reads and sees its own shifts. People of several pages pick the page.
 */
export const RosterView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const asked = first(view.searchParams?.tuan)
  const askedPage = first(view.searchParams?.page)
  const query = [
    askedPage ? `page=${encodeURIComponent(askedPage)}` : '',
    asked ? `tuan=${encodeURIComponent(asked)}` : '',
  ].filter(Boolean)
  const path = `/lich-truc${query.length > 0 ? `?${query.join('&')}` : ''}` as const
  const user = signedInUser(req, path)

  const tr = serverTranslation(req.i18n)
  const actor = toActor(user)!
  const now = new Date()
  const thisMonday = mondayOf(localDay(now))
  const monday = isDay(asked) ? mondayOf(asked) : thisMonday
  const pages = await rosterPages(payload, actor)
  const page = (pages.find((candidate) => sameId(candidate.id, askedPage)) ?? pages[0])?.id
  const inPage = page === undefined ? null : actorInPage(actor, page)
  const mayRead = inPage !== null && hasAnyRole(inPage, ['duty', 'board', 'admin'])
  const mayEdit = inPage !== null && hasAnyRole(inPage, ['board', 'admin'])
  const rosterPath = (id: Id) => `${adminRoute}/lich-truc?page=${encodeURIComponent(String(id))}`

  const content =
    mayRead && page !== undefined ? (
      <RosterScreen
        candidates={mayEdit ? await dutyPeople(payload, page) : undefined}
        key={`${String(page)}|${monday}`}
        me={user.id}
        mine={hasRole(actor, 'duty') ? await upcomingShiftsOf(payload, user.id, { now }) : undefined}
        now={now.toISOString()}
        picker={<PagePicker current={page} hrefOf={rosterPath} label={tr.t('newsroom:roster_page')} pages={pages} />}
        rosterPath={pages.length > 1 ? rosterPath(page) : undefined}
        settingsUrl={hasRole(actor, 'admin') ? `${adminRoute}/collections/pages/${String(page)}` : undefined}
        thisMonday={thisMonday}
        week={await loadWeek(payload, page, monday, { now })}
      />
    ) : (
      <RosterHidden />
    )

  return (
    <NewsroomViewShell className="newsroom-roster-view" path={path} title={tr.t('newsroom:roster_title')} view={view}>
      {content}
    </NewsroomViewShell>
  )
}
