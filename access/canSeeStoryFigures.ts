import { relationId } from '../src/auth/actor'
import { type Actor, type Id, hasAnyRole, holdsArea, sameId } from '../src/workflow/roles'

/**
 * A story's reach and engagement: for the board and admins, its author, and the editors of its area.
 * (The insights across stories stay the board's: `mayReadInsights`.)
 */
export const canSeeStoryFigures = (
  actor: Actor | null,
  story: { author?: Id | { id: Id } | null; area?: Id | { id: Id } | null },
): boolean => {
  if (!actor) return false
  if (hasAnyRole(actor, ['board', 'admin'])) return true
  if (sameId(relationId(story.author), actor.id)) return true
  return holdsArea(actor, relationId(story.area))
}
