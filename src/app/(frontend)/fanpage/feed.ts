import type { Payload } from 'payload'

import { relationId } from '../../../auth/actor'
import type { ApprovedContent } from '../../../publishing/approved/content'
import { loadApprovedContents } from '../../../publishing/approved/snapshot'
import type { PostSections } from '../../../publishing/message'
import { postText } from '../../../publishing/postText'
import type { Id } from '../../../workflow/roles'
import { latestTotals, LOCAL_REACTIONS } from '../../../insights/local/counters'
import { localFeedChannels, storiesWithApprovedContent } from './visibility'

export const FEED_PAGE_SIZE = 10

export interface FeedPhoto {
  /** Served by the public photo route, since the media API itself needs a login. */
  src: string
  /** The caption, for readers who cannot see the photo; the post's text is the message's, nothing more. */
  alt: string
  width: number | null
  height: number | null
}

export interface FeedPost {
  storyId: string
  /** Exactly the text the Facebook page receives, without the publication marker. */
  text: PostSections
  publishedAt: string | null
  photos: FeedPhoto[]
  /** Readers' reactions on the public page so far (its `reactions` figure). */
  reactions: number
}

export interface Feed {
  page: number
  totalPosts: number
  hasNextPage: boolean
  posts: FeedPost[]
  /** Set when there is exactly one local channel, so the header can name it. */
  channelName: string | null
}

/** The n-th (from 1) approved photo of a story: `/fanpage/anh/<story id>-<n>`. */
export const photoSrc = (storyId: Id, position: number) =>
  `/fanpage/anh/${encodeURIComponent(`${String(storyId)}-${position}`)}`

/** `?trang=` as a page number; anything odd reads as the first page rather than an error page. */
export const pageFromQuery = (value: unknown): number => {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== 'string' || !/^\d{1,6}$/.test(text)) return 1
  return Math.max(1, Number(text))
}

type Entry = { storyId: Id; publicationId: Id; publishedAt: string | null }

/** Every story on the public page, newest first, once even if several local channels carry it. */
const publishedEntries = async (payload: Payload, channelIds: Id[]): Promise<Entry[]> => {
  if (channelIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'publications',
    where: { and: [{ state: { equals: 'published' } }, { channel: { in: channelIds } }] },
    sort: ['-publishedAt', '-createdAt'],
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { story: true, publishedAt: true },
  })
  const seen = new Set<string>()
  const entries: Entry[] = []
  for (const row of docs) {
    const storyId = relationId(row.story as Id | null)
    if (storyId === null || seen.has(String(storyId))) continue
    seen.add(String(storyId))
    entries.push({
      storyId,
      publicationId: row.id,
      publishedAt: typeof row.publishedAt === 'string' ? row.publishedAt : null,
    })
  }
  const visible = await storiesWithApprovedContent(
    payload,
    entries.map((entry) => entry.storyId),
  )
  return entries.filter((entry) => visible.has(String(entry.storyId)))
}

// Only what the post shows is copied: the story document also holds its author and history.
const toPost = (storyId: Id, content: ApprovedContent, publishedAt: string | null, reactions: number): FeedPost => ({
  storyId: String(storyId),
  reactions,
  text: postText(content),
  publishedAt,
  photos: content.photos.map((photo, index) => ({
    src: photoSrc(storyId, index + 1),
    alt: photo.caption.normalize('NFC'),
    width: photo.width,
    height: photo.height,
  })),
})

/**
 * One page of the public timeline. With `storyId`, the page holding that story is chosen instead,
 * so that a permalink to an older post still lands on it.
 */
export const loadFeed = async (payload: Payload, options: { page?: number; storyId?: string } = {}): Promise<Feed> => {
  const channels = await localFeedChannels(payload)
  const entries = await publishedEntries(
    payload,
    channels.map((channel) => channel.id),
  )
  let page = Math.max(1, Math.floor(options.page ?? 1))
  const wanted = options.storyId ? entries.findIndex((entry) => String(entry.storyId) === options.storyId) : -1
  if (wanted >= 0) page = Math.floor(wanted / FEED_PAGE_SIZE) + 1

  const slice = entries.slice((page - 1) * FEED_PAGE_SIZE, page * FEED_PAGE_SIZE)
  const contents = await loadApprovedContents(
    payload,
    slice.map((entry) => entry.storyId),
  )

  const reactions = await latestTotals(
    payload,
    slice.map((entry) => entry.publicationId),
    LOCAL_REACTIONS,
  )

  return {
    page,
    totalPosts: entries.length,
    hasNextPage: page * FEED_PAGE_SIZE < entries.length,
    posts: slice.flatMap((entry) => {
      const content = contents.get(String(entry.storyId))
      const reacted = reactions.get(String(entry.publicationId)) ?? 0
      return content ? [toPost(entry.storyId, content, entry.publishedAt, reacted)] : []
    }),
    channelName: channels.length === 1 ? channels[0]!.name : null,
  }
}
