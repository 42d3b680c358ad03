import type { Payload } from 'payload'

import type { Id } from '../../../workflow/roles'
import { FROZEN_STAGES } from '../../../workflow/stages'

/**
 * The page whose local feed carries the story, if any: an old `/fanpage?bai=` link to a grassroots
 * post is sent there.
 */
export const pageOfLocalPost = async (payload: Payload, storyId: Id): Promise<Id | null> => {
  const { docs } = await payload.find({
    collection: 'publications',
    where: { and: [{ story: { equals: storyId } }, { state: { equals: 'published' } }] },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    select: { channel: true, page: true },
  })
  const local = docs.find((row) => (row.channel as { kind?: unknown } | null)?.kind === 'local_feed')
  const page = local?.page
  return page == null ? null : typeof page === 'object' ? (page as { id: Id }).id : (page as Id)
}

export interface LocalChannel {
  id: Id
  name: string
}

/** One page's local feed channels: its public timeline shows what they published, nothing else. */
export const localFeedChannels = async (payload: Payload, pageId: Id): Promise<LocalChannel[]> => {
  const { docs } = await payload.find({
    collection: 'channels',
    where: { and: [{ kind: { equals: 'local_feed' } }, { page: { equals: pageId } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  return docs.map((channel) => ({ id: channel.id, name: String(channel.name ?? '') }))
}

/**
 * Of the given stories, those whose content is still the approved version. A story sent back for
 * changes after it went out keeps its published publication, but its text may now be an unapproved
 * draft, which must not leak onto the public page.
 */
export const storiesWithApprovedContent = async (payload: Payload, storyIds: Id[]): Promise<Set<string>> => {
  if (storyIds.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: 'stories',
    where: { and: [{ id: { in: storyIds } }, { stage: { in: [...FROZEN_STAGES] } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { stage: true },
  })
  return new Set(docs.map((story) => String(story.id)))
}

/**
 * True when the story is on this page's public timeline now: published to one of the page's local
 * channels, content still as approved.
 */
export const isOnPublicPage = async (payload: Payload, storyId: Id, pageId: Id): Promise<boolean> => {
  const channels = await localFeedChannels(payload, pageId)
  if (channels.length === 0 || (await storiesWithApprovedContent(payload, [storyId])).size === 0) return false
  const published = await payload.count({
    collection: 'publications',
    where: {
      and: [
        { story: { equals: storyId } },
        { state: { equals: 'published' } },
        { channel: { in: channels.map((channel) => channel.id) } },
      ],
    },
    overrideAccess: true,
  })
  return published.totalDocs > 0
}
