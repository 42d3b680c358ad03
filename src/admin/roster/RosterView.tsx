import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { dutyPeople } from '../../roster/people'
import { isDay, localDay, mondayOf } from '../../time/vietnam'
import { loadWeek, upcomingShiftsOf } from '../../roster/weekData'
import { hasAnyRole, hasRole } from '../../workflow/roles'
import { RosterHidden } from './RosterHidden'
import { RosterScreen } from './RosterScreen'
import './RosterView.scss'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/lich-truc`: the duty roster a week at a time. Custom views are public by default, so the
 * user is checked here; the board and admins edit, the duty team reads and sees its own shifts.
 */
export const RosterView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const asked = first(searchParams?.tuan)
  if (!user) {
    const back = `${adminRoute}/lich-truc${asked ? `?tuan=${encodeURIComponent(asked)}` : ''}`
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(back)}`)
  }

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
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: { vi: 'Lịch trực trang', en: 'Duty roster' } }]} />
      <Gutter className="newsroom-roster-view">{content}</Gutter>
    </DefaultTemplate>
  )
}
