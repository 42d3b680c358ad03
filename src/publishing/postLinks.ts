import type { Payload, PayloadRequest } from 'payload'

import { safeLink } from '../admin/publications/safeLink'
import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'

/** Where a published story can be read: the channel's name and kind, and the post's link. */
export interface PostLink {
  channel: string
  kind: 'local_feed' | 'facebook_page'
  /** A path on this site (the local feed) or the Facebook permalink. */
  url: string
}

/**
 * One link per publication of the story that went out, the local feed first. Publications and
 * channels are the board's to read: this is only ever asked for a story the asker may already read,
 * and gives away no more than the public post does (channel name and link, never ids or tokens).
 */
export const postLinksOf = async (payload: Payload, storyId: Id, req?: PayloadRequest): Promise<PostLink[]> =>
  (await postLinksByStory(payload, [storyId], req)).get(String(storyId)) ?? []

/** postLinksOf for several stories in two queries, by story id (as a string). */
export const postLinksByStory = async (
  payload: Payload,
  storyIds: readonly Id[],
  req?: PayloadRequest,
): Promise<Map<string, PostLink[]>> => {
  const byStory = new Map<string, PostLink[]>()
  if (storyIds.length === 0) return byStory
  const sent = await payload.find({
    collection: 'publications',
    where: { and: [{ story: { in: [...storyIds] } }, { state: { equals: 'published' } }] },
    select: { story: true, channel: true, permalink: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const channelIds = sent.docs
    .map((publication) => relationId(publication.channel as never))
    .filter((id) => id !== null)
  if (channelIds.length === 0) return byStory
  const channels = await payload.find({
    collection: 'channels',
    where: { id: { in: channelIds } },
    select: { name: true, kind: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(
    channels.docs.map((channel) => [
      String(channel.id),
      channel as unknown as { name: string; kind: PostLink['kind'] },
    ]),
  )
  for (const publication of sent.docs) {
    const channel = byId.get(String(relationId(publication.channel as never)))
    const url = safeLink(publication.permalink)
    if (!channel || !url) continue
    const story = String(relationId(publication.story as never))
    byStory.set(story, [...(byStory.get(story) ?? []), { channel: channel.name, kind: channel.kind, url }])
  }
  for (const links of byStory.values())
    links.sort((a, b) => Number(b.kind === 'local_feed') - Number(a.kind === 'local_feed'))
  return byStory
}
