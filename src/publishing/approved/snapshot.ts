import type { Payload, PayloadRequest } from 'payload'

import { readRows } from '../../db/readRows'
import { mediaStorageOf } from '../../media/storage/mediaStorage'
import type { MediaStorage } from '../../media/storage/types'

import type { Id } from '../../workflow/roles'
import {
  type ApprovedContent,
  type ApprovedPhoto,
  type MediaDoc,
  type StoryDoc,
  approvedContent,
  approvedPhoto,
  keptContent,
  photosOf,
  postableFiles,
} from './content'
import { keepCopy } from './files'

/** A photo of the story has no file in the media storage: the story cannot be approved as it is. */
export class PhotoFileMissing extends Error {}

const CONTENT_SELECT = {
  title: true,
  summary: true,
  body: true,
  format: true,
  falseClaim: true,
  officialSources: true,
  area: true,
  photos: true,
  origin: true,
} as const

const CONTENT_POPULATE = {
  areas: { hashtags: true },
  media: { filename: true, mimeType: true, width: true, height: true, caption: true, credit: true, sizes: true },
} as const

const keepPhoto = async (storage: MediaStorage, media: MediaDoc) => {
  for (const file of postableFiles(media)) {
    const kept = await keepCopy(storage, file.filename!, file.mimeType ?? media.mimeType ?? 'image/jpeg')
    if (kept) return approvedPhoto(media, file, kept)
  }
  throw new PhotoFileMissing(`Photo ${media.id} has no stored file`)
}

/**
 * The story's content as the board approves it, with a kept copy of each photo's file, so that no
 * later change to the story, its area or its photos can reach the post. Runs inside the approval's
 * transaction, after its stage changed: on PostgreSQL that row is then locked, so no edit slips in.
 */
export const takeApprovedContent = async (req: PayloadRequest, storyId: Id): Promise<ApprovedContent> => {
  const story = (await req.payload.findByID({
    collection: 'stories',
    id: storyId,
    depth: 1,
    select: CONTENT_SELECT,
    populate: CONTENT_POPULATE,
    overrideAccess: true,
    req,
  })) as unknown as StoryDoc
  const storage = mediaStorageOf(req.payload)
  const photos: ApprovedPhoto[] = []
  for (const media of photosOf(story)) photos.push(await keepPhoto(storage, media))
  return approvedContent(story, photos)
}

/**
 * What each story goes out with: the content kept at its approval, or, for a story approved before
 * content was kept, its frozen content and photos as stored now.
 */
export const loadApprovedContents = async (payload: Payload, storyIds: Id[]) => {
  const contents = new Map<string, ApprovedContent>()
  if (storyIds.length === 0) return contents
  const stories = async (ids: Id[], depth: number, select: Record<string, true>) =>
    (
      await payload.find({
        collection: 'stories',
        where: { id: { in: ids } },
        depth,
        select,
        populate: CONTENT_POPULATE,
        pagination: false,
        overrideAccess: true,
      })
    ).docs as unknown as (StoryDoc & { id: Id })[]

  // The kept content straight from its column: what goes out is read for every post, and Payload's
  // read pipeline over the whole story schema would cost more than the query.
  const olderIds: Id[] = []
  const kept = await readRows(payload, {
    collection: 'stories',
    ids: storyIds,
    fields: ['approvedContent'],
    json: ['approvedContent'],
  })
  for (const story of kept) {
    const content = keptContent(story as StoryDoc)
    if (content) contents.set(String(story.id), content)
    else olderIds.push(story.id as Id)
  }
  if (olderIds.length > 0) {
    for (const story of await stories(olderIds, 1, CONTENT_SELECT)) {
      const photos = photosOf(story).flatMap((media) => {
        const [file] = postableFiles(media)
        return file ? [approvedPhoto(media, file)] : []
      })
      contents.set(String(story.id), approvedContent(story, photos))
    }
  }
  return contents
}
