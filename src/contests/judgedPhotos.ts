import type { PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import { SCORABLE_ENTRY_STAGES } from './scoringRules'

const serverRead = { depth: 0, pagination: false, overrideAccess: true } as const

/**
 * The photos a juror must see to score: those of the scorable entries of the contests they judge,
 * while those contests are judging. Jurors are users, possibly of another page than the contest's,
 * so page membership does not reach these; this does, and no further (the photo documents only,
 * never the entries and their entrants' contacts).
 */
export const photosJudgedBy = async (req: PayloadRequest, user: Id): Promise<Id[]> => {
  const contests = await req.payload.find({
    collection: 'contests',
    where: { and: [{ jury: { equals: user } }, { stage: { equals: 'judging' } }] },
    select: { stage: true },
    req,
    ...serverRead,
  })
  if (contests.docs.length === 0) return []
  const entries = await req.payload.find({
    collection: 'contest-entries',
    where: {
      and: [
        { contest: { in: contests.docs.map((contest) => contest.id) } },
        { stage: { in: [...SCORABLE_ENTRY_STAGES] } },
      ],
    },
    select: { photos: true },
    req,
    ...serverRead,
  })
  return entries.docs.flatMap((entry) =>
    ((entry.photos ?? []) as (Id | { id: Id })[]).map(relationId).filter((id): id is Id => id !== null),
  )
}
