import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { toActor } from '../../auth/actor'
import { type Actor, hasAnyRole } from '../../workflow/roles'
import { type RosterMessageCode, rosterMessage } from '../messages'

export const refuse = (req: PayloadRequest, code: RosterMessageCode, status: number, detail = '') =>
  Response.json({ errors: [{ message: rosterMessage(code, req.i18n?.language) + detail, data: { code } }] }, { status })

/** Who may see the roster (with names) and who may change it; the refusal to send otherwise. */
export const actorFor = (req: PayloadRequest, may: 'read' | 'edit'): Actor | Response => {
  const actor = toActor(req.user)
  if (!actor) return refuse(req, 'not_signed_in', 401)
  const roles = may === 'edit' ? (['board', 'admin'] as const) : (['duty', 'board', 'admin'] as const)
  if (hasAnyRole(actor, roles)) return actor
  return refuse(req, may === 'edit' ? 'not_permitted' : 'roster_hidden', 403)
}

export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}
