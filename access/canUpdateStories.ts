import type { Access, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { AUTHOR_EDITABLE_STAGES } from '../src/workflow/stages'
import { hasAnyRole, hasRole, holdsArea } from '../src/workflow/roles'

/**
 * Board and admin edit any story (frozen content is guarded by a hook); an editor edits their
 * areas' stories; an author edits their own while it is a draft or sent back for changes.
 *
 * The `Where` only scopes the stored story, so the incoming `area` is checked too: an editor must not
 * move a story into an area they do not hold.
 */
export const canUpdateStories: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, ['board', 'admin'])) return true

  const editable: Where[] = [
    { and: [{ author: { equals: actor.id } }, { stage: { in: [...AUTHOR_EDITABLE_STAGES] } }] },
  ]
  if (hasRole(actor, 'editor') && actor.areas.length > 0) {
    const incomingArea = data && 'area' in data ? relationId(data.area) : undefined
    if (incomingArea === undefined || holdsArea(actor, incomingArea)) {
      editable.push({ area: { in: actor.areas } })
    } else {
      // Moving a story to an area this editor does not hold is only allowed to its author, in a draft.
      return editable[0]
    }
  }
  return { or: editable }
}
