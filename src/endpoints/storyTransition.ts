import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { actorInPage } from '../fanpages/membership'
import { findVisible } from '../auth/visible'
import { compareAndSet } from '../db/compareAndSet'
import { messageFor, refusal } from '../i18n/errors'
import { errorResponse } from '../i18n/refusal'
import { notifyTransition } from '../notifications/transition'
import { PhotoFileMissing, takeApprovedContent } from '../publishing/approved/snapshot'
import { postLinksOf } from '../publishing/postLinks'
import { PublicationConflict, syncPublications } from '../publishing/syncPublications'
import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { availableActions, decideTransition, type StoryState, type TransitionRequest } from '../workflow/machine'
import type { Stage } from '../workflow/stages'
import { jsonBody } from './jsonBody'

/** Nobody signed in: the "not permitted" message, under its own code. */
const notSignedIn = (req: PayloadRequest) =>
  errorResponse('unauthorized', messageFor('not_permitted', req.i18n?.language), 401)

type StoryDoc = {
  id: string | number
  stage: Stage
  format?: string | null
  falseClaim?: { text?: string | null; link?: string | null } | null
  officialSources?: unknown[] | null
  submittedAt?: string | null
  author?: unknown
  contentEditedBy?: unknown
  area?: unknown
  title?: string | null
  channels?: unknown[] | null
  history?: Record<string, unknown>[] | null
  page?: unknown
}

export const storyState = (story: StoryDoc): StoryState => ({
  stage: story.stage,
  authorId: relationId(story.author as never),
  contentEditorId: relationId(story.contentEditedBy as never),
  areaId: relationId(story.area as never),
  title: story.title,
  channelIds: (story.channels ?? []).map((channel) => relationId(channel as never)!).filter((id) => id !== null),
  format: story.format,
  falseClaim: Boolean(story.falseClaim?.text?.trim() || story.falseClaim?.link?.trim()),
  officialSources: (story.officialSources ?? []).length,
})

/** What a transition writes besides the stage: the clock of a first submission, the urgent flag. */
const sideFields = (story: StoryDoc, action: string, at: string) =>
  action === 'submit' ? { submittedAt: story.submittedAt ?? at, urgent: story.format === 'rebuttal' } : {}

/** `POST /api/stories/:id/transition`: the only way a story changes stage. */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return notSignedIn(req)
    const body: TransitionRequest = await jsonBody(req)
    const id = String(req.routeParams?.id)

    const shouldCommit = await initTransaction(req)
    try {
      const story = await findVisible<StoryDoc>(req, 'stories', id)
      if (!story) {
        await killTransaction(req)
        return refusal(req, 'story_not_found', 404)
      }
      const decision = decideTransition(actorInPage(actor, relationId(story.page as never)), storyState(story), body)
      if (!decision.ok) {
        await killTransaction(req)
        return refusal(req, decision.code, decision.status)
      }

      const stageChangedAt = decision.entry.at
      const won = await compareAndSet(
        req.payload,
        {
          collection: 'stories',
          id: story.id,
          expect: { stage: story.stage },
          set: { stage: decision.to, stageChangedAt },
        },
        req,
      )
      if (!won) {
        await killTransaction(req)
        return refusal(req, 'conflict', 409)
      }

      // Taken after the stage moved, so that no edit can slip in between (see takeApprovedContent).
      const approvedContent = decision.entry.action === 'approve' ? await takeApprovedContent(req, story.id) : undefined
      await req.payload.update({
        collection: 'stories',
        id: story.id,
        data: {
          ...(approvedContent ? { approvedContent } : {}),
          stage: decision.to,
          stageChangedAt,
          ...sideFields(story, decision.entry.action, stageChangedAt),
          history: [...(story.history ?? []), decision.entry] as never,
          ...(decision.publication
            ? { publishAt: decision.publication.publishAt, channels: [...decision.publication.channelIds] as never }
            : {}),
        },
        context: { [WORKFLOW_TRANSITION]: true },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await syncPublications(req, story.id, story.title ?? '', decision)
      await notifyTransition(req, story, decision)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      if (error instanceof PublicationConflict) return refusal(req, error.code, 409)
      if (error instanceof PhotoFileMissing) return refusal(req, 'photo_file_missing', 409)
      throw error
    }

    const updated = await req.payload.findByID({
      collection: 'stories',
      id,
      depth: Number(req.searchParams?.get('depth') ?? 1),
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(updated)
  },
}

/**
 * History entries with who acted as `{ id, name }`: everyone who may read the story may see who
 * handled it, even a collaborator who may not read other users' records.
 */
const withActorNames = async (req: PayloadRequest, history: Record<string, unknown>[]) => {
  const ids = [...new Set(history.map((entry) => relationId(entry.by as never)).filter((id) => id !== null))]
  const users = ids.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        select: { name: true },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
      })
    : { docs: [] }
  const names = new Map(users.docs.map((user) => [String(user.id), (user as { name?: string }).name ?? '']))
  return history.map((entry) => {
    const id = relationId(entry.by as never)
    return { ...entry, by: id === null ? null : { id, name: names.get(String(id)) ?? '' } }
  })
}

/** `GET /api/stories/:id/workflow`: the stage, the actions this user may take now, the history, the posts. */
export const workflowStateEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return notSignedIn(req)
    const story = await findVisible<StoryDoc>(req, 'stories', String(req.routeParams?.id))
    if (!story) return refusal(req, 'story_not_found', 404)
    return Response.json({
      stage: story.stage,
      actions: availableActions(actorInPage(actor, relationId(story.page as never)), storyState(story)),
      history: await withActorNames(req, story.history ?? []),
      // Where it went out so far: the author, who cannot read publications, learns it here.
      posts: await postLinksOf(req.payload, story.id, req),
    })
  },
}
