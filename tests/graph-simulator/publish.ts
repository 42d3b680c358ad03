// POST /{page-id}/feed and POST /{page-id}/photos.
import { createHash } from 'node:crypto'

import {
  ok,
  optionalText,
  parseBoolean,
  parseHttpUrl,
  parseJsonObject,
  parseTimestamp,
  type PageHandler,
  type RouteContext,
} from './context'
import { GraphFailure, invalidParam } from './errors'
import { projectPost } from './read'
import { withoutToken } from './request'
import type { PageState } from './store'
import type { SimulatedPost } from './types'

const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const MIN_SCHEDULE_SECONDS = 10 * 60
const MAX_SCHEDULE_SECONDS = 30 * 24 * 60 * 60

const invalidImage = () => new GraphFailure(400, 324, '(#324) Missing or invalid image file')

// Magic numbers of the formats Facebook accepts for photos.
function isImage(bytes: Buffer): boolean {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1')
  return (
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    ascii(0, 4) === 'GIF8' ||
    ascii(0, 2) === 'BM' ||
    ascii(0, 4) === 'II*\0' ||
    ascii(0, 4) === 'MM\0*' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP')
  )
}

function readAttachedMedia(fields: Record<string, string>): string[] {
  const entries: Array<{ index: number; name: string; value: unknown }> = []
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'attached_media') {
      let list: unknown
      try {
        list = JSON.parse(value)
      } catch {
        list = undefined
      }
      if (!Array.isArray(list)) throw invalidParam('Param attached_media must be an array')
      list.forEach((item, index) => entries.push({ index, name: `attached_media[${index}]`, value: item }))
      continue
    }
    if (!name.startsWith('attached_media[')) continue
    const match = /^attached_media\[(\d+)\]$/.exec(name)
    if (!match) throw invalidParam(`Param ${name} is not a valid attached_media entry`)
    entries.push({ index: Number(match[1]), name, value })
  }
  entries.sort((a, b) => a.index - b.index)
  return entries.map(({ name, value }) => {
    const object = typeof value === 'string' ? parseJsonObject(name, value) : (value as Record<string, unknown>)
    const mediaId = object?.media_fbid
    if (typeof mediaId !== 'string' && typeof mediaId !== 'number') {
      throw invalidParam(`Param ${name} must be a JSON object with a media_fbid`)
    }
    return String(mediaId)
  })
}

function checkAttachable(context: RouteContext, page: PageState, mediaIds: string[]): void {
  const seen = new Set<string>()
  mediaIds.forEach((mediaId, index) => {
    const photo = context.store.findPhoto(mediaId)
    const where = `attached_media[${index}]`
    if (!photo || photo.pageId !== page.pageId)
      throw invalidParam(`${where}: media_fbid ${mediaId} is not a photo of this page`)
    if (photo.published)
      throw invalidParam(`${where}: media_fbid ${mediaId} was uploaded published; upload it with published=false`)
    if (photo.postId) throw invalidParam(`${where}: media_fbid ${mediaId} is already attached to post ${photo.postId}`)
    if (seen.has(mediaId)) throw invalidParam(`${where}: media_fbid ${mediaId} is attached more than once`)
    seen.add(mediaId)
  })
}

function scheduledTime(fields: Record<string, string>, published: boolean, nowSeconds: number): number | null {
  const raw = fields.scheduled_publish_time
  if (raw === undefined || raw === '') return null
  if (published) throw invalidParam('scheduled_publish_time requires published=false')
  const at = parseTimestamp('scheduled_publish_time', raw)
  const ahead = at - nowSeconds
  if (ahead < MIN_SCHEDULE_SECONDS || ahead > MAX_SCHEDULE_SECONDS) {
    throw invalidParam(
      'The specified scheduled publish time is invalid: it must be between 10 minutes and 30 days from now',
    )
  }
  return at
}

function writeResponse(context: RouteContext, post: SimulatedPost, body: Record<string, unknown>) {
  // Read-after-write: `fields=id,permalink_url` on a POST returns those fields of the new post.
  const requested = context.request.fields.fields
  return ok(requested ? { ...projectPost(context, post, requested), ...body } : body)
}

export const createFeedPost: PageHandler = (context, page) => {
  const { fields } = context.request
  const message = optionalText(fields.message)
  const link = fields.link ? parseHttpUrl('link', fields.link) : null
  const published = parseBoolean('published', fields.published, true)
  const scheduled = scheduledTime(fields, published, Math.floor(context.store.nowMs() / 1000))
  const mediaIds = readAttachedMedia(fields)
  if (!message && !link && mediaIds.length === 0) throw invalidParam('Missing message or attachment')
  checkAttachable(context, page, mediaIds)

  const post = context.store.createPost(page, {
    message,
    link,
    published,
    scheduledPublishTime: scheduled,
    mediaIds,
    fields: withoutToken(fields),
  })
  return writeResponse(context, post, { id: post.id })
}

async function fetchPhoto(url: string): Promise<Buffer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    if (!response.ok) throw invalidImage()
    return Buffer.from(await response.arrayBuffer())
  } catch {
    throw invalidImage()
  }
}

function checkImage(bytes: Buffer): void {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw invalidParam('Photos should be smaller than 10 MB and saved as JPG, PNG, GIF, BMP, TIFF or WebP', 1366046)
  }
  if (!isImage(bytes)) throw invalidImage()
}

export const uploadPhoto: PageHandler = async (context, page) => {
  const { fields, files } = context.request
  const published = parseBoolean('published', fields.published, true)
  const caption = optionalText(fields.caption) ?? optionalText(fields.message)
  const source = files.find((file) => file.field === 'source')
  const url = source ? null : optionalText(fields.url)
  if (!source && !url) throw new GraphFailure(400, 324, '(#324) Requires upload file')

  let bytes: Buffer | null = source?.bytes ?? null
  if (url) {
    parseHttpUrl('url', url)
    if (context.fetchPhotoUrls) bytes = await fetchPhoto(url)
  }
  if (bytes) checkImage(bytes)

  const photo = context.store.createPhoto({
    pageId: page.pageId,
    published,
    caption,
    origin: source ? 'upload' : 'url',
    url,
    filename: source?.filename ?? null,
    contentType: source?.contentType ?? null,
    sha256: bytes ? createHash('sha256').update(bytes).digest('hex') : null,
    size: bytes ? bytes.length : null,
  })
  if (!published) return ok({ id: photo.id })

  const post = context.store.createPost(page, {
    message: caption,
    link: null,
    published: true,
    scheduledPublishTime: null,
    mediaIds: [photo.id],
    fields: withoutToken(fields),
  })
  return writeResponse(context, post, { id: photo.id, post_id: post.id })
}
