import type { PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { rolesInPage } from '../fanpages/membership'
import { hasAnyRole, sameId, type Id } from '../workflow/roles'
import type { ContestStage, EntryStage } from './labels'
import type { Prize, ResultFormula } from './results'
import type { Criterion, Mark } from './scoring'
import { progressCells, SCORABLE_ENTRY_STAGES, statusCounts } from './scoringRules'

type Relation = Id | { id: Id } | null | undefined

export type ContestDoc = {
  id: Id
  title: string
  slug: string
  page: Relation
  stage: ContestStage
  closesAt: string
  jury?: Relation[] | null
  rubric?: Criterion[] | null
  resultFormula: ResultFormula
  votesWeight?: number | null
  prizes?: Prize[] | null
  hashtag?: string | null
  channels?: Relation[] | null
  publishMode?: 'post_each' | 'album_batch' | null
  votesFrozenAt?: string | null
  announcement?: Relation
}

export type EntryDoc = {
  id: Id
  contest: Relation
  number: number
  title: string
  story?: string | null
  text?: string | null
  link?: string | null
  photos?: Relation[] | null
  member?: Relation
  entrant?: {
    name?: string | null
    phone?: string | null
    email?: string | null
    place?: string | null
    unit?: Relation
  }
  stage: EntryStage
  publication?: Relation
  votes?: number | null
  votesFrozen?: boolean | null
  juryScore?: number | null
  finalScore?: number | null
  rank?: number | null
  prize?: string | null
  page: Relation
}

export type SheetDoc = {
  id: Id
  contest: Relation
  entry: Relation
  juror: Relation
  marks?: Mark[] | null
  total?: number | null
  recused?: boolean | null
  recusalReason?: string | null
  submittedAt?: string | null
}

/** Server-side reads: the endpoints decide who may see what before calling these. */
const readAll = { depth: 0, overrideAccess: true, pagination: false } as const

export const loadContest = async (req: PayloadRequest, id: unknown): Promise<ContestDoc | null> => {
  if (id === undefined || id === null || id === '') return null
  const found = await req.payload.find({
    collection: 'contests',
    where: { id: { equals: id } },
    limit: 1,
    req,
    ...readAll,
  })
  return (found.docs[0] as unknown as ContestDoc | undefined) ?? null
}

export const loadEntry = async (req: PayloadRequest, id: unknown): Promise<EntryDoc | null> => {
  if (id === undefined || id === null || id === '') return null
  const found = await req.payload.find({
    collection: 'contest-entries',
    where: { id: { equals: id } },
    limit: 1,
    req,
    ...readAll,
  })
  return (found.docs[0] as unknown as EntryDoc | undefined) ?? null
}

/** The entries a jury scores, by entry number. */
export const scorableEntries = async (req: PayloadRequest, contest: Id): Promise<EntryDoc[]> => {
  const found = await req.payload.find({
    collection: 'contest-entries',
    where: { and: [{ contest: { equals: contest } }, { stage: { in: [...SCORABLE_ENTRY_STAGES] } }] },
    sort: 'number',
    req,
    ...readAll,
  })
  return found.docs as unknown as EntryDoc[]
}

export const sheetsOf = async (req: PayloadRequest, contest: Id): Promise<SheetDoc[]> => {
  const found = await req.payload.find({
    collection: 'contest-scores',
    where: { contest: { equals: contest } },
    req,
    ...readAll,
  })
  return found.docs as unknown as SheetDoc[]
}

export const juryOf = (contest: { jury?: readonly unknown[] | null }): Id[] =>
  (contest.jury ?? []).map((juror) => relationId(juror as Relation)).filter((id): id is Id => id !== null)

export const isJurorOf = (contest: ContestDoc, user: Id) => juryOf(contest).some((juror) => sameId(juror, user))

/** The judging as it stands: the scorable entries, every sheet, each juror × entry status and the counts. */
export const judgingProgressOf = async (req: PayloadRequest, contest: { id: Id; jury?: readonly unknown[] | null }) => {
  const [entries, sheets] = await Promise.all([scorableEntries(req, contest.id), sheetsOf(req, contest.id)])
  const cells = progressCells(
    entries.map((entry) => entry.id),
    juryOf(contest),
    sheets,
  )
  return { entries, sheets, cells, counts: statusCounts(cells) }
}

/** The contest's page's board (or an admin). */
export const isBoardOf = (req: PayloadRequest, contest: ContestDoc) => {
  const actor = toActor(req.user)
  return Boolean(actor && hasAnyRole({ roles: rolesInPage(actor, relationId(contest.page)) }, ['board', 'admin']))
}

/** The entrant's account and unit: a member's login and cell, or the unit a public entrant named. */
export const entrantOf = async (req: PayloadRequest, entry: EntryDoc) => {
  const memberId = relationId(entry.member)
  const member = memberId
    ? ((await req.payload.findByID({ collection: 'members', id: memberId, req, depth: 0, overrideAccess: true })) as {
        user?: Relation
        unit?: Relation
      })
    : null
  const userId = relationId(member?.user)
  return { userId: userId === null ? null : String(userId), unitId: idText(member?.unit ?? entry.entrant?.unit) }
}

export const idText = (value: Relation) => {
  const id = relationId(value)
  return id === null ? null : String(id)
}
