import type { PayloadRequest } from 'payload'

import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { messages, storyLink } from '../notifications/messages'
import { notify } from '../notifications/notify'
import { areaEditors, boardMembers } from '../notifications/recipients'
import type { ApprovedContent } from '../publishing/approved/content'
import type { Id } from '../workflow/roles'
import { type ShareAccepted, sourceCredit } from '../workflow/sharing'
import { copyPhotos, storyFieldsFrom } from './copy'
import { type ShareHistoryEntry, appendHistory } from './history'

/** The story being shared, as the share endpoint read it. */
export interface ShareSource {
  id: Id
  stage: ShareHistoryEntry['from']
  publishAt: string | null
  page: { id: Id; name: string }
  authorName: string | null
  /** What its board approved: what the share starts from. */
  content: ApprovedContent
}

export interface Sharer {
  id: Id
  name: string | null
}

/**
 * Who hears of a story shared to their page, in the same transaction: up, the parent's board and the
 * editors of the area it entered; down, the child page's board, who answer the offer.
 */
const tellReceivingPage = async (
  req: PayloadRequest,
  story: { id: Id; title: string | null | undefined },
  fromPage: string,
  page: Id,
  how: { up: boolean; area: Id | null; sharerName: string | null },
) => {
  const board = await boardMembers(req.payload, page, req)
  const editors = how.up && how.area !== null ? await areaEditors(req.payload, page, how.area, req) : []
  const facts = {
    title: story.title,
    link: storyLink(req.payload.config.routes.admin, story.id),
    actorName: how.sharerName ?? undefined,
  }
  const notice = how.up ? messages.sharedUp(facts, fromPage) : messages.offeredDown(facts, fromPage)
  await notify(req.payload, [...board, ...editors], { ...notice, page }, req)
}

/**
 * Makes the shared stories, inside the caller's transaction, and records the share on both sides.
 * Up: a story of the district page at `submitted`, in its normal review (its board approves it
 * again, four-eyes as usual). Down: an offer waiting in each grassroots page for its board, carrying
 * the district's approved content as it is.
 */
export const shareStory = async (
  req: PayloadRequest,
  source: ShareSource,
  decision: ShareAccepted,
  targets: { id: Id; name: string }[],
  options: { sharer: Sharer; area: Id | null; at: string },
) => {
  const { sharer, at } = options
  const up = decision.direction === 'up'
  const stage = up ? 'submitted' : 'awaiting_approval'
  const origin = {
    direction: decision.direction,
    page: source.page.id,
    pageName: source.page.name,
    story: String(source.id),
    authorName: source.authorName,
    sharedBy: sharer.id,
    sharedByName: sharer.name,
    sharedAt: at,
  }
  const sourceEntries: ShareHistoryEntry[] = []
  for (const target of targets) {
    const photos = await copyPhotos(req, source.content.photos, target.id)
    const arrived: ShareHistoryEntry = {
      action: 'shared_in',
      from: stage,
      to: stage,
      by: sharer.id,
      at,
      otherPage: source.page.name,
    }
    const created = await req.payload.create({
      collection: 'stories',
      data: {
        ...storyFieldsFrom(source.content, photos),
        page: target.id,
        stage,
        stageChangedAt: at,
        history: [arrived],
        origin,
        ...(up
          ? { area: options.area ?? undefined, submittedAt: at, urgent: source.content.format === 'rebuttal' }
          : {
              offer: { state: 'pending', publishAt: source.publishAt },
              // The district's approval travels with the offer; its credit names the first source.
              approvedContent: {
                ...source.content,
                photos,
                source: source.content.source ?? sourceCredit(source.page.name, source.authorName),
              },
            }),
      } as never,
      context: { [WORKFLOW_TRANSITION]: true },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await tellReceivingPage(req, { id: created.id, title: source.content.title }, source.page.name, target.id, {
      up,
      area: options.area,
      sharerName: sharer.name,
    })
    sourceEntries.push({
      action: up ? 'shared_up' : 'offered_down',
      from: source.stage,
      to: source.stage,
      by: sharer.id,
      at,
      otherPage: target.name,
    })
  }
  await appendHistory(req, source.id, sourceEntries)
}
