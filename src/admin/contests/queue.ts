import type { Payload, PayloadRequest } from 'payload'

import { relationId, toActor } from '../../auth/actor'
import type { EntryWork } from '../../contests/gallery'
import { ENTRY_STAGE_LABELS, type EntryStage } from '../../contests/labels'
import { partiesFor } from '../../contests/parties'
import type { Id } from '../../workflow/roles'

/** One entry as the queue shows it: the work and its flags, never the entrant's phone or email. */
export interface QueueEntry extends EntryWork {
  stage: EntryStage
  stageLabel: string
  rejectionReason: string | null
  photos: string[]
  /** Numbers of the entries sharing a photo with this one (either way). */
  duplicates: number[]
}

export interface QueueContest {
  id: string
  title: string
  slug: string
  waiting: number
}

const pagesModerated = (req: PayloadRequest, pages: Id[]) => {
  const actor = toActor(req.user)
  return pages.filter((page) => partiesFor(actor, page).includes('moderator'))
}

/** The contests of the pages this user moderates, with how many entries wait for a decision. */
export const moderatedContests = async (req: PayloadRequest): Promise<QueueContest[]> => {
  const { docs } = await req.payload.find({
    collection: 'contests',
    where: { stage: { not_equals: 'draft' } },
    sort: '-opensAt',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    select: { title: true, slug: true, page: true },
  })
  const allowed = new Set(
    pagesModerated(
      req,
      docs.map((doc) => relationId((doc as { page?: never }).page)!),
    ).map(String),
  )
  const mine = docs.filter((doc) => allowed.has(String(relationId((doc as { page?: never }).page))))
  return Promise.all(
    mine.map(async (doc) => ({
      id: String(doc.id),
      title: (doc as { title: string }).title,
      slug: (doc as { slug: string }).slug,
      waiting: (
        await req.payload.count({
          collection: 'contest-entries',
          where: { and: [{ contest: { equals: doc.id } }, { stage: { equals: 'submitted' } }] },
          overrideAccess: true,
        })
      ).totalDocs,
    })),
  )
}

/** A contest's entries for the queue: waiting ones first, then by number. */
export const queueEntries = async (payload: Payload, contest: QueueContest, language: 'vi' | 'en') => {
  const { docs } = await payload.find({
    collection: 'contest-entries',
    where: { and: [{ contest: { equals: contest.id } }, { stage: { not_equals: 'withdrawn' } }] },
    sort: 'number',
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    select: {
      number: true,
      title: true,
      story: true,
      text: true,
      link: true,
      photos: true,
      stage: true,
      rejectionReason: true,
      duplicateOf: true,
      entrant: { name: true, place: true },
    },
  })
  type Row = {
    id: Id
    number: number
    title: string
    story?: string
    text?: string
    link?: string
    photos?: unknown[]
    stage: EntryStage
    rejectionReason?: string
    duplicateOf?: unknown[]
    entrant?: { name?: string; place?: string }
  }
  const rows = docs as unknown as Row[]
  const numberOf = new Map(rows.map((row) => [String(row.id), row.number]))
  const duplicates = new Map<string, Set<number>>()
  for (const row of rows) {
    for (const other of row.duplicateOf ?? []) {
      const otherId = String(relationId(other as never))
      if (!numberOf.has(otherId)) continue
      duplicates.set(String(row.id), (duplicates.get(String(row.id)) ?? new Set()).add(numberOf.get(otherId)!))
      duplicates.set(otherId, (duplicates.get(otherId) ?? new Set()).add(row.number))
    }
  }
  const entries: QueueEntry[] = rows.map((row) => ({
    id: String(row.id),
    number: row.number,
    title: row.title,
    story: row.story ?? '',
    text: row.text ?? '',
    link: row.link ?? null,
    author: row.entrant?.name ?? '',
    place: row.entrant?.place ?? '',
    stage: row.stage,
    stageLabel: ENTRY_STAGE_LABELS[row.stage][language],
    rejectionReason: row.rejectionReason ?? null,
    photos: (row.photos ?? []).map((_, index) => `/cuoc-thi/${contest.slug}/anh/${row.id}-${index + 1}`),
    duplicates: [...(duplicates.get(String(row.id)) ?? [])].sort((a, b) => a - b),
  }))
  return entries.sort(
    (a, b) => Number(b.stage === 'submitted') - Number(a.stage === 'submitted') || a.number - b.number,
  )
}
