import { StageBadge } from '../../StageBadge'
import { queueSearch, queuesFor } from '../../queues/queues'
import { Clock } from '../Clock'
import { type DashboardContext, loadSafely } from '../context'
import { loadAreaQueue } from '../data/editor'
import { nameOf } from '../data/rows'
import { FailedPanel, Panel, Row, Rows } from '../Panel'

/** The area editor's queue: submitted and in-review stories of their areas, oldest first. */
export const EditorSection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links, adminRoute } = ctx
  const queue = await loadSafely(ctx, 'area-queue', () => loadAreaQueue(ctx.viewer, ctx.actor))
  if (!queue)
    return (
      <FailedPanel id="area-queue" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:areaQueueTitle')} />
    )
  const areaQueue = queuesFor(ctx.viewer.user).find((candidate) => candidate.key === 'area')
  return (
    <Panel
      count={queue.totalDocs}
      empty={tr.t('newsroom:noAreaQueue')}
      id="area-queue"
      more={
        areaQueue
          ? { href: `${adminRoute}/collections/stories?${queueSearch(areaQueue)}`, label: tr.t('newsroom:seeAll') }
          : undefined
      }
      title={tr.t('newsroom:areaQueueTitle')}
    >
      {queue.docs.length > 0 ? (
        <Rows>
          {queue.docs.map((story) => (
            <Row
              attributes={{ 'data-stage': story.stage }}
              href={links.doc('stories', story.id)}
              key={String(story.id)}
              meta={
                <>
                  <StageBadge size="small" stage={story.stage} />
                  <span>{nameOf(story.area)}</span>
                </>
              }
              side={story.stageChangedAt ? <Clock at={story.stageChangedAt} kind="waiting" /> : null}
              title={story.title ?? `#${story.id}`}
            />
          ))}
        </Rows>
      ) : null}
    </Panel>
  )
}
