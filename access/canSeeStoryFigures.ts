import { relationId } from '../src/auth/actor'
import { actorInPage } from '../src/fanpages/membership'
import { type Actor, type Id, hasAnyRole, holdsArea, sameId } from '../src/workflow/roles'

type Relation = Id | { id: Id } | null | undefined

/**
 * A story's reach and engagement: for its page's board (and admins), its author, and the editors of
 * its area. (The insights across stories stay the board's: `mayReadInsights`.)
 */
export const canSeeStoryFigures = (
  actor: Actor | null,
  story: { author?: Relation; area?: Relation; page?: Relation },
): boolean => {
  if (!actor) return false
  const inPage = actorInPage(actor, relationId(story.page))
  if (hasAnyRole(inPage, ['board', 'admin'])) return true
  if (sameId(relationId(story.author), actor.id)) return true
  return holdsArea(inPage, relationId(story.area))
}
