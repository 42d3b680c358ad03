import type { Payload } from 'payload'

import { relationId } from '../../../auth/actor'
import { normalizeHashtags } from '../../../publishing/message'
import type { Id } from '../../../workflow/roles'
import { localFeedChannels, storiesWithApprovedContent } from './visibility'

export const FEED_PAGE_SIZE = 10

export interface FeedPhoto {
  id: string
  /** Served by the public photo route, since the media API itself needs a login. */
  src: string
  caption: string
  credit: string
  width: number | null
  height: number | null
}

export interface FeedPost {
  storyId: string
  title: string
  summary: string | null
  /** The story's Lexical document, rendered by LexicalBody. */
  body: unknown
  publishedAt: string | null
  area: { name: string; hashtags: string[] } | null
  photos: FeedPhoto[]
}

export interface Feed {
  page: number
  totalPosts: number
  hasNextPage: boolean
  posts: FeedPost[]
  /** Set when there is exactly one local channel, so the header can name it. */
  channelName: string | null
}

export const photoSrc = (mediaId: Id) => `/fanpage/anh/${encodeURIComponent(String(mediaId))}`

/** `?trang=` as a page number; anything odd reads as the first page rather than an error page. */
export const pageFromQuery = (value: unknown): number => {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== 'string' || !/^\d{1,6}$/.test(text)) return 1
  return Math.max(1, Number(text))
}

type Entry = { storyId: Id; publishedAt: string | null }

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
    entries.push({ storyId, publishedAt: typeof row.publishedAt === 'string' ? row.publishedAt : null })
  }
  const visible = await storiesWithApprovedContent(
    payload,
    entries.map((entry) => entry.storyId),
  )
  return entries.filter((entry) => visible.has(String(entry.storyId)))
}

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : '')
const dimension = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null)

const toPhoto = (media: unknown): FeedPhoto | null => {
  if (typeof media !== 'object' || media === null) return null
  const doc = media as Record<string, any>
  const fanpage = doc.sizes?.fanpage?.filename ? doc.sizes.fanpage : doc
  return {
    id: String(doc.id),
    src: photoSrc(doc.id),
    caption: text(doc.caption),
    credit: text(doc.credit),
    width: dimension(fanpage.width),
    height: dimension(fanpage.height),
  }
}

// Only fields a reader may see are copied: the story document also holds its author and history.
const toPost = (story: Record<string, any>, publishedAt: string | null): FeedPost => {
  const area = typeof story.area === 'object' && story.area !== null ? story.area : null
  return {
    storyId: String(story.id),
    title: text(story.title),
    summary: text(story.summary).trim() || null,
    body: story.body ?? null,
    publishedAt,
    area: area
      ? { name: text(area.name), hashtags: normalizeHashtags(text(area.hashtags).split(/\s+/).filter(Boolean)) }
      : null,
    photos: ((story.photos ?? []) as unknown[]).map(toPhoto).filter((photo): photo is FeedPhoto => photo !== null),
  }
}

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
  const stories =
    slice.length === 0
      ? []
      : (
          await payload.find({
            collection: 'stories',
            where: { id: { in: slice.map((entry) => entry.storyId) } },
            depth: 1,
            pagination: false,
            overrideAccess: true,
            select: { title: true, summary: true, body: true, photos: true, area: true },
          })
        ).docs
  const byId = new Map(stories.map((story) => [String(story.id), story as Record<string, any>]))

  return {
    page,
    totalPosts: entries.length,
    hasNextPage: page * FEED_PAGE_SIZE < entries.length,
    posts: slice.flatMap((entry) => {
      const story = byId.get(String(entry.storyId))
      return story ? [toPost(story, entry.publishedAt)] : []
    }),
    channelName: channels.length === 1 ? channels[0]!.name : null,
  }
}
