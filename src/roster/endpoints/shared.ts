import type { Endpoint, PayloadRequest } from 'payload'

import { toActor } from '../../auth/actor'
import { refusalsFrom } from '../../i18n/refusal'
import { type Actor, hasAnyRole } from '../../workflow/roles'
import { type RosterMessageCode, rosterMessage } from '../messages'
import { loadWeek } from '../weekData'

export const refuse = refusalsFrom(rosterMessage)

/** Who may see the roster (with names) and who may change it; the refusal to send otherwise. */
const actorFor = (req: PayloadRequest, may: 'read' | 'edit'): Actor | Response => {
  const actor = toActor(req.user)
  if (!actor) return refuse(req, 'not_signed_in', 401)
  const roles = may === 'edit' ? (['board', 'admin'] as const) : (['duty', 'board', 'admin'] as const)
  if (hasAnyRole(actor, roles)) return actor
  return refuse(req, may === 'edit' ? 'not_permitted' : 'roster_hidden', 403)
}

/** A roster endpoint: `handle` runs only for whoever may `may` the roster; otherwise the refusal goes back. */
export const rosterEndpoint = (
  method: 'get' | 'post',
  path: string,
  may: 'read' | 'edit',
  handle: (req: PayloadRequest) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const actor = actorFor(req, may)
    return actor instanceof Response ? actor : handle(req)
  },
})

/** The answer to a change: what it did, the week as it is now, and what was done in the request's language. */
export const changedWeek = async (
  req: PayloadRequest,
  monday: string,
  code: RosterMessageCode,
  done: Record<string, unknown>,
) =>
  Response.json({
    ...done,
    week: await loadWeek(req.payload, monday),
    message: rosterMessage(code, req.i18n?.language),
  })
