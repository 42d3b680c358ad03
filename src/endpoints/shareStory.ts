import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { findVisible } from '../auth/visible'
import { idShapeOf } from '../input/idShape'
import { actorInPage } from '../fanpages/membership'
import { PhotoFileMissing } from '../publishing/approved/snapshot'
import { loadApprovedContents } from '../publishing/approved/snapshot'
import { shareRefusal } from '../sharing/errors'
import { StoryMoved, holdStory } from '../sharing/history'
import { loadSharingPage, pageNames, pagesHoldingShareOf, userName } from '../sharing/pages'
import { shareStory } from '../sharing/share'
import type { Id } from '../workflow/roles'
import { SHAREABLE_STAGES, availableReplies, decideShare, shareDirection } from '../workflow/sharing'
import { hasRole, sameId } from '../workflow/roles'
import type { Stage } from '../workflow/stages'
import { jsonBody } from './jsonBody'
import { offerReplyEndpoint } from './shareOffer'

export type SharedStoryDoc = {
  id: Id
  stage: Stage
  title?: string | null
  page?: unknown
  author?: unknown
  publishAt?: string | null
  origin?: Record<string, unknown> | null
  offer?: { state?: string | null; publishAt?: string | null } | null
}

/** The district's area the proposer chose, if any: one of the target page's own areas. */
const chosenArea = async (req: PayloadRequest, value: unknown, page: Id): Promise<Id | null | 'invalid'> => {
  if (value === undefined || value === null || value === '') return null
  if (!idShapeOf(req.payload, 'areas')(value)) return 'invalid'
  const { totalDocs } = await req.payload.count({
    collection: 'areas',
    where: { and: [{ id: { equals: value } }, { page: { equals: page } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs === 1 ? (value as Id) : 'invalid'
}

/**
 * `POST /api/stories/:id/share` `{ "to": "parent" | [pageIds], "area"? }`: the board of the story's
 * page shares an approved story up to its district page or down to its grassroots pages, all in one
 * transaction (src/workflow/sharing.ts decides, src/sharing/ does it).
 */
export const shareEndpoint: Endpoint = {
  path: '/:id/share',
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return shareRefusal(req, 'unauthorized', 401)
    const body = await jsonBody(req)
    const story = await findVisible<SharedStoryDoc>(req, 'stories', String(req.routeParams?.id))
    if (!story) return shareRefusal(req, 'story_not_found', 404)
    const pageId = relationId(story.page as never)
    const place = pageId === null ? null : await loadSharingPage(req, pageId)
    if (!place) return shareRefusal(req, 'story_not_found', 404)

    const decision = decideShare(
      actorInPage(actor, pageId),
      story,
      place.page,
      body,
      await pagesHoldingShareOf(req, story.id),
    )
    if (!decision.ok) return shareRefusal(req, decision.code, decision.status)
    const area = decision.direction === 'up' ? await chosenArea(req, body.area, decision.targets[0]!) : null
    if (area === 'invalid') return shareRefusal(req, 'share_area_invalid', 400)

    const content = (await loadApprovedContents(req.payload, [story.id])).get(String(story.id))
    const names = await pageNames(req, decision.targets)
    const targets = decision.targets.map((id) => ({ id, name: names.get(String(id)) ?? '' }))
    const at = new Date().toISOString()

    const shouldCommit = await initTransaction(req)
    try {
      // Under the hold, a share that raced this one is seen: once per story and target page.
      await holdStory(req, story.id, story.stage)
      const holding = await pagesHoldingShareOf(req, story.id)
      if (holding.some((page) => decision.targets.some((target) => sameId(target, page)))) {
        await killTransaction(req)
        return shareRefusal(req, 'share_duplicate', 409)
      }
      await shareStory(
        req,
        {
          id: story.id,
          stage: story.stage,
          // Only a scheduled story has a decided time; an approved one's is the board's prefill.
          publishAt: story.stage === 'scheduled' ? (story.publishAt ?? null) : null,
          page: { id: place.page.id, name: place.page.name },
          authorName: await userName(req, relationId(story.author as never)),
          content: content!,
        },
        decision,
        targets,
        { sharer: { id: actor.id, name: await userName(req, actor.id) }, area, at },
      )
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      if (error instanceof StoryMoved) return shareRefusal(req, 'conflict', 409)
      if (error instanceof PhotoFileMissing) return shareRefusal(req, 'photo_file_missing', 409)
      throw error
    }
    return Response.json(
      { direction: decision.direction, shared: targets.map((target) => ({ page: target.id, pageName: target.name })) },
      { status: 201 },
    )
  },
}

/**
 * `GET /api/stories/:id/share`: what the workflow panel shows about sharing this story to this user:
 * its origin, a pending offer and the answers they may give, and — for the page's board — where it
 * may be shared (the district's areas for a proposal up, the grassroots pages for an offer down).
 */
export const shareOptionsEndpoint: Endpoint = {
  path: '/:id/share',
  method: 'get',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return shareRefusal(req, 'unauthorized', 401)
    const story = await findVisible<SharedStoryDoc>(req, 'stories', String(req.routeParams?.id))
    if (!story) return shareRefusal(req, 'story_not_found', 404)
    const pageId = relationId(story.page as never)
    const inPage = actorInPage(actor, pageId)
    const offerState = story.offer?.state
    const offer = offerState === 'pending' || offerState === 'accepted' || offerState === 'declined' ? offerState : null
    const replies = availableReplies(inPage, { stage: story.stage, offer, offeredPublishAt: null, channelIds: [] })

    let share = null
    const place = pageId === null ? null : await loadSharingPage(req, pageId)
    const direction = place ? shareDirection(place.page) : null
    if (place && direction && hasRole(inPage, 'board') && SHAREABLE_STAGES.includes(story.stage)) {
      const holding = await pagesHoldingShareOf(req, story.id)
      const pages =
        direction === 'up'
          ? [
              {
                id: place.page.parent!,
                name: (await pageNames(req, [place.page.parent!])).get(String(place.page.parent)),
              },
            ]
          : place.children
      const areas =
        direction === 'up'
          ? (
              await req.payload.find({
                collection: 'areas',
                where: { page: { equals: place.page.parent } },
                select: { name: true },
                sort: 'name',
                depth: 0,
                limit: 0,
                pagination: false,
                overrideAccess: true,
                req,
              })
            ).docs.map((doc) => ({ id: doc.id, name: String((doc as { name?: unknown }).name ?? '') }))
          : []
      share = {
        direction,
        pages: pages.map((page) => ({
          id: page.id,
          name: page.name ?? '',
          shared: holding.some((id) => sameId(id, page.id)),
        })),
        areas,
      }
    }
    return Response.json({
      origin: story.origin?.pageName ? story.origin : null,
      offer: offer ? { state: offer, publishAt: story.offer?.publishAt ?? null } : null,
      replies,
      share,
    })
  },
}

export const shareEndpoints: Endpoint[] = [shareEndpoint, shareOptionsEndpoint, offerReplyEndpoint]
