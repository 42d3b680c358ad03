import type { Endpoint } from 'payload'

import { relationId } from '../../auth/actor'
import { incrementColumn } from '../../db/increment'
import { ContestRefusal } from '../errors'
import type { ContestStage, EntryStage } from '../labels'
import { addressOf, withinLimit } from '../limits'
import { PUBLIC_ENTRY_STAGES, votesOnSite } from '../publicView'
import { readVotes, voteCookie } from '../voteCookie'
import { answer } from './answer'

const ID = /^[A-Za-z0-9_-]{1,40}$/

/**
 * `POST /api/contest-entries/:id/vote`: a visitor's vote on the site's gallery, for contests whose
 * votes are not Facebook reactions. Once per browser (a signed cookie), rate-limited per address,
 * refused from the closing time on; `votes` goes up by one in a single statement.
 */
export const voteEndpoint: Endpoint = {
  path: '/:id/vote',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const id = String(req.routeParams?.id ?? '')
      if (!ID.test(id)) throw new ContestRefusal('entry_not_found', 404)
      const { docs } = await req.payload.find({
        collection: 'contest-entries',
        where: { and: [{ id: { equals: id } }, { stage: { in: [...PUBLIC_ENTRY_STAGES] } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { contest: true, stage: true, votes: true },
      })
      const entry = docs[0] as { id: string | number; contest: unknown; stage: EntryStage; votes?: number } | undefined
      if (!entry) throw new ContestRefusal('entry_not_found', 404)
      const contest = (await req.payload.findByID({
        collection: 'contests',
        id: relationId(entry.contest as never)!,
        depth: 0,
        overrideAccess: true,
        select: { stage: true, closesAt: true, channels: true },
      })) as unknown as { stage: ContestStage; closesAt: string; channels?: unknown[] }
      if (contest.stage !== 'open' || new Date(contest.closesAt).getTime() <= Date.now()) {
        throw new ContestRefusal('votes_closed', 409)
      }
      if (!(await votesOnSite(req.payload, contest.channels))) throw new ContestRefusal('votes_not_here', 409)
      const secret = req.payload.secret
      const voted = readVotes(req.headers.get('cookie'), secret)
      if (voted.includes(String(entry.id))) throw new ContestRefusal('already_voted', 409)
      if (!(await withinLimit('vote:address', addressOf(req)))) throw new ContestRefusal('too_many_requests', 429)
      const votes = await incrementColumn(req.payload, {
        collection: 'contest-entries',
        id: entry.id,
        field: 'votes',
        expect: { votesFrozen: false },
      })
      if (votes === null) throw new ContestRefusal('votes_closed', 409)
      const secure = Boolean(req.payload.config.serverURL?.startsWith('https:'))
      return Response.json(
        { votes },
        { headers: { 'set-cookie': voteCookie([...voted, String(entry.id)], secret, secure) } },
      )
    }),
}
