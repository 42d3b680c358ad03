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
  options: { where?: Where; sort?: string; limit?: number; depth?: number; populate?: Record<string, unknown> },
): Promise<{ docs: T[]; totalDocs: number }> => {
  const found = await payload.find({
    collection: collection as never,
    where: options.where,
    sort: options.sort,
    limit: options.limit ?? 20,
    depth: options.depth ?? 0,
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
