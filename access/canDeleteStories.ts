import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { isOperator, perPage } from '../src/fanpages/membership'

/** Only a never-submitted draft may be deleted by its author; nothing that entered review vanishes. */
export const canDeleteStories: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const ownDraft: Where = { and: [{ author: { equals: actor.id } }, { stage: { equals: 'draft' } }] }
  return perPage(actor, () => ownDraft) as Where | boolean
}
