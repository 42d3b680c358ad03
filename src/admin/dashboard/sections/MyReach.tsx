import { loadMyMonth } from '../../../insights/figures/myMonth'
import { dayLabel, vnDateTime } from '../../../time/vietnam'
import { formatNumber } from '../../insights/numbers'
import { type DashboardContext, loadSafely } from '../context'
import { FailedPanel, Panel, Row, Rows } from '../Panel'

/** The collaborator's own reach this month: the month's total and their best-read stories. */
export const MyReachSection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links, actor } = ctx
  const title = tr.t('newsroom:myReachTitle')
  const month = await loadSafely(ctx, 'my-reach', () => loadMyMonth(ctx.viewer.payload, actor.id, ctx.now))
  if (!month) return <FailedPanel id="my-reach" message={tr.t('newsroom:sectionFailed')} title={title} />
  return (
    <Panel id="my-reach" title={title}>
      <p className="newsroom-my-reach">
        <strong data-reach={month.reach}>{formatNumber(month.reach)}</strong>{' '}
        <span>
          {tr.t('newsroom:insightsColReach').toLowerCase()} · {tr.t('newsroom:myReachPosts', { count: month.posts })} ·{' '}
          {dayLabel(month.from, false)}–{dayLabel(month.to)}
        </span>
      </p>
      {month.stories.length > 0 ? (
        <Rows>
          {month.stories.map((story) => (
            <Row
              href={links.doc('stories', story.storyId)}
              key={String(story.storyId)}
              meta={<span>{vnDateTime(story.publishedAt)}</span>}
              side={<span>{formatNumber(story.reach)}</span>}
              title={story.title}
            />
          ))}
        </Rows>
      ) : null}
    </Panel>
  )
}
