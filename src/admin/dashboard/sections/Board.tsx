import { dayLabel, vnClock, vnDateTime } from '../../../time/vietnam'
import { PublicationStateBadge } from '../../publications/PublicationStateBadge'
import { queueSearch, queuesFor } from '../../queues/queues'
import { Clock } from '../Clock'
import { type DashboardContext, loadSafely } from '../context'
import { loadBoardDesk } from '../data/board'
import { nameOf } from '../data/rows'
import { FailedPanel, Panel, Row, Rows } from '../Panel'
import { InboxItemRow } from './inboxRow'

/** The board's desk, most pressing first: urgent rebuttals, approvals, today's posts, late inbox. */
export const BoardSections = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links, now, today, adminRoute } = ctx
  const loaded = await loadSafely(ctx, 'board', () => loadBoardDesk(ctx.viewer, ctx.actor, now, today))
  if (!loaded)
    return <FailedPanel id="board" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:approvalsTitle')} />
  const { urgent, approvals, todays, overdue } = loaded
  const boardQueue = queuesFor(ctx.viewer.user).find((queue) => queue.key === 'board')

  return (
    <>
      {urgent.length > 0 ? (
        <Panel count={urgent.length} id="urgent-rebuttals" title={tr.t('newsroom:urgentTitle')} tone="urgent">
          <Rows>
            {urgent.map((story) => (
              <Row
                attributes={{ 'data-story': String(story.id) }}
                href={links.doc('stories', story.id)}
                key={String(story.id)}
                meta={
                  <>
                    <span className="newsroom-flag newsroom-flag--urgent">{tr.t('newsroom:urgentBadge')}</span>
                    {story.submittedAt ? (
                      <span>{tr.t('newsroom:submittedAtLabel', { at: vnDateTime(story.submittedAt) })}</span>
                    ) : null}
                  </>
                }
                side={story.submittedAt ? <Clock at={story.submittedAt} kind="rebuttal" /> : null}
                title={story.title ?? `#${story.id}`}
              />
            ))}
          </Rows>
        </Panel>
      ) : null}
      <div className="newsroom-dashboard__grid">
        <Panel
          count={approvals.totalDocs}
          empty={tr.t('newsroom:noApprovals')}
          id="approvals"
          more={
            boardQueue
              ? { href: `${adminRoute}/collections/stories?${queueSearch(boardQueue)}`, label: tr.t('newsroom:seeAll') }
              : undefined
          }
          title={tr.t('newsroom:approvalsTitle')}
        >
          {approvals.docs.length > 0 ? (
            <Rows>
              {approvals.docs.map((story) => (
                <Row
                  href={links.doc('stories', story.id)}
                  key={String(story.id)}
                  meta={nameOf(story.area)}
                  side={story.stageChangedAt ? <Clock at={story.stageChangedAt} kind="waiting" /> : null}
                  title={story.title ?? `#${story.id}`}
                />
              ))}
            </Rows>
          ) : null}
        </Panel>
        <Panel
          count={todays.totalDocs}
          empty={tr.t('newsroom:nothingToday')}
          id="today"
          more={{ href: `${adminRoute}/lich-dang`, label: tr.t('newsroom:openCalendar') }}
          title={tr.t('newsroom:todayTitle', { day: dayLabel(today) })}
        >
          {todays.docs.length > 0 ? (
            <Rows>
              {todays.docs.map((publication) => (
                <Row
                  attributes={{ 'data-state': publication.state }}
                  href={links.doc('publications', publication.id)}
                  key={String(publication.id)}
                  meta={nameOf(publication.channel)}
                  side={<PublicationStateBadge state={publication.state} />}
                  title={
                    <>
                      <span className="newsroom-row__time">{vnClock(publication.scheduledFor)}</span>
                      {nameOf(publication.story) ?? `#${publication.id}`}
                    </>
                  }
                />
              ))}
            </Rows>
          ) : null}
        </Panel>
      </div>
      <Panel
        count={overdue.totalDocs}
        empty={tr.t('newsroom:noOverdueInbox')}
        id="overdue-inbox"
        more={{ href: links.list('inbox', undefined, 'dueAt'), label: tr.t('newsroom:openInbox') }}
        title={tr.t('newsroom:overdueInboxTitle')}
        tone={overdue.totalDocs > 0 ? 'danger' : 'normal'}
      >
        {overdue.docs.length > 0 ? (
          <Rows>
            {overdue.docs.map((item) => (
              <InboxItemRow item={item} key={String(item.id)} links={links} showAssignee tr={tr} />
            ))}
          </Rows>
        ) : null}
      </Panel>
    </>
  )
}
