import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { localFeedChannels, storiesWithApprovedContent } from './visibility'

export interface PublicPhoto {
  bytes: Buffer
  contentType: string
  etag: string
}

// Ids are opaque (numbers, ObjectIds, UUIDs), but a SQL database with numeric ids fails the whole
// query on a word, so what the database cannot hold is turned away before any query.
const MEDIA_ID = /^[A-Za-z0-9_-]{1,64}$/
const NUMERIC_ID = /^[1-9]\d{0,14}$/
const isPossibleId = (payload: Payload, id: string) =>
  (payload.db.defaultIDType === 'number' ? NUMERIC_ID : MEDIA_ID).test(id)
const SERVABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** True when the photo belongs to a story that is on the public page right now. */
export const isPublicPhoto = async (payload: Payload, mediaId: string): Promise<boolean> => {
  const channels = await localFeedChannels(payload)
  if (channels.length === 0) return false
  const { docs } = await payload.find({
    collection: 'stories',
    where: { photos: { in: [mediaId] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { stage: true },
  })
  const approved = [
    ...(await storiesWithApprovedContent(
      payload,
      docs.map((story) => story.id),
    )),
  ]
  if (approved.length === 0) return false
  const published = await payload.count({
    collection: 'publications',
    where: {
      and: [
        { story: { in: approved } },
        { state: { equals: 'published' } },
        { channel: { in: channels.map((channel) => channel.id) } },
      ],
    },
    overrideAccess: true,
  })
  return published.totalDocs > 0
}

type FileRef = { filename?: unknown; mimeType?: unknown }

const readStored = async (staticDir: string, ref: FileRef, fallbackType: unknown) => {
  const contentType = typeof ref.mimeType === 'string' ? ref.mimeType : fallbackType
  if (typeof ref.filename !== 'string' || !ref.filename || typeof contentType !== 'string') return null
  if (!SERVABLE_TYPES.has(contentType)) return null
  // basename: a stored name is data, and must not be able to walk out of the upload folder.
  const file = path.join(staticDir, path.basename(ref.filename))
  try {
    return { bytes: await fs.readFile(file), contentType }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The `fanpage` size of a public photo (the original if that size is missing), or null. */
export const publicPhotoFile = async (payload: Payload, mediaId: string): Promise<PublicPhoto | null> => {
  if (!isPossibleId(payload, mediaId) || !(await isPublicPhoto(payload, mediaId))) return null
  const media = (await payload.findByID({
    collection: 'media',
    id: mediaId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as (FileRef & { sizes?: { fanpage?: FileRef | null } | null }) | null
  if (!media) return null
  const staticDir = payload.collections.media?.config.upload?.staticDir
  if (!staticDir) return null
  const stored =
    (media.sizes?.fanpage ? await readStored(staticDir, media.sizes.fanpage, media.mimeType) : null) ??
    (await readStored(staticDir, media, media.mimeType))
  if (!stored) return null
  const etag = `"${crypto.createHash('sha256').update(stored.bytes).digest('base64url').slice(0, 27)}"`
  return { ...stored, etag }
}
