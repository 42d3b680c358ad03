import type { Access, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { perPage } from '../src/fanpages/membership'
import { AUTHOR_EDITABLE_STAGES } from '../src/workflow/stages'
import { type Actor, type Id, type Role, hasAnyRole, hasRole, holdsArea } from '../src/workflow/roles'

const editableInPage = (actor: Actor, roles: readonly Role[], incomingArea: Id | null | undefined): Where | boolean => {
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  const ownDraft: Where = { and: [{ author: { equals: actor.id } }, { stage: { in: [...AUTHOR_EDITABLE_STAGES] } }] }
  if (!hasRole({ roles }, 'editor') || actor.areas.length === 0) return ownDraft
  // Moving a story to an area this editor does not hold is only allowed to its author, in a draft.
  if (incomingArea !== undefined && !holdsArea({ roles, areas: actor.areas }, incomingArea)) return ownDraft
  return { or: [ownDraft, { area: { in: actor.areas } }] }
}

/**
 * In each of their pages: board and admin edit any story (frozen content is guarded by a hook); an
 * editor edits their areas' stories; an author edits their own while it is a draft or sent back.
 *
 * The `Where` only scopes the stored story, so the incoming `area` is checked too: an editor must not
 * move a story into an area they do not hold.
 */
export const canUpdateStories: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const incomingArea = data && 'area' in data ? relationId(data.area) : undefined
  return perPage(actor, (roles) => editableInPage(actor, roles, incomingArea)) as Where | boolean
}
