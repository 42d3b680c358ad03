import { Button } from '@payloadcms/ui'
import Link from 'next/link'

import { STAGES } from '../../../workflow/stages'
import { STAGE_LABELS } from '../../../workflow/labels'
import { StageBadge } from '../../StageBadge'
import { vnDateTime } from '../../../time/vietnam'
import { type DashboardContext, loadSafely } from '../context'
import { latestRequest, loadMyStories, needsMyAction } from '../data/collaborator'
import { FailedPanel, Panel, Row, Rows } from '../Panel'
import { MyReachSection } from './MyReach'

/** The collaborator's own stories: how many in each stage, and what is waiting on them. */
export const CollaboratorSection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links, actor } = ctx
  const mine = await loadSafely(ctx, 'my-stories', () => loadMyStories(ctx.viewer, actor.id))
  if (!mine)
    return (
      <FailedPanel id="my-stories" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:myActionsTitle')} />
    )
  const counts = STAGES.map((stage) => [stage, mine.docs.filter((story) => story.stage === stage).length] as const)
  const todo = needsMyAction(mine.docs)
  const byStage = (stage: string) =>
    links.list('stories', { and: [{ author: { equals: actor.id } }, { stage: { equals: stage } }] }, '-updatedAt')

  return (
    <div className="newsroom-dashboard__grid">
      <Panel
        count={todo.length}
        empty={tr.t('newsroom:nothingForMe')}
        id="my-actions"
        title={tr.t('newsroom:myActionsTitle')}
        tone={todo.some((story) => story.stage === 'changes_requested') ? 'urgent' : 'normal'}
      >
        {todo.length > 0 ? (
          <Rows>
            {todo.map((story) => (
              <Row
                attributes={{ 'data-stage': story.stage }}
                href={links.doc('stories', story.id)}
                key={String(story.id)}
                meta={
                  story.stage === 'changes_requested' ? (
                    <span className="newsroom-row__note">{latestRequest(story) ?? ''}</span>
                  ) : (
                    <span>{tr.t('newsroom:updatedAtLabel', { at: vnDateTime(story.updatedAt) })}</span>
                  )
                }
                side={<StageBadge size="small" stage={story.stage} />}
                title={story.title ?? `#${story.id}`}
              />
            ))}
          </Rows>
        ) : null}
      </Panel>
      <Panel count={mine.totalDocs} id="my-stories" title={tr.t('newsroom:myStoriesTitle')}>
        <ul className="newsroom-stage-counts">
          {counts
            .filter(([, count]) => count > 0)
            .map(([stage, count]) => (
              <li key={stage}>
                <Link href={byStage(stage)} prefetch={false} title={tr.pick(STAGE_LABELS[stage])}>
                  <StageBadge stage={stage} />
                  <span className="newsroom-stage-counts__n">{count}</span>
                </Link>
              </li>
            ))}
        </ul>
        <Button
          buttonStyle="primary"
          el="link"
          margin={false}
          size="medium"
          to={`${ctx.adminRoute}/collections/stories/create`}
        >
          {tr.t('newsroom:writeStory')}
        </Button>
      </Panel>
      <MyReachSection ctx={ctx} />
    </div>
  )
}
