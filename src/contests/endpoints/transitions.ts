import type { Endpoint } from 'payload'

import { relationId, toActor } from '../../auth/actor'
import { findVisible } from '../../auth/visible'
import { jsonBody } from '../../endpoints/jsonBody'
import { inTransaction } from '../../db/transaction'
import { applyContestTransition, applyEntryTransition, type ContestDoc, type EntryDoc } from '../apply'
import { ContestRefusal } from '../errors'
import { partiesFor } from '../parties'
import { answer } from './answer'

/**
 * `POST /api/contests/:id/transition {action, acceptPending?}`: the only way a contest changes stage
 * (its page's board). Publishing results while sheets are pending needs `acceptPending: true`.
 */
export const contestTransitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const actor = toActor(req.user)
      if (!actor) throw new ContestRefusal('not_permitted', 401)
      const { action, acceptPending } = await jsonBody(req)
      const id = String(req.routeParams?.id)
      await inTransaction(
        req.payload,
        async (tx) => {
          const contest = await findVisible<ContestDoc>(tx, 'contests', id)
          if (!contest) throw new ContestRefusal('contest_not_found', 404)
          const parties = partiesFor(actor, relationId(contest.page as never))
          await applyContestTransition(tx, contest, action, parties, new Date(), { acceptPending })
        },
        req,
      )
      return Response.json(
        await req.payload.findByID({ collection: 'contests', id, depth: 0, overrideAccess: false, user: req.user }),
      )
    }),
}

/**
 * `POST /api/contest-entries/:id/transition {action, reason?}`: moderators approve or reject (a
 * reason required) the entries of their page. Posting and scoring are the newsroom's own.
 */
export const entryTransitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const actor = toActor(req.user)
      if (!actor) throw new ContestRefusal('not_permitted', 401)
      const { action, reason } = await jsonBody(req)
      const id = String(req.routeParams?.id)
      const entry = await findVisible<EntryDoc>(req, 'contest-entries', id)
      if (!entry) throw new ContestRefusal('entry_not_found', 404)
      const parties = partiesFor(actor, relationId(entry.page as never)).filter((party) => party !== 'board')
      await applyEntryTransition(req.payload, { entry: entry.id, action, reason, parties })
      return Response.json(
        await req.payload.findByID({
          collection: 'contest-entries',
          id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        }),
      )
    }),
}
