import type { AdminViewServerProps } from 'payload'

import { relationId, toActor } from '../../../auth/actor'
import { languageOf } from '../../../i18n/language'
import { isOperator, rolesInPage } from '../../../fanpages/membership'
import { hasAnyRole, type Id, sameId } from '../../../workflow/roles'
import { NewsroomViewShell, signedInUser } from '../../calendar/NewsroomViewShell'
import { JudgingScreen } from './JudgingScreen'
import { JUDGING_LABELS as L } from './labels'
import './Judging.scss'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/cham-thi?contest=…`: the contests the user judges or runs (their page's board), then one
 * contest's sheets and, for the board, its progress and results.
 */
export const JudgingView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const asked = first(view.searchParams?.contest)
  const user = signedInUser(req, `/cham-thi${asked ? `?contest=${encodeURIComponent(asked)}` : ''}`)
  const actor = toActor(user)!
  const language = languageOf(req.i18n.language)
  const { docs } = await req.payload.find({
    collection: 'contests',
    where: { stage: { in: ['closed', 'judging', 'results_published'] } },
    select: { title: true, page: true, jury: true },
    sort: '-closesAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const isBoardOf = (contest: { page?: unknown }) =>
    isOperator(actor) || hasAnyRole({ roles: rolesInPage(actor, relationId(contest.page as Id)) }, ['board', 'admin'])
  const mine = docs.filter(
    (contest) =>
      isBoardOf(contest) || ((contest.jury ?? []) as Id[]).some((juror) => sameId(relationId(juror), actor.id)),
  )
  const current = mine.find((contest) => sameId(contest.id, asked)) ?? mine[0]
  const adminRoute = req.payload.config.routes.admin

  return (
    <NewsroomViewShell className="newsroom-judging-view" path="/cham-thi" title={L.title[language]} view={view}>
      {mine.length === 0 || !current ? (
        <p>{L.none[language]}</p>
      ) : (
        <>
          {mine.length > 1 ? (
            <nav aria-label={L.pickContest[language]}>
              {mine.map((contest) => (
                <a
                  aria-current={sameId(contest.id, current.id) ? 'page' : undefined}
                  className="btn btn--style-secondary btn--size-small"
                  href={`${adminRoute}/cham-thi?contest=${encodeURIComponent(String(contest.id))}`}
                  key={String(contest.id)}
                >
                  {String(contest.title)}
                </a>
              ))}
            </nav>
          ) : null}
          <JudgingScreen contest={current.id} isBoard={isBoardOf(current)} key={String(current.id)} />
        </>
      )}
    </NewsroomViewShell>
  )
}
