import { moveState } from '../stateMove'
import { actionDone, itemAction, refuse } from './shared'

const CLOSABLE_STATES = ['new', 'assigned', 'escalated', 'replied'] as const

/** `POST /api/inbox/:id/close`: nothing (more) to answer, e.g. spam or a thank-you. */
export const closeEndpoint = itemAction('close', async (req, { item }) => {
  const moved = await moveState(req.payload, item, CLOSABLE_STATES, 'closed')
  if (moved === null) return refuse(req, 'already_handled', 409)
  return actionDone(req, item.id, 'closed')
})
