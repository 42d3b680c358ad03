import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { mediaStorageOf } from '../media/storage/mediaStorage'
import type { ApprovedContent, ApprovedPhoto } from '../publishing/approved/content'
import { keepCopy } from '../publishing/approved/files'
import { PhotoFileMissing } from '../publishing/approved/snapshot'
import type { Id } from '../workflow/roles'

/**
 * The approved photos as new media documents of the target page, made from the files kept at
 * approval, with their captions and credits: the target page's team reads and uses its own
 * documents, and nothing the source page does to its photos later reaches them.
 */
export const copyPhotos = async (req: PayloadRequest, photos: ApprovedPhoto[], page: Id): Promise<ApprovedPhoto[]> => {
  const storage = mediaStorageOf(req.payload)
  const copies: ApprovedPhoto[] = []
  for (const photo of photos) {
    const bytes = await storage.read(photo.file)
    if (!bytes) throw new PhotoFileMissing(`Kept photo ${photo.file} is missing`)
    const media = await req.payload.create({
      collection: 'media',
      data: { caption: photo.caption || photo.filename, credit: photo.credit || '—', page } as never,
      file: {
        data: bytes,
        mimetype: photo.mimeType,
        name: path.basename(photo.filename || photo.file),
        size: bytes.length,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    // Stories approved before copies were kept name the media's own file: keep one now, so that the
    // shared story never depends on a file its source page may replace or delete.
    const kept = photo.sha256
      ? { file: photo.file, sha256: photo.sha256 }
      : await keepCopy(storage, photo.file, photo.mimeType)
    if (!kept) throw new PhotoFileMissing(`Photo ${photo.file} is missing`)
    copies.push({ ...photo, media: media.id as Id, ...kept })
  }
  return copies
}

/** The story fields of a share, from the source's approved content and its photo copies. */
export const storyFieldsFrom = (content: ApprovedContent, photos: ApprovedPhoto[]) => ({
  title: content.title,
  summary: content.summary,
  body: content.body,
  format: content.format,
  falseClaim: content.falseClaim ? { text: content.falseClaim.text, link: content.falseClaim.link } : undefined,
  officialSources: content.officialSources.map((source) => ({ url: source.url, title: source.title })),
  photos: photos.map((photo) => photo.media),
})
