import { type Actor, type Id, hasRole, holdsArea, sameId } from './roles'
import type { Stage } from './stages'
import { type Action, type Party, type Requirement, TRANSITIONS, isAction } from './transitions'
import type { ShareEvent } from './sharing'

/** What the workflow needs to know about a story; nothing else. */
export interface StoryState {
  stage: Stage
  authorId: Id | null
  /** Who last changed the content (title, summary, body, photos…); unknown for older stories. */
  contentEditorId?: Id | null
  areaId: Id | null
  title?: string | null
  channelIds?: readonly Id[]
  format?: string | null
  /** Only for rebuttals: whether the false claim is given, and how many official sources. */
  falseClaim?: boolean
  officialSources?: number
  /** A district story offered to this page, waiting for its board: answered as an offer only (sharing.ts). */
  offerPending?: boolean
}

export interface TransitionRequest {
  action?: unknown
  note?: unknown
  publishAt?: unknown
  channels?: unknown
}

export interface HistoryEntry {
  /** A workflow action, or what sharing between pages records (sharing.ts). */
  action: Action | ShareEvent
  from: Stage
  to: Stage
  by: Id
  at: string
  note?: string
}

export interface Accepted {
  ok: true
  to: Stage
  entry: HistoryEntry
  /** Set on `schedule` and `publish_now`: when and where the story goes out. */
  publication?: { publishAt: string; channelIds: readonly Id[] }
}

export type RefusalCode =
  | 'unknown_action'
  | 'wrong_stage'
  | 'not_permitted'
  | 'own_story'
  | 'own_edit'
  | 'note_required'
  | 'missing_field'
  | 'rebuttal_incomplete'
  | 'publish_time_required'
  | 'publish_time_in_past'
  | 'channel_required'
  | 'offer_pending'

export interface Refused {
  ok: false
  /** HTTP status: 400 bad input, 403 not this user, 409 not from this stage. */
  status: 400 | 403 | 409
  code: RefusalCode
  /** Stable English message for API clients. */
  message: string
}

export type Decision = Accepted | Refused

/** A publish time this far in the past is still accepted (clock skew, slow form submit). */
export const PUBLISH_TIME_GRACE_MS = 60_000

const refuse = (status: Refused['status'], code: RefusalCode, message: string): Refused => ({
  ok: false,
  status,
  code,
  message,
})

const partiesOf = (actor: Actor, story: StoryState): Party[] => {
  const parties: Party[] = []
  if (sameId(actor.id, story.authorId)) parties.push('author')
  if (holdsArea(actor, story.areaId)) parties.push('area_editor')
  if (hasRole(actor, 'board')) parties.push('board')
  return parties
}

/** Why four-eyes keeps this actor from this action, if it does: they wrote the story, or last changed it. */
const fourEyesRefusal = (actor: Actor, story: StoryState, action: Action): Refused | null => {
  if (!TRANSITIONS[action].fourEyes) return null
  if (sameId(actor.id, story.authorId)) return refuse(403, 'own_story', `You cannot ${action} your own story`)
  if (story.contentEditorId != null && sameId(actor.id, story.contentEditorId)) {
    return refuse(403, 'own_edit', `You last changed this story's content, so someone else must ${action} it`)
  }
  return null
}

const mayAct = (actor: Actor, story: StoryState, action: Action): boolean => {
  if (story.offerPending) return false
  const allowed = TRANSITIONS[action].from[story.stage]
  if (!allowed || fourEyesRefusal(actor, story, action)) return false
  return partiesOf(actor, story).some((party) => allowed.includes(party))
}

/** The actions this actor may take on this story now (before input checks such as notes). */
export const availableActions = (actor: Actor, story: StoryState): Action[] =>
  (Object.keys(TRANSITIONS) as Action[]).filter((action) => mayAct(actor, story, action))

const meets = (story: StoryState, requirement: Requirement): boolean => {
  switch (requirement) {
    case 'title':
      return Boolean(story.title?.trim())
    case 'area':
      return story.areaId != null && story.areaId !== ''
    case 'falseClaim':
      return Boolean(story.falseClaim)
    case 'officialSource':
      return (story.officialSources ?? 0) > 0
  }
}

const cleanNote = (note: unknown): string | undefined =>
  typeof note === 'string' && note.trim() !== '' ? note.trim() : undefined

