import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../../auth/actor'
import { actorInPage } from '../../fanpages/membership'
import { findVisible } from '../../auth/visible'
import { jsonBody } from '../../endpoints/jsonBody'
import { refusalsFrom } from '../../i18n/refusal'
import { type Actor, hasAnyRole, hasRole, sameId, type Id } from '../../workflow/roles'
import { type InboxMessageCode, inboxMessage } from '../messages'

export interface InboxDoc {
  id: Id
  kind: 'comment' | 'message'
  text?: string | null
  state: string
  assignee?: unknown
  from?: { senderId?: string | null; name?: string | null } | null
  externalId: string
  facebookPageId?: string | null
  postId?: string | null
  receivedAt: string
  rebuttal?: unknown
  page?: unknown
}

export const refuse = refusalsFrom(inboxMessage)

/** The board (and admins) handle every item; a duty member only what is assigned to them. */
export const mayHandle = (actor: Actor, item: Pick<InboxDoc, 'assignee'>) =>
  hasAnyRole(actor, ['board', 'admin']) ||
  (hasRole(actor, 'duty') && sameId(relationId(item.assignee as never), actor.id))

/**
 * The item an action is about, read as this user sees it (an item they cannot read does not exist
 * for them), or the refusal to send back.
 */
const itemForAction = async (req: PayloadRequest): Promise<{ actor: Actor; item: InboxDoc } | Response> => {
  const user = toActor(req.user)
  if (!user) return refuse(req, 'not_signed_in', 401)
  if (!hasAnyRole(user, ['duty', 'board', 'admin'])) return refuse(req, 'not_permitted', 403)
  const item = await findVisible<InboxDoc>(req, 'inbox', String(req.routeParams?.id))
  if (!item) return refuse(req, 'not_found', 404)
  // What they may do to it is decided by their roles in the item's page.
  const actor = actorInPage(user, relationId(item.page as never))
  if (!mayHandle(actor, item)) return refuse(req, 'not_permitted', 403)
  return { actor, item }
}

/**
 * `POST /api/inbox/:id/<action>`: `act` runs only for an item this user may handle; otherwise the
 * refusal goes back.
 */
export const itemAction = (
  action: string,
  act: (req: PayloadRequest, loaded: { actor: Actor; item: InboxDoc }) => Promise<Response>,
): Endpoint => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req) => {
    // Actions that take no body still refuse one that is not an object.
    await jsonBody(req)
    const loaded = await itemForAction(req)
    return loaded instanceof Response ? loaded : act(req, loaded)
  },
})

/** The item after an action, as this user sees it. */
const itemAsSeen = (req: PayloadRequest, id: Id) =>
  req.payload.findByID({ collection: 'inbox', id, depth: 0, overrideAccess: false, user: req.user })

/** The answer to a done action: the item as this user now sees it, and what was done, in their language. */
export const actionDone = async (
  req: PayloadRequest,
  id: Id,
  code: InboxMessageCode,
  extra: Record<string, unknown> = {},
  status = 200,
) =>
  Response.json(
    { doc: await itemAsSeen(req, id), ...extra, message: inboxMessage(code, req.i18n?.language) },
    { status },
  )
