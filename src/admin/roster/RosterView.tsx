import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { dutyPeople } from '../../roster/people'
import { isDay, localDay, mondayOf } from '../../time/vietnam'
import { loadWeek, upcomingShiftsOf } from '../../roster/weekData'
import { hasAnyRole, hasRole } from '../../workflow/roles'
import { NewsroomViewShell, signedInUser } from '../calendar/NewsroomViewShell'
import { serverTranslation } from '../dashboard/serverI18n'
import { RosterHidden } from './RosterHidden'
import { RosterScreen } from './RosterScreen'
import './RosterView.scss'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/lich-truc`: the duty roster a week at a time, in the admin's chrome (bell included). The
 * shell sends a visitor who is not signed in to the login page; the board and admins edit, the duty
 * team reads and sees its own shifts.
 */
export const RosterView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const asked = first(view.searchParams?.tuan)
  const path = `/lich-truc${asked ? `?tuan=${encodeURIComponent(asked)}` : ''}` as const
  const user = signedInUser(req, path)

  const tr = serverTranslation(req.i18n)
  const actor = toActor(user)
  const now = new Date()
  const thisMonday = mondayOf(localDay(now))
  const monday = isDay(asked) ? mondayOf(asked) : thisMonday
  const mayRead = hasAnyRole(actor, ['duty', 'board', 'admin'])
  const mayEdit = hasAnyRole(actor, ['board', 'admin'])

  const content = mayRead ? (
    <RosterScreen
      candidates={mayEdit ? await dutyPeople(payload) : undefined}
      key={monday}
      me={user.id}
      mine={hasRole(actor, 'duty') ? await upcomingShiftsOf(payload, user.id, { now }) : undefined}
      now={now.toISOString()}
      settingsUrl={hasRole(actor, 'admin') ? `${adminRoute}/globals/duty-settings` : undefined}
      thisMonday={thisMonday}
      week={await loadWeek(payload, monday, { now })}
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
