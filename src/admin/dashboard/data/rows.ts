import type { Payload, Where } from 'payload'

import type { PublicationState } from '../../../publishing/states'
import type { Id } from '../../../workflow/roles'
import type { Stage } from '../../../workflow/stages'

type Relation<T> = (T & { id: Id }) | Id | null | undefined

export interface StoryRow {
  id: Id
  title?: string
  stage: Stage
  format?: string
  urgent?: boolean | null
  submittedAt?: string | null
  stageChangedAt?: string | null
  updatedAt?: string
  area?: Relation<{ name?: string }>
  history?: { action?: string; note?: string | null; at?: string }[] | null
}

export interface PublicationRow {
  id: Id
  state: PublicationState
  scheduledFor?: string | null
  publishedAt?: string | null
  attempts?: number | null
  lastError?: string | null
  permalink?: string | null
  story?: Relation<{ title?: string }>
  channel?: Relation<{ name?: string }>
}

export interface InboxRow {
  id: Id
  kind?: 'comment' | 'message'
  text?: string | null
  from?: { name?: string | null } | null
  state: 'new' | 'assigned' | 'replied' | 'escalated' | 'closed'
  dueAt?: string | null
  receivedAt?: string | null
  escalatedAt?: string | null
  assignee?: Relation<{ name?: string }>
}

export type { ShiftRow } from '../../../roster/weekData'

/*
 * The columns each panel shows (the rows above): what the dashboard asks for, never a story's body
 * or history. Related documents come by name or title (each collection's `defaultPopulate`).
 */
export const STORY_COLUMNS = {
  title: true,
  stage: true,
  format: true,
  urgent: true,
  submittedAt: true,
  stageChangedAt: true,
  updatedAt: true,
  area: true,
} as const
export const PUBLICATION_COLUMNS = {
  state: true,
  scheduledFor: true,
  publishedAt: true,
  attempts: true,
  lastError: true,
  permalink: true,
  story: true,
  channel: true,
} as const
export const INBOX_COLUMNS = {
  kind: true,
  text: true,
  from: true,
  state: true,
  dueAt: true,
  receivedAt: true,
  escalatedAt: true,
  assignee: true,
} as const
export const SHIFT_COLUMNS = { day: true, slot: true, startsAt: true, endsAt: true, members: true } as const
export const CHANNEL_COLUMNS = { name: true, kind: true } as const

export interface ChannelRow {
  id: Id
  name?: string
  kind?: string
}

/** Who is looking, and the one Payload instance: every read goes through this user's access rules. */
export interface Viewer {
  payload: Payload
  user: unknown
}

/** `payload.find` as this user, for the collections of the dashboard (no generated types here). */
export const findAs = async <T>(
  { payload, user }: Viewer,
  collection: string,
  options: {
    where?: Where
    sort?: string
    limit?: number
    depth?: number
    select: Record<string, unknown>
    populate?: Record<string, unknown>
  },
): Promise<{ docs: T[]; totalDocs: number }> => {
  const found = await payload.find({
    collection: collection as never,
    where: options.where,
    sort: options.sort,
    limit: options.limit ?? 20,
    depth: options.depth ?? 0,
    select: options.select as never,
    populate: options.populate as never,
    overrideAccess: false,
    user: user as never,
  })
  return { docs: found.docs as unknown as T[], totalDocs: found.totalDocs }
}

export const nameOf = (relation: Relation<{ name?: string; title?: string }>): string | null =>
  relation && typeof relation === 'object' ? (relation.name ?? relation.title ?? null) : null

export const idOfRelation = (relation: Relation<object>): Id | null =>
  relation && typeof relation === 'object' ? relation.id : (relation ?? null)
