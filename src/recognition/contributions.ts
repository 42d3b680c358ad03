import type { Payload, Where } from 'payload'

import { relationId } from '../auth/actor'
import { dayStart } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import { COUNTED_ENTRY_STAGES, type Contributor, emptyCounts } from './scoring'
import { sqlContributions } from './sqlContributions'

export type ContributionsSource = 'database' | 'localApi'

const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const

/**
 * Every member of a page with what they contributed in [fromDay, toDay) (Vietnam days): stories published
 * (by the member's login as author), photos used in those stories (by the login that uploaded them),
 * campaign actions by kind, and contest entries neither withdrawn nor rejected. Counted by the database
 * on SQLite and PostgreSQL (`sqlContributions.ts`), through the local API on MongoDB or when asked
 * (`source: 'localApi'`, the bench's and the test's baseline).
 */
export const contributionsOf = async (
  payload: Payload,
  page: Id,
  fromDay: string,
  toDay: string,
  source: ContributionsSource = 'database',
): Promise<Contributor[]> => {
  const from = dayStart(fromDay).toISOString()
  const to = dayStart(toDay).toISOString()
  const dialect = payload.db.name
  return source === 'database' && (dialect === 'sqlite' || dialect === 'postgres')
    ? sqlContributions(payload, page, from, to)
    : localContributions(payload, page, from, to)
}

/** `contributionsOf` through the local API: loads the period's members, stories, actions and entries. */
const localContributions = async (payload: Payload, page: Id, from: string, to: string): Promise<Contributor[]> => {
  const inPage: Where = { page: { equals: page } }
  const members = await payload.find({
    collection: 'members',
    where: inPage,
    select: { fullName: true, unit: true, user: true },
    ...all,
  })
  const byId = new Map<string, Contributor>()
  const byUser = new Map<string, Contributor>()
  for (const doc of members.docs as unknown as { id: Id; fullName: string; unit?: unknown; user?: unknown }[]) {
    const unit = relationId(doc.unit as never)
    const contributor: Contributor = {
      id: String(doc.id),
      name: doc.fullName,
      unit: unit === null ? null : String(unit),
      counts: emptyCounts(),
    }
    byId.set(contributor.id, contributor)
    const user = relationId(doc.user as never)
    if (user !== null) byUser.set(String(user), contributor)
  }

  const stories = await payload.find({
    collection: 'stories',
    where: {
      and: [
        inPage,
        { stage: { equals: 'published' } },
        { stageChangedAt: { greater_than_equal: from } },
        { stageChangedAt: { less_than: to } },
      ],
    },
    select: { author: true, photos: true },
    ...all,
  })
  const photoIds = new Set<string>()
  for (const story of stories.docs as unknown as { author?: unknown; photos?: unknown[] | null }[]) {
    const author = byUser.get(String(relationId(story.author as never)))
    if (author) author.counts.stories += 1
    for (const photo of story.photos ?? []) {
      const id = relationId(photo as never)
      if (id !== null) photoIds.add(String(id))
    }
  }
  if (photoIds.size > 0) {
    const media = await payload.find({
      collection: 'media',
      where: { id: { in: [...photoIds] } },
      select: { uploadedBy: true },
      ...all,
    })
    for (const photo of media.docs as unknown as { uploadedBy?: unknown }[]) {
      const uploader = byUser.get(String(relationId(photo.uploadedBy as never)))
      if (uploader) uploader.counts.photos += 1
    }
  }

  const actions = await payload.find({
    collection: 'campaign-actions',
    where: { and: [inPage, { at: { greater_than_equal: from } }, { at: { less_than: to } }] },
    select: { member: true, kind: true },
    ...all,
  })
  for (const action of actions.docs as unknown as { member?: unknown; kind: 'shared' | 'reacted' | 'commented' }[]) {
    const member = byId.get(String(relationId(action.member as never)))
    if (member) member.counts[action.kind] += 1
  }

  const entries = await payload.find({
    collection: 'contest-entries',
    where: {
      and: [
        inPage,
        { member: { exists: true } },
        { stage: { in: [...COUNTED_ENTRY_STAGES] } },
        { createdAt: { greater_than_equal: from } },
        { createdAt: { less_than: to } },
      ],
    },
    select: { member: true },
    ...all,
  })
  for (const entry of entries.docs as unknown as { member?: unknown }[]) {
    const member = byId.get(String(relationId(entry.member as never)))
    if (member) member.counts.contestEntries += 1
  }
  return [...byId.values()]
}
