import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { jsonBody } from '../endpoints/jsonBody'
import { messageFor, refusal } from '../i18n/errors'
import { errorResponse } from '../i18n/refusal'
import { sameId } from '../workflow/roles'
import { answer } from './endpoints/answer'
import { writeEntry } from './entryStage'
import { refusalOf } from './errors'
import { pendingSheetsRefusal } from './machine'
import { rankEntries } from './results'
import { draftAnnouncement } from './resultsAnnouncement'
import { juryScore } from './scoring'
import {
  type ContestDoc,
  isBoardOf,
  isJurorOf,
  judgingProgressOf,
  juryOf,
  loadContest,
  scorableEntries,
  sheetsOf,
} from './scoringData'

const notSignedIn = (req: PayloadRequest) =>
  errorResponse('unauthorized', messageFor('not_permitted', req.i18n?.language), 401)

/** The contest `id` when the signed-in user may see its judging: its board, or (`board_or_jury`) a juror. */
export const contestForJudgingOf = async (
  req: PayloadRequest,
  id: unknown,
  who: 'board' | 'board_or_jury',
): Promise<ContestDoc | Response> => {
  const actor = toActor(req.user)
  if (!actor) return notSignedIn(req)
  const contest = await loadContest(req, id)
  const allowed = contest && (isBoardOf(req, contest) || (who === 'board_or_jury' && isJurorOf(contest, actor.id)))
  return allowed ? contest : refusal(req, 'contest_not_found', 404)
}

const contestForJudging = (req: PayloadRequest, who: 'board' | 'board_or_jury') =>
  contestForJudgingOf(req, req.routeParams?.id, who)

const userNames = async (req: PayloadRequest, ids: (string | number)[]) => {
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return ids.map((id) => {
    const user = found.docs.find((doc) => sameId(doc.id, id)) as { name?: string; email?: string } | undefined
    return { id, name: user?.name || user?.email || String(id) }
  })
}

/** `GET /api/contests/:id/judging-progress` (board): jurors × entries, each cell scored / recused / pending. */
export const judgingProgressEndpoint: Endpoint = {
  path: '/:id/judging-progress',
  method: 'get',
  handler: async (req) => {
    const contest = await contestForJudging(req, 'board')
    if (contest instanceof Response) return contest
    const [{ entries, cells, counts }, jurors] = await Promise.all([
      judgingProgressOf(req, contest),
      userNames(req, juryOf(contest)),
    ])
    return Response.json({
      stage: contest.stage,
      jurors,
      entries: entries.map((entry, index) => ({
        id: entry.id,
        number: entry.number,
        title: entry.title,
        cells: cells[index],
      })),
      counts,
    })
  },
}

/**
 * `GET /api/contests/:id/judging` (a juror, or the board): the rubric and the entries to score, with
 * the signed-in juror's own sheets. Never the entrants' contact details, never other jurors' marks.
 */
export const jurorSheetEndpoint: Endpoint = {
  path: '/:id/judging',
  method: 'get',
  handler: async (req) => {
    const contest = await contestForJudging(req, 'board_or_jury')
    if (contest instanceof Response) return contest
    const entries = await scorableEntries(req, contest.id)
    const mine = (await sheetsOf(req, contest.id)).filter((sheet) => sameId(relationId(sheet.juror), req.user!.id))
    const photoIds = entries.flatMap((entry) => (entry.photos ?? []).map((photo) => relationId(photo)!))
    const photos = photoIds.length
      ? (
          await req.payload.find({
            collection: 'media',
            where: { id: { in: photoIds } },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs
      : []
    return Response.json({
      contest: { id: contest.id, title: contest.title, stage: contest.stage, rubric: contest.rubric ?? [] },
      isJuror: isJurorOf(contest, req.user!.id),
      entries: entries.map((entry) => {
        const sheet = mine.find((each) => sameId(relationId(each.entry), entry.id))
        return {
          id: entry.id,
          number: entry.number,
          title: entry.title,
          story: entry.story ?? null,
          text: entry.text ?? null,
          link: entry.link ?? null,
          photos: (entry.photos ?? []).map((photo) => {
            const doc = photos.find((each) => sameId(each.id, relationId(photo))) as
              { id: string; url?: string } | undefined
            return { id: relationId(photo), url: doc?.url ?? null }
          }),
          sheet: sheet
            ? {
                marks: sheet.marks ?? [],
                total: sheet.total ?? null,
                recused: Boolean(sheet.recused),
                submittedAt: sheet.submittedAt ?? null,
              }
            : null,
        }
      }),
    })
  },
}

/**
 * `POST /api/contests/:id/results` `{ acceptPending? }` (board): the ranking from the submitted sheets
 * and the frozen votes, written on every entry (jury score, final score, rank, prize; scored entries
 * move to `scored`), and the announcement drafted. Running it again gives the same result and the
 * same story. While sheets are pending it needs `acceptPending: true` (the machine's rule for
 * publishing results), else 409 `judging_incomplete` and nothing is written.
 */
export const computeResultsEndpoint: Endpoint = {
  path: '/:id/results',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const contest = await contestForJudging(req, 'board')
      if (contest instanceof Response) return contest
      if (contest.stage !== 'judging' && contest.stage !== 'results_published') {
        return refusal(req, 'results_not_ready', 409)
      }
      const { acceptPending } = await jsonBody(req)
      const { entries, sheets, counts } = await judgingProgressOf(req, contest)
      const unfinished = pendingSheetsRefusal(counts.pending, { acceptPending })
      if (unfinished) throw refusalOf(unfinished)
      const facts = entries.map((entry) => ({
        id: String(entry.id),
        number: entry.number,
        votes: entry.votes ?? 0,
        juryScore: juryScore(
          sheets
            .filter((sheet) => sameId(relationId(sheet.entry), entry.id))
            .map((sheet) => ({
              total: sheet.total ?? null,
              recused: Boolean(sheet.recused),
              submitted: Boolean(sheet.submittedAt),
            })),
        ),
      }))
      const results = rankEntries(facts, contest.resultFormula, contest.votesWeight ?? 0, contest.prizes ?? [])
      for (const result of results) {
        const entry = entries.find((each) => sameId(each.id, result.id))!
        await writeEntry(
          req.payload,
          entry.id,
          {
            juryScore: result.juryScore,
            finalScore: result.finalScore,
            rank: result.rank,
            prize: result.prize,
            ...(result.juryScore !== null ? { stage: 'scored' as const } : {}),
          },
          req,
        )
      }
      const winners = results
        .filter((result) => result.prize)
        .map((result) => ({ result, entry: entries.find((each) => sameId(each.id, result.id))! }))
      const announcement = await draftAnnouncement(req, contest, winners)
      return Response.json({
        announcement,
        results: results.map(({ id, number, juryScore: jury, votes, finalScore, rank, prize }) => ({
          id: entries.find((each) => sameId(each.id, id))!.id,
          number,
          juryScore: jury,
          votes,
          finalScore,
          rank,
          prize,
        })),
      })
    }),
}
