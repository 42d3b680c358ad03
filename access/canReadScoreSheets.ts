import type { Access, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { hasAnyRole } from '../src/workflow/roles'

/**
 * Score sheets, blind: the board of the contest's page sees them all; a juror sees their own, and
 * other jurors' sheets only for the entries they have scored themselves (submitted, not recused).
 */
export const canReadScoreSheets: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const board = perPage(actor, (roles) => hasAnyRole({ roles }, ['board', 'admin']))
  if (board === true) return true
  const scored = await req.payload.find({
    collection: 'contest-scores',
    where: {
      and: [{ juror: { equals: actor.id } }, { submittedAt: { exists: true } }, { recused: { not_equals: true } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const entries = scored.docs.map((sheet) => relationId(sheet.entry as never)).filter((id) => id !== null)
  const reachable: Where[] = [{ juror: { equals: actor.id } }]
  if (entries.length > 0) reachable.push({ entry: { in: entries } })
  if (board !== false) reachable.push(board as Where)
  return { or: reachable }
}
