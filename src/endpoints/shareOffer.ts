import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { relationId, toActor } from '../auth/actor'
import { findVisible } from '../auth/visible'
import { compareAndSet } from '../db/compareAndSet'
import { actorInPage } from '../fanpages/membership'
import { PublicationConflict, syncPublications } from '../publishing/syncPublications'
import { shareRefusal } from '../sharing/errors'
import { StoryMoved, appendHistory, holdStory } from '../sharing/history'
import { enabledChannelsOf, pageNames } from '../sharing/pages'
import type { Accepted, HistoryEntry } from '../workflow/machine'
import type { Stage } from '../workflow/stages'
import { type OfferState, decideOfferReply } from '../workflow/sharing'
import { jsonBody } from './jsonBody'
import type { SharedStoryDoc } from './shareStory'

/**
 * `POST /api/stories/:id/offer` `{ "reply": "accept" }` or `{ "reply": "decline", "note": "…" }`: the
 * board of a grassroots page answers the district's offer (src/workflow/sharing.ts `OFFER_TABLE`).
 * Accepting is the page's approval of record: the offer already carries the district's approved
 * content, and it is scheduled on the page's enabled channels at the district's time if still ahead,
 * else now. The district story's history is told either way, in the same transaction.
 */
export const offerReplyEndpoint: Endpoint = {
  path: '/:id/offer',
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return shareRefusal(req, 'unauthorized', 401)
    const body = await jsonBody(req)
    const id = String(req.routeParams?.id)
    const story = await findVisible<SharedStoryDoc & { history?: unknown[] }>(req, 'stories', id)
    if (!story) return shareRefusal(req, 'story_not_found', 404)
    const pageId = relationId(story.page as never)
    const decision = decideOfferReply(
      actorInPage(actor, pageId),
      {
        stage: story.stage,
        offer: (story.offer?.state as OfferState | undefined) ?? null,
        offeredPublishAt: story.offer?.publishAt ?? null,
        channelIds: pageId === null ? [] : await enabledChannelsOf(req, pageId),
      },
      body,
    )
    if (!decision.ok) return shareRefusal(req, decision.code, decision.status)

    const shouldCommit = await initTransaction(req)
    try {
      const won = await compareAndSet(
        req.payload,
        {
          collection: 'stories',
          id: story.id,
          expect: { stage: story.stage },
          set: { stage: decision.to, stageChangedAt: decision.entry.at },
        },
        req,
      )
      if (!won) throw new StoryMoved(`Story ${story.id} moved`)
      await req.payload.update({
        collection: 'stories',
        id: story.id,
        data: {
          stage: decision.to,
          stageChangedAt: decision.entry.at,
          history: [...(story.history ?? []), decision.entry] as never,
          offer: { state: decision.offerBecomes, publishAt: story.offer?.publishAt ?? null },
          ...(decision.publication
            ? { publishAt: decision.publication.publishAt, channels: [...decision.publication.channelIds] as never }
            : {}),
        },
        context: { [WORKFLOW_TRANSITION]: true },
        overrideAccess: true,
        depth: 0,
        req,
      })
      const scheduled: Accepted = {
        ok: true,
        to: decision.to,
        entry: decision.entry as HistoryEntry,
        ...(decision.publication ? { publication: decision.publication } : {}),
      }
      await syncPublications(req, story.id, story.title ?? '', scheduled)
      await tellSource(req, story, pageId, decision.entry)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      if (error instanceof StoryMoved) return shareRefusal(req, 'conflict', 409)
      if (error instanceof PublicationConflict) {
        const code = error.code === 'channel_unavailable' ? 'channel_unavailable' : 'publication_in_progress'
        return shareRefusal(req, code, 409)
      }
      throw error
    }
    const updated = await req.payload.findByID({
      collection: 'stories',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(updated)
  },
}

/** The district story's history records the answer, naming the page that gave it. */
const tellSource = async (
  req: Parameters<Endpoint['handler']>[0],
  story: SharedStoryDoc,
  pageId: ReturnType<typeof relationId>,
  entry: HistoryEntry,
) => {
  const sourceId = typeof story.origin?.story === 'string' ? story.origin.story : null
  if (sourceId === null) return
  const source = await req.payload.findByID({
    collection: 'stories',
    id: sourceId,
    depth: 0,
    select: { stage: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!source) return
  const stage = source.stage as Stage
  await holdStory(req, source.id, stage)
  const pageName = pageId === null ? '' : ((await pageNames(req, [pageId])).get(String(pageId)) ?? '')
  await appendHistory(req, source.id, [{ ...entry, from: stage, to: stage, otherPage: pageName }])
}
