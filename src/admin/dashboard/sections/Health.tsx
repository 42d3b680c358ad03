import { newsroomHealth, type HealthCheck } from '../../../health/newsroomHealth'
import { vnDateTime } from '../../../time/vietnam'
import type { NewsroomKey } from '../../i18n'
import { type DashboardContext, loadSafely } from '../context'
import { FailedPanel, Panel } from '../Panel'

const CHECKS = ['database', 'delivery', 'inbox', 'email', 'insights', 'backup'] as const

const statusKey = (name: (typeof CHECKS)[number], check: HealthCheck): NewsroomKey =>
  name === 'backup' && check.status === 'stale' ? 'newsroom:health_backupStale' : `newsroom:health_${check.status}`

/**
 * The same checks as `/healthz`, for the board and admins: a stopped loop or an old backup shows here
 * before anyone notices posts not going out. Only when something is wrong is the card red.
 */
export const HealthSection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr } = ctx
  const health = await loadSafely(ctx, 'health', () => newsroomHealth(ctx.viewer.payload))
  if (!health)
    return <FailedPanel id="health" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:health_title')} />
  return (
    <Panel id="health" title={tr.t('newsroom:health_title')} tone={health.healthy ? 'normal' : 'danger'}>
      <ul className="newsroom-rows">
        {CHECKS.map((name) => {
          const check = health.checks[name]
          const bad = check.status === 'stale' || check.status === 'down'
          return (
            <li className="newsroom-row" data-check={name} data-status={check.status} key={name}>
              <div className="newsroom-row__main">
                <span className="newsroom-row__title">{tr.t(`newsroom:health_${name}`)}</span>
                {check.lastAt !== undefined ? (
                  <div className="newsroom-row__meta">
                    {check.lastAt
                      ? tr.t('newsroom:health_lastAt', { at: vnDateTime(check.lastAt) })
                      : tr.t('newsroom:health_never')}
                  </div>
                ) : null}
              </div>
              <div className="newsroom-row__side">
                <span className={bad ? 'newsroom-flag newsroom-flag--danger' : undefined}>
                  {tr.t(statusKey(name, check))}
                </span>
              </div>
            </li>
          )
        })}
      </ul>
    </Panel>
  )
}
