import { PublicationStateBadge } from '../../publications/PublicationStateBadge'
import { vnDateTime } from '../../../time/vietnam'
import { PUBLICATION_FILTERS } from '../../publications/filters'
import { type DashboardContext, loadSafely } from '../context'
import { loadAlerts } from '../data/board'
import { nameOf } from '../data/rows'
import { FailedPanel, Panel, Row, Rows } from '../Panel'

/** At the very top for the board and admins: failed or unconfirmed posts, channels to reconnect. */
export const AlertsSection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links } = ctx
  const loaded = await loadSafely(ctx, 'alerts', () => loadAlerts(ctx.viewer, ctx.actor))
  if (!loaded)
    return <FailedPanel id="alerts" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:alertsTitle')} />
  const { problems, channels } = loaded
  if (problems.totalDocs === 0 && channels.totalDocs === 0) {
    return (
      <p className="newsroom-dashboard__all-clear" data-section="alerts-clear">
        ✓ {tr.t('newsroom:allClear')}
      </p>
    )
  }
  const problemFilter = PUBLICATION_FILTERS.find((filter) => filter.key === 'problems')!
  return (
    <Panel
      count={problems.totalDocs + channels.totalDocs}
      id="alerts"
      more={{
        href: links.list('publications', problemFilter.where, problemFilter.sort),
        label: tr.t('newsroom:seeAllProblems'),
      }}
      title={tr.t('newsroom:alertsTitle')}
      tone="danger"
    >
      <Rows>
        {channels.docs.map((channel) => (
          <Row
            attributes={{ 'data-alert': 'channel' }}
            href={links.doc('channels', channel.id)}
            key={`channel-${channel.id}`}
            meta={tr.t('newsroom:reconnectHint')}
            side={<span className="newsroom-flag newsroom-flag--danger">{tr.t('newsroom:needsReconnect')}</span>}
            title={tr.t('newsroom:channelNeedsReconnect', { name: channel.name ?? String(channel.id) })}
          />
        ))}
        {problems.docs.map((publication) => (
          <Row
            attributes={{ 'data-alert': 'publication', 'data-state': publication.state }}
            href={links.doc('publications', publication.id)}
            key={`publication-${publication.id}`}
            meta={
              <>
                <span>{nameOf(publication.channel)}</span>
                <span>{tr.t('newsroom:dueAtLabel', { at: vnDateTime(publication.scheduledFor) })}</span>
                <span>{tr.t('newsroom:attemptsLabel', { count: publication.attempts ?? 0 })}</span>
                {publication.lastError ? <span className="newsroom-row__error">{publication.lastError}</span> : null}
              </>
            }
            side={<PublicationStateBadge size="medium" state={publication.state} />}
            title={nameOf(publication.story) ?? `#${publication.id}`}
          />
        ))}
      </Rows>
    </Panel>
  )
}
