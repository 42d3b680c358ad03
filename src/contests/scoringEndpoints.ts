import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { jsonBody } from '../endpoints/jsonBody'
import { messageFor, refusal } from '../i18n/errors'
import { errorResponse } from '../i18n/refusal'
import { checkSheet, recusalReason } from './scoring'
import {
  type ContestDoc,
  type EntryDoc,
  entrantOf,
  idText,
  isBoardOf,
  isJurorOf,
  loadContest,
  loadEntry,
  type SheetDoc,
} from './scoringData'
import { sheetWriteRefusal } from './scoringRules'

const notSignedIn = (req: PayloadRequest) =>
  errorResponse('unauthorized', messageFor('not_permitted', req.i18n?.language), 401)

type Ready = { contest: ContestDoc; entry: EntryDoc; sheet: SheetDoc | null; jurorId: string | number }

/**
 * The entry, its contest and the juror's own sheet, once the juror may write it; otherwise the
 * refusal. An entry of a contest the user does not judge is "not found" to them. With `juror`, the
 * board of the contest's page acts on that juror's sheet (a recusal the board decides).
 */
const prepare = async (req: PayloadRequest, entryId: unknown, juror?: unknown): Promise<Ready | Response> => {
  const actor = toActor(req.user)
  if (!actor) return notSignedIn(req)
  const entry = await loadEntry(req, entryId)
  const contest = entry && (await loadContest(req, relationId(entry.contest)))
  const jurorId = juror === undefined ? actor.id : (juror as string | number)
  const allowed = contest && (juror === undefined || isBoardOf(req, contest)) && isJurorOf(contest, jurorId)
  if (!entry || !contest || !allowed) return refusal(req, 'contest_entry_not_found', 404)
  const refused = sheetWriteRefusal({ isJuror: true, contestStage: contest.stage, entryStage: entry.stage })
  if (refused) return refusal(req, refused, 409)
  const found = await req.payload.find({
    collection: 'contest-scores',
    where: { and: [{ entry: { equals: entry.id } }, { juror: { equals: jurorId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { contest, entry, sheet: (found.docs[0] as unknown as SheetDoc | undefined) ?? null, jurorId }
}

/** Writes the juror's one sheet for the entry: updates it when there is one (unique entry + juror). */
const saveSheet = async (req: PayloadRequest, ready: Ready, data: Record<string, unknown>) => {
  const common = { collection: 'contest-scores' as const, depth: 0, overrideAccess: true, req }
  if (ready.sheet) return req.payload.update({ ...common, id: ready.sheet.id, data })
  return req.payload.create({
    ...common,
    data: {
      contest: ready.contest.id,
      entry: ready.entry.id,
      juror: ready.jurorId,
      page: relationId(ready.contest.page),
      ...data,
    } as never,
  })
}

/**
 * `POST /api/contest-scores/submit` `{ entry, marks: [{ criterion, points }] }`: the juror's sheet for
 * one entry, checked against the rubric. Submitting again replaces the marks (one sheet per juror and
 * entry) while the contest is judging.
 */
export const submitSheetEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    const ready = await prepare(req, body.entry)
    if (ready instanceof Response) return ready
    if (ready.sheet?.recused) return refusal(req, 'sheet_recused', 409)
    const entrant = await entrantOf(req, ready.entry)
    const conflict = recusalReason({
      jurorId: String(ready.jurorId),
      jurorUnitId: idText(toActor(req.user)!.unit),
      entrantUserId: entrant.userId,
      entrantUnitId: entrant.unitId,
    })
    if (conflict) return refusal(req, 'recusal_required', 409)
    const check = checkSheet(ready.contest.rubric ?? [], body.marks)
    if (!check.ok) return refusal(req, 'score_sheet_invalid', 400, check.criterion ? ` (${check.criterion})` : '')
    const sheet = await saveSheet(req, ready, {
      marks: check.marks,
      total: check.total,
      submittedAt: new Date().toISOString(),
    })
    return Response.json({ id: sheet.id, entry: ready.entry.id, marks: check.marks, total: check.total })
  },
}

/**
 * `POST /api/contest-scores/recuse` `{ entry, reason }`: the juror stands aside from one entry; any
 * marks they gave it are dropped and it no longer counts toward its jury score. The board of the
 * contest's page recuses a juror with `{ entry, juror, reason }`.
 */
export const recuseEndpoint: Endpoint = {
  path: '/recuse',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    const ready = await prepare(req, body.entry, body.juror)
    if (ready instanceof Response) return ready
    const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 500) : ''
    if (!reason) return refusal(req, 'note_required', 400)
    const sheet = await saveSheet(req, ready, {
      recused: true,
      recusalReason: reason,
      marks: [],
      total: null,
      submittedAt: null,
    })
    return Response.json({ id: sheet.id, entry: ready.entry.id, recused: true })
  },
}

/**
 * `POST /api/contest-scores/reinstate` `{ entry, juror }` (the contest's page's board): undoes a
 * recusal, the juror's or the board's; the sheet is pending again, with no marks. A juror the rules
 * require to stand aside (the entrant, the entrant's unit) still cannot submit it.
 */
export const reinstateEndpoint: Endpoint = {
  path: '/reinstate',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    if (!toActor(req.user)) return notSignedIn(req)
    if (body.juror === undefined || body.juror === null || body.juror === '') {
      return refusal(req, 'juror_required', 400)
    }
    const ready = await prepare(req, body.entry, body.juror)
    if (ready instanceof Response) return ready
    if (!ready.sheet?.recused) return refusal(req, 'sheet_not_recused', 409)
    await saveSheet(req, ready, { recused: false, recusalReason: null, marks: [], total: null, submittedAt: null })
    return Response.json({ id: ready.sheet.id, entry: ready.entry.id, recused: false })
  },
}
