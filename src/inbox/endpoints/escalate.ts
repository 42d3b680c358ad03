import { escalateItem } from '../escalation'
import { actionDone, itemAction, refuse } from './shared'

/** `POST /api/inbox/:id/escalate`: the duty member hands a sensitive item to the board before its deadline. */
export const escalateEndpoint = itemAction('escalate', async (req, { item }) => {
  const moved = await escalateItem(req.payload, item, { now: new Date(), reason: 'manual', req })
  if (!moved) return refuse(req, item.state === 'escalated' ? 'already_escalated' : 'already_handled', 409)
  return actionDone(req, item.id, 'escalated')
})
