import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import { compareAndSet } from '../../db/compareAndSet'
import { notifyStoryPublished } from '../../notifications/publishing'
import { WORKFLOW_TRANSITION } from '../../../hooks/stories/context'

/**
 * A scheduled story becomes `published` once every publication that is not cancelled has gone out.
 * The stage moves with a conditional update, so two workers finishing the last two publications at
 * once record it exactly once.
 */
export const completeStoryIfAllPublished = async (payload: Payload, storyRef: unknown, now: Date) => {
  const storyId = relationId(storyRef as never)
  if (storyId === null) return
  const pending = await payload.count({
    collection: 'publications',
    where: { and: [{ story: { equals: storyId } }, { state: { not_in: ['published', 'cancelled'] } }] },
  })
  if (pending.totalDocs > 0) return
  const at = now.toISOString()
  const moved = await compareAndSet(payload, {
    collection: 'stories',
    id: storyId,
    expect: { stage: 'scheduled' },
    set: { stage: 'published', stageChangedAt: at },
  })
  if (!moved) return
  const story = await payload.findByID({ collection: 'stories', id: storyId, depth: 0 })
  await payload.update({
    collection: 'stories',
    id: storyId,
    data: {
      history: [...(story.history ?? []), { action: 'auto_publish', from: 'scheduled', to: 'published', at }] as never,
    },
    context: { [WORKFLOW_TRANSITION]: true },
    overrideAccess: true,
    depth: 0,
  })
  await notifyStoryPublished(payload, storyId)
}

/**
 * A worker killed between recording a publication and moving its story leaves the story `scheduled`
 * with everything sent: the scheduler looks over scheduled stories now and then and finishes them.
 */
export const completeFinishedStories = async (payload: Payload, now: Date) => {
  const scheduled = await payload.find({
    collection: 'stories',
    where: { stage: { equals: 'scheduled' } },
    select: { id: true },
    depth: 0,
    limit: 200,
    pagination: false,
  })
  for (const story of scheduled.docs) await completeStoryIfAllPublished(payload, story.id, now)
}
