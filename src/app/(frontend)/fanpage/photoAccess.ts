import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { mediaStorageOf } from '../../../media/storage/mediaStorage'
import { loadApprovedContents } from '../../../publishing/approved/snapshot'
import { districtPlace, type FeedPlace } from './feedPlace'
import { isOnPublicPage } from './visibility'

export interface PublicPhoto {
  bytes: Buffer
  contentType: string
  etag: string
}

// Ids are opaque (numbers, ObjectIds, UUIDs), but a SQL database with numeric ids fails the whole
// query on a word, so what the database cannot hold is turned away before any query.
const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/
const NUMERIC_ID = /^[1-9]\d{0,14}$/
const POSITION = /^[1-9]\d{0,2}$/
const SERVABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** `<story id>-<n>` as the story and the photo's position (from 1), or null for anything else. */
const parsePhotoRef = (payload: Payload, ref: string) => {
  const split = ref.lastIndexOf('-')
  const [storyId, position] = [ref.slice(0, split), ref.slice(split + 1)]
  if (split <= 0 || !POSITION.test(position)) return null
  if (!(payload.db.defaultIDType === 'number' ? NUMERIC_ID : STORY_ID).test(storyId)) return null
  return { storyId, index: Number(position) - 1 }
}

/**
 * A photo of a story on a page's public timeline (the district page's when `place` is not given), as
 * approved: the copy kept at approval (or, for a story approved before copies were kept, the media's
 * own file), or null. Another page's post is not served under this page's address.
 */
export const publicPhotoFile = async (
  payload: Payload,
  ref: string,
  place?: FeedPlace | null,
): Promise<PublicPhoto | null> => {
  const parsed = parsePhotoRef(payload, ref)
  if (!parsed) return null
  const where = place === undefined ? await districtPlace(payload) : place
  if (!where || !(await isOnPublicPage(payload, parsed.storyId, where.pageId))) return null
  const content = (await loadApprovedContents(payload, [parsed.storyId])).get(parsed.storyId)
  const photo = content?.photos[parsed.index]
  if (!photo || !SERVABLE_TYPES.has(photo.mimeType)) return null
  const bytes = await mediaStorageOf(payload).read(photo.file)
  if (!bytes) return null
  const sha256 = photo.sha256 ?? crypto.createHash('sha256').update(bytes).digest('hex')
  return { bytes, contentType: photo.mimeType, etag: `"${sha256}"` }
}
