// Sharing stories between the pages of the network, as pure rules: who may share which story where,
// and how a grassroots board answers an offer from its district. No Payload: the endpoints
// (src/endpoints/share*.ts) load the pages and stories, ask here, and apply the answer.
import type { HistoryEntry, Refused } from './machine'
import { type Actor, type Id, hasRole, sameId } from './roles'
import { type Stage, isFrozen } from './stages'

/** What sharing records in a story's history (labels in labels.ts). */
export const SHARE_EVENTS = ['shared_up', 'shared_in', 'offered_down', 'offer_accepted', 'offer_declined'] as const
export type ShareEvent = (typeof SHARE_EVENTS)[number]

/** Only what a board approved leaves its page: approved, scheduled or already published. */
export const SHAREABLE_STAGES: readonly Stage[] = ['approved', 'scheduled', 'published']

export type ShareRefusalCode =
  | 'share_target_required'
  | 'not_permitted'
  | 'share_wrong_stage'
  | 'share_no_parent'
  | 'share_target_not_allowed'
  | 'share_duplicate'
  | 'unknown_reply'
  | 'not_an_offer'
  | 'wrong_stage'
  | 'note_required'
  | 'offer_no_channel'

export interface ShareRefused extends Omit<Refused, 'code'> {
  code: ShareRefusalCode
}

const refuse = (status: ShareRefused['status'], code: ShareRefusalCode, message: string): ShareRefused => ({
  ok: false,
  status,
  code,
  message,
})

/** The story's page as sharing sees it: its level, its parent (grassroots) or children (district). */
export interface SharingPage {
  id: Id
  level: 'district' | 'grassroots'
  parent: Id | null
  children: readonly Id[]
}

export interface ShareRequest {
  /** `"parent"`, or the ids of the target pages. */
  to?: unknown
}

export interface ShareAccepted {
  ok: true
  direction: 'up' | 'down'
  targets: Id[]
}

const parseTargets = (to: unknown): Id[] | 'parent' | null => {
  if (to === 'parent') return 'parent'
  if (!Array.isArray(to)) return null
  const ids = to.filter((id): id is Id => (typeof id === 'string' && id.trim() !== '') || typeof id === 'number')
  if (ids.length !== to.length || ids.length === 0) return null
  return ids.filter((id, index) => ids.findIndex((other) => sameId(other, id)) === index)
}

/**
 * Decides a share. `actor` is the actor in the story's page (`actorInPage`); `alreadyIn` are the
 * pages that already hold a share of this story (once per story and target page). A grassroots
 * board shares up to its own parent only; a district board down to its own children only.
 */
export const decideShare = (
  actor: Actor,
  story: { stage: Stage },
  page: SharingPage,
  request: ShareRequest,
  alreadyIn: readonly Id[],
): ShareAccepted | ShareRefused => {
  const parsed = parseTargets(request.to)
  if (parsed === null) {
    return refuse(400, 'share_target_required', 'to must be "parent" or a non-empty list of page ids')
  }
  if (!hasRole(actor, 'board')) return refuse(403, 'not_permitted', "Only the board of the story's page may share it")
  if (!SHAREABLE_STAGES.includes(story.stage)) {
    return refuse(409, 'share_wrong_stage', 'Only an approved, scheduled or published story can be shared')
  }
  const up = page.level === 'grassroots'
  if (parsed === 'parent' && (!up || page.parent === null)) {
    return refuse(409, 'share_no_parent', 'This page has no parent page to share up to')
  }
  const targets = parsed === 'parent' ? [page.parent!] : parsed
  const allowed = up ? (page.parent === null ? [] : [page.parent]) : page.children
  if (targets.some((target) => !allowed.some((id) => sameId(id, target)))) {
    return refuse(
      403,
      'share_target_not_allowed',
      'A grassroots page shares up to its parent page only; a district page down to its own grassroots pages only',
    )
  }
  if (targets.some((target) => alreadyIn.some((id) => sameId(id, target)))) {
    return refuse(409, 'share_duplicate', 'This story was already shared to that page')
  }
  return { ok: true, direction: up ? 'up' : 'down', targets }
}

// ---------------------------------------------------------------------------------------------------
// Offers: a district story pushed down waits in the grassroots page for its board's answer.

export const OFFER_STATES = ['pending', 'accepted', 'declined'] as const
export type OfferState = (typeof OFFER_STATES)[number]

export const OFFER_REPLIES = ['accept', 'decline'] as const
export type OfferReply = (typeof OFFER_REPLIES)[number]

export interface OfferReplyRule {
  /** Stages the reply may be given from, with the roles (in the offer's page) that may give it. */
  from: Partial<Record<Stage, readonly 'board'[]>>
  to: Stage
  event: Extract<ShareEvent, 'offer_accepted' | 'offer_declined'>
  offerBecomes: OfferState
  noteRequired?: boolean
  /** Accepting schedules the story on the page's enabled channels. */
  publishes?: boolean
}

