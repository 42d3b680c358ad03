import { CollectionCards } from '@payloadcms/next/rsc'
import { Gutter } from '@payloadcms/ui'
import type { InitPageResult, WidgetServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { requestLog } from '../../log/requestLog'
import { ROLE_LABELS } from '../../workflow/labels'
import { hasAnyRole, hasRole } from '../../workflow/roles'
import { dayLabel, localDay } from '../../time/vietnam'
import type { DashboardContext } from './context'
import { adminLinks } from './links'
import { AlertsSection } from './sections/Alerts'
import { BoardSections } from './sections/Board'
import { CollaboratorSection } from './sections/Collaborator'
import { DutySection } from './sections/Duty'
import { EditorSection } from './sections/Editor'
import { HealthSection } from './sections/Health'
import { serverTranslation } from './serverI18n'
import './Dashboard.scss'
import './flags.scss'

/**
 * The admin home: one desk per role the user holds (board, area editor, duty, collaborator), the
 * alerts that must interrupt the board on top, and Payload's collection cards below.
 */
export const Dashboard = async ({ initPageResult }: { initPageResult: InitPageResult }) => {
  const { req } = initPageResult
  const actor = toActor(req.user)
  if (!actor) return null
  const tr = serverTranslation(req.i18n)
  const adminRoute = req.payload.config.routes.admin
  const now = new Date()
  const ctx: DashboardContext = {
    viewer: { payload: req.payload, user: req.user },
    actor,
    log: requestLog(req.payload.logger, req.headers),
    tr,
    links: adminLinks(adminRoute),
    adminRoute,
    now,
    today: localDay(now),
  }
  const name = (req.user as { name?: string; email?: string }).name || (req.user as { email?: string }).email

  return (
    <Gutter className="newsroom-dashboard">
      <header className="newsroom-dashboard__header">
        <div>
          <h1>{tr.t('newsroom:hello', { name: name ?? '' })}</h1>
          <p className="newsroom-dashboard__roles">
            {actor.roles.map((role) => tr.pick(ROLE_LABELS[role])).join(' · ')}
          </p>
        </div>
        <p className="newsroom-dashboard__today">{tr.t('newsroom:todayIs', { day: dayLabel(ctx.today) })}</p>
      </header>
      {hasAnyRole(actor, ['board', 'admin']) ? <AlertsSection ctx={ctx} /> : null}
      {hasRole(actor, 'board') ? <BoardSections ctx={ctx} /> : null}
      {hasAnyRole(actor, ['board', 'admin']) ? <HealthSection ctx={ctx} /> : null}
      {hasRole(actor, 'editor') && actor.areas.length > 0 ? <EditorSection ctx={ctx} /> : null}
      {hasRole(actor, 'duty') ? <DutySection ctx={ctx} /> : null}
      {hasRole(actor, 'collaborator') ? <CollaboratorSection ctx={ctx} /> : null}
      <section className="newsroom-dashboard__collections" aria-label={tr.t('newsroom:collections')}>
        <CollectionCards {...({ req } as WidgetServerProps)} />
      </section>
    </Gutter>
  )
}
