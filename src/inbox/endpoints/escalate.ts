import type { Endpoint } from 'payload'

import { escalateItem } from '../escalation'
import { inboxMessage } from '../messages'
import { itemAsSeen, itemForAction, refuse } from './shared'

/** `POST /api/inbox/:id/escalate`: the duty member hands a sensitive item to the board before its deadline. */
export const escalateEndpoint: Endpoint = {
  path: '/:id/escalate',
  method: 'post',
  handler: async (req) => {
    const loaded = await itemForAction(req)
    if (loaded instanceof Response) return loaded
    const { item } = loaded
    const moved = await escalateItem(req.payload, item, { now: new Date(), reason: 'manual', req })
    if (!moved) return refuse(req, item.state === 'escalated' ? 'already_escalated' : 'already_handled', 409)
    return Response.json({
      doc: await itemAsSeen(req, item.id),
      message: inboxMessage('escalated', req.i18n?.language),
    })
  },
}
