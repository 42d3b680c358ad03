import type { Endpoint } from 'payload'

import { inboxMessage } from '../messages'
import { moveState } from '../stateMove'
import { itemAsSeen, itemForAction, refuse } from './shared'

const CLOSABLE_STATES = ['new', 'assigned', 'escalated', 'replied'] as const

/** `POST /api/inbox/:id/close`: nothing (more) to answer, e.g. spam or a thank-you. */
export const closeEndpoint: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    const loaded = await itemForAction(req)
    if (loaded instanceof Response) return loaded
    const moved = await moveState(req.payload, loaded.item, CLOSABLE_STATES, 'closed')
    if (moved === null) return refuse(req, 'already_handled', 409)
    return Response.json({
      doc: await itemAsSeen(req, loaded.item.id),
      message: inboxMessage('closed', req.i18n?.language),
    })
  },
}