/**
 * The offer table. Accepting is the approval of record for the grassroots page: its board takes the
 * district's approved content as it is (no edit, so no four-eyes question) and it is scheduled at once.
 */
export const OFFER_TABLE: Record<OfferReply, OfferReplyRule> = {
  accept: {
    from: { awaiting_approval: ['board'] },
    to: 'scheduled',
    event: 'offer_accepted',
    offerBecomes: 'accepted',
    publishes: true,
  },
  decline: {
    from: { awaiting_approval: ['board'] },
    to: 'rejected',
    event: 'offer_declined',
    offerBecomes: 'declined',
    noteRequired: true,
  },
}

export const isOfferReply = (value: unknown): value is OfferReply =>
  typeof value === 'string' && (OFFER_REPLIES as readonly string[]).includes(value)

export interface OfferStory {
  stage: Stage
  offer: OfferState | null
  /** The district's publish time for it, if any. */
  offeredPublishAt: string | null
  /** The offer page's enabled channels. */
  channelIds: readonly Id[]
}

export interface OfferReplyRequest {
  reply?: unknown
  note?: unknown
}

export interface OfferAnswered {
  ok: true
  reply: OfferReply
  to: Stage
  offerBecomes: OfferState
  entry: Omit<HistoryEntry, 'action'> & { action: ShareEvent }
  publication?: { publishAt: string; channelIds: readonly Id[] }
}

/** The stories on which an offer reply is a possible action for this actor now. */
export const availableReplies = (actor: Actor, story: OfferStory): OfferReply[] =>
  story.offer !== 'pending'
    ? []
    : OFFER_REPLIES.filter((reply) => OFFER_TABLE[reply].from[story.stage]?.some((role) => hasRole(actor, role)))

/**
 * Decides a grassroots board's answer to an offer. Checks run from "is this a thing at all" to "is
 * the input complete". Accepted offers go out at the district's time if it is still ahead, else now.
 */
export const decideOfferReply = (
  actor: Actor,
  story: OfferStory,
  request: OfferReplyRequest,
  now: Date = new Date(),
): OfferAnswered | ShareRefused => {
  const { reply } = request
  if (!isOfferReply(reply)) return refuse(400, 'unknown_reply', 'reply must be "accept" or "decline"')
  if (story.offer !== 'pending') return refuse(409, 'not_an_offer', 'This story is not an offer waiting for an answer')
  const rule = OFFER_TABLE[reply]
  const allowed = rule.from[story.stage]
  if (!allowed) return refuse(409, 'wrong_stage', `An offer cannot be answered from stage "${story.stage}"`)
  if (!allowed.some((role) => hasRole(actor, role))) {
    return refuse(403, 'not_permitted', "Only the board of the offer's page may answer it")
  }
  const note = typeof request.note === 'string' && request.note.trim() !== '' ? request.note.trim() : undefined
  if (rule.noteRequired && !note) return refuse(400, 'note_required', `A note is required to ${reply} an offer`)

  let publication: OfferAnswered['publication']
  if (rule.publishes) {
    if (story.channelIds.length === 0) {
      return refuse(409, 'offer_no_channel', 'This page has no enabled channel to publish the offer on')
    }
    const offered = story.offeredPublishAt ? new Date(story.offeredPublishAt) : null
    const publishAt = offered && offered.getTime() > now.getTime() ? offered : now
    publication = { publishAt: publishAt.toISOString(), channelIds: [...story.channelIds] }
  }
  return {
    ok: true,
    reply,
    to: rule.to,
    offerBecomes: rule.offerBecomes,
    entry: {
      action: rule.event,
      from: story.stage,
      to: rule.to,
      by: actor.id,
      at: now.toISOString(),
      ...(note ? { note } : {}),
    },
    ...(publication ? { publication } : {}),
  }
}

/** The credit line a shared story carries to its readers: "Nguồn: <page> — <author>". */
export const sourceCredit = (pageName: string, authorName: string | null | undefined): string => {
  const author = authorName?.trim()
  return `Nguồn: ${pageName.trim()}${author ? ` — ${author}` : ''}`
}

/** Whether a sharing actor and the story's page line up (used by the share options for the admin). */
export const shareDirection = (page: SharingPage): 'up' | 'down' | null =>
  page.level === 'grassroots' ? (page.parent === null ? null : 'up') : page.children.length > 0 ? 'down' : null

/**
 * A story's content is frozen from approval on, and on a pending offer too: the offer carries the
 * district's approved content, which is what goes out if it is accepted, so its copy is not edited.
 */
export const isContentFrozen = (doc: { stage?: unknown; offer?: { state?: unknown } | null } | null | undefined) =>
  isFrozen(doc?.stage as Stage | undefined) || doc?.offer?.state === 'pending'
