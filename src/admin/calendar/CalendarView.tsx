import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { hasAnyRole } from '../../workflow/roles'
import { serverTranslation } from '../dashboard/serverI18n'
import { CalendarGrid } from './CalendarGrid'
import { CalendarToolbar } from './CalendarToolbar'
import { parseCalendarQuery, periodOf } from './calendarRange'
import { loadAreas, loadEntries } from './loadCalendar'
import { NewsroomViewShell } from './NewsroomViewShell'
import { localDay } from '../../time/vietnam'
import './Calendar.scss'

const PATH = '/lich-dang'

/** `/admin/lich-dang`: what goes out when, week or month, for the board, area editors and admins. */
export const CalendarView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const tr = serverTranslation(req.i18n)
  const actor = toActor(req.user)
  const allowed = hasAnyRole(actor, ['board', 'editor', 'admin'])

  const body = async () => {
    if (!allowed) return <p className="newsroom-calendar__denied">{tr.t('newsroom:calendarDenied')}</p>
    const today = localDay(new Date())
    const query = parseCalendarQuery(props.searchParams, today)
    const period = periodOf(query)
    const everyArea = await loadAreas(req.payload, req.user)
    // An editor reads only their own areas' publications: other areas' filters would always be empty.
    const areas = hasAnyRole(actor, ['board', 'admin'])
      ? everyArea
      : everyArea.filter((candidate) => actor?.areas.some((id) => String(id) === candidate.id))
    const area = areas.some((candidate) => candidate.id === query.area) ? query.area : null
    const entries = await loadEntries(req.payload, req.user, period, area)
    return (
      <>
        <CalendarToolbar
          base={`${req.payload.config.routes.admin}${PATH}`}
          areas={areas}
          period={period}
          query={{ ...query, area }}
          today={today}
          tr={tr}
        />
        <CalendarGrid
          adminRoute={req.payload.config.routes.admin}
          areas={areas}
          entries={entries}
          period={period}
          today={today}
          tr={tr}
        />
      </>
    )
  }

  return (
    <NewsroomViewShell className="newsroom-calendar" path={PATH} title={tr.t('newsroom:calendarTitle')} view={props}>
      <header className="newsroom-calendar__header">
        <h1>{tr.t('newsroom:calendarTitle')}</h1>
        {allowed ? <p className="newsroom-calendar__zone">{tr.t('newsroom:calendarZone')}</p> : null}
      </header>
      {await body()}
    </NewsroomViewShell>
  )
}
