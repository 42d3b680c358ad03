import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { defaultInsightsQuery, parseInsightsQuery } from '../../insights/figures/query'
import { hasAnyRole } from '../../workflow/roles'
import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { serverTranslation } from '../dashboard/serverI18n'
import { InsightsScreen } from './InsightsScreen'
import './Insights.scss'

const PATH = '/so-lieu'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/so-lieu`: the board's insights (followers, reach and engagement per post and per area,
 * format, collaborator, unit, hour and weekday, rebuttals) and its reports. The figures come from
 * `/api/insights/overview`, which checks the role again.
 */
export const InsightsView = (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const tr = serverTranslation(req.i18n)
  const allowed = hasAnyRole(toActor(req.user), ['board', 'admin'])
  const asked = Object.fromEntries(
    ['from', 'to', 'page', 'area', 'format', 'unit', 'author'].map((key) => [key, first(props.searchParams?.[key])]),
  )
  const parsed = parseInsightsQuery(asked)
  // A link with a bad period or filter opens on this month rather than on an error.
  const initial = parsed.ok ? parsed.value : defaultInsightsQuery()

  return (
    <NewsroomViewShell className="newsroom-insights" path={PATH} title={tr.t('newsroom:insightsTitle')} view={props}>
      <header className="newsroom-insights__header">
        <h1>{tr.t('newsroom:insightsTitle')}</h1>
      </header>
      {allowed ? (
        <InsightsScreen
          apiRoute={req.payload.config.routes.api}
          adminRoute={req.payload.config.routes.admin}
          initial={initial}
          path={PATH}
        />
      ) : (
        <p className="newsroom-insights__denied">{tr.t('newsroom:insightsDenied')}</p>
      )}
    </NewsroomViewShell>
  )
}
