// Who reacted to and commented on a page's post: the `/{post-id}/reactions` and `/{post-id}/comments`
// edges that share campaigns read to verify members' taps.
import { ok, type RouteContext, type RouteResult } from './context'
import type { SimulatedPost } from './types'

export interface SimulatedReaction {
  /** A page-scoped id when the person has a relationship with the page; else an opaque id. */
  id: string
  name: string
  type: 'LIKE' | 'LOVE' | 'CARE' | 'HAHA' | 'WOW' | 'SAD' | 'ANGRY'
  /** Facebook gives names only for page-scoped ids (people who interacted with the page). */
  pageScoped: boolean
}

/** Reactions by post id, for the simulators of this process (a test reacts, then reads through the API). */
const reactionsByPost = new Map<string, SimulatedReaction[]>()

/** A test's reader reacting to a post. */
export function addReaction(postId: string, reaction: SimulatedReaction): void {
  reactionsByPost.set(postId, [...(reactionsByPost.get(postId) ?? []), reaction])
}

/** `GET /{post-id}/reactions` and `GET /{post-id}/comments`: one page of people, newest first. */
export function readPeopleEdge(
  context: RouteContext,
  post: SimulatedPost,
  edge: 'reactions' | 'comments',
): RouteResult {
  if (edge === 'reactions') {
    const reactions = reactionsByPost.get(post.id) ?? []
    return ok({
      data: reactions.map((reaction) =>
        reaction.pageScoped
          ? { id: reaction.id, name: reaction.name, type: reaction.type }
          : { id: reaction.id, type: reaction.type },
      ),
      paging: {},
    })
  }
  const comments = context.store.commentsOf(post.id)
  return ok({
    data: comments.map((comment) => ({
      id: comment.id,
      message: comment.message,
      created_time: comment.created_time,
      from: comment.from,
    })),
    paging: {},
  })
}
