import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'

/** Webhooks name posts `<page>_<post>`; an id without the page part is tried in that form too. */
const postIdForms = (pageId: string | null, postId: string) =>
  postId.includes('_') || !pageId ? [postId] : [postId, `${pageId}_${postId}`]

/** The newsroom's publication of the post a comment is on, when the newsroom published it. */
export const publicationOfPost = async (
  payload: Payload,
  pageId: string | null,
  postId: string | null,
  req?: PayloadRequest,
): Promise<{ storyId: Id; permalink: string | null } | null> => {
  if (!postId) return null
  const found = await payload.find({
    collection: 'publications',
    where: { externalId: { in: postIdForms(pageId, postId) } },
    depth: 0,
    limit: 1,
    req,
  })
  const publication = found.docs[0] as { story?: unknown; permalink?: string | null } | undefined
  const storyId = publication ? relationId(publication.story as never) : null
  return storyId === null ? null : { storyId, permalink: publication?.permalink ?? null }
}

/**
 * A link to a comment: the post's permalink with `comment_id` (the comment's own part of its id),
 * which is how Facebook opens a post scrolled to one comment. Without a known permalink the post id
 * itself is a working Facebook address.
 */
export const commentPermalink = (input: { postPermalink: string | null; postId: string | null; commentId: string }) => {
  const base = input.postPermalink ?? (input.postId ? `https://www.facebook.com/${input.postId}` : null)
  if (!base) return null
  const url = new URL(base)
  url.searchParams.set('comment_id', input.commentId.split('_').pop()!)
  return url.toString()
}

export const inboxLink = (id: Id) => `/admin/collections/inbox/${id}`

/** One line of a comment or message, short enough for a notification. */
export const excerpt = (text: string, length = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/**
 * The commented post's permalink: the newsroom's own publication when it published the post, else
 * what the webhook event said about the post.
 */
export const postPermalinkOf = async (
  payload: Payload,
  item: { facebookPageId?: string | null; postId?: string | null; externalId: string },
  req?: PayloadRequest,
): Promise<string | null> => {
  const publication = await publicationOfPost(payload, item.facebookPageId ?? null, item.postId ?? null, req)
  if (publication?.permalink) return publication.permalink
  const events = await payload.find({
    collection: 'webhook-events',
    where: { dedupeKey: { contains: `fb:feed:${item.facebookPageId ?? ''}:${item.externalId}:add:` } },
    depth: 0,
    limit: 1,
    req,
  })
  const event = (events.docs[0] as { payload?: { event?: { post?: { permalink_url?: unknown } } } } | undefined)
    ?.payload?.event
  const link = event?.post?.permalink_url
  return typeof link === 'string' ? link : null
}