const parseChannelIds = (channels: unknown): Id[] | undefined => {
  if (channels === undefined || channels === null) return undefined
  if (!Array.isArray(channels)) return []
  const valid = channels.filter(
    (id): id is Id => (typeof id === 'string' && id.trim() !== '') || typeof id === 'number',
  )
  // 1 and '1' are the same channel whatever the database's id type.
  return valid.filter((id, index) => valid.findIndex((other) => String(other) === String(id)) === index)
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * An ISO-8601 date-time with an explicit offset, and a real calendar date: anything looser would be
 * read in the server's time zone or silently rolled over (31 April → 1 May).
 */
export const parseIsoDateTime = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[]
  const calendar = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!))
  const isRealDate =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month! - 1 &&
    calendar.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60
  const parsed = new Date(value)
  return isRealDate && !Number.isNaN(parsed.getTime()) ? parsed : null
}

const decidePublication = (
  mode: 'at_given_time' | 'now',
  request: TransitionRequest,
  story: StoryState,
  now: Date,
): Refused | { publishAt: string; channelIds: readonly Id[] } => {
  let publishAt = now
  if (mode === 'at_given_time') {
    const given = parseIsoDateTime(request.publishAt)
    if (!given) {
      return refuse(400, 'publish_time_required', 'publishAt (ISO-8601 date-time with offset) is required to schedule')
    }
    publishAt = given
    if (publishAt.getTime() < now.getTime() - PUBLISH_TIME_GRACE_MS) {
      return refuse(400, 'publish_time_in_past', 'publishAt is in the past; use publish_now instead')
    }
  }
  const channelIds = parseChannelIds(request.channels) ?? story.channelIds ?? []
  if (channelIds.length === 0) {
    return refuse(400, 'channel_required', 'At least one channel is required to publish')
  }
  return { publishAt: publishAt.toISOString(), channelIds }
}

/**
 * Decides one transition. Pure: the caller loads the story and the user, and applies the result.
 * Checks run from "is this a thing at all" to "is the input complete", so that the answer names
 * the most fundamental problem first.
 */
export const decideTransition = (
  actor: Actor,
  story: StoryState,
  request: TransitionRequest,
  now: Date = new Date(),
): Decision => {
  const { action } = request
  if (!isAction(action)) {
    // Only a string is named back: anything else may not even turn into one ({ toString: 'x' }).
    return refuse(400, 'unknown_action', typeof action === 'string' ? `Unknown action: ${action}` : 'Unknown action')
  }
  const rule = TRANSITIONS[action]
  if (story.offerPending) {
    return refuse(409, 'offer_pending', 'This story is an offer from the district page: accept or decline it')
  }

  if (!rule.from[story.stage]) {
    return refuse(409, 'wrong_stage', `Action "${action}" is not allowed from stage "${story.stage}"`)
  }
  const fourEyes = fourEyesRefusal(actor, story, action)
  if (fourEyes) return fourEyes
  if (!mayAct(actor, story, action)) {
    return refuse(403, 'not_permitted', `You are not allowed to ${action} this story`)
  }

  const note = cleanNote(request.note)
  if (rule.noteRequired && !note) return refuse(400, 'note_required', `A note is required to ${action}`)

  const route = story.format ? rule.byFormat?.[story.format] : undefined
  const missing = (route?.requires ?? rule.requires ?? []).find((requirement) => !meets(story, requirement))
  if (missing === 'falseClaim' || missing === 'officialSource') {
    return refuse(
      400,
      'rebuttal_incomplete',
      'A rebuttal needs the false claim and at least one verified official source',
    )
  }
  if (missing) return refuse(400, 'missing_field', `The story needs a ${missing} before it can be submitted`)
  const to = route?.to ?? rule.to

  let publication: Accepted['publication']
  if (rule.needsPublication) {
    const decided = decidePublication(rule.needsPublication, request, story, now)
    if ('ok' in decided) return decided
    publication = decided
  }

  const entry: HistoryEntry = {
    action,
    from: story.stage,
    to,
    by: actor.id,
    at: now.toISOString(),
    ...(note ? { note } : {}),
  }
  return { ok: true, to, entry, ...(publication ? { publication } : {}) }
}
