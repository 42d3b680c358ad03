import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { storedImage } from '../../src/media/cleanUploadedImage'
import { mediaStorageOf } from '../../src/media/storage/mediaStorage'
import { operationAccess } from './operationAccess'

interface StoredPhoto {
  filename?: string | null
  mimeType?: string | null
  focalX?: number | null
  focalY?: number | null
}

type UploadEdits = {
  crop?: unknown
  heightInPixels?: unknown
  widthInPixels?: unknown
  focalPoint?: { x?: unknown; y?: unknown }
}

/** Payload's own test for "the stored file must be worked on again": a crop, a resize, a moved focal point. */
const remakesFile = (edits: UploadEdits | undefined, photo: StoredPhoto) => {
  if (!edits) return false
  if (edits.crop || edits.heightInPixels || edits.widthInPixels) return true
  const focal = edits.focalPoint
  return Boolean(focal) && (Number(focal!.x) !== photo.focalX || Number(focal!.y) !== photo.focalY)
}

const photoById = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: 'media',
    id,
    select: { filename: true, mimeType: true, focalX: true, focalY: true },
    overrideAccess: true,
    req,
  }) as Promise<StoredPhoto>

/**
 * With media in a bucket, Payload would fetch a stored photo over HTTP from its own URL to crop it or
 * move its focal point (its fetch refuses this server's own address, and a proxy may stand in the
 * way): the file is read from the bucket here and handed over as the request's file, already clean.
 * The photo then gets new files, and its former ones leave the bucket (`removeReplacedFromBucket`).
 */
export const fileFromBucket: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.file || operation !== 'update') return args
  const id = ('id' in args ? args.id : undefined) as number | string | undefined
  if (id == null || (!overrideAccess && (await operationAccess(collection, operation, req, id)) === false)) return args
  const photo = await photoById(req, id).catch(() => null)
  if (!photo?.filename) return args
  const edits = (req.query?.uploadEdits ?? (args.data as { uploadEdits?: UploadEdits } | undefined)?.uploadEdits) as
    UploadEdits | undefined
  if (!remakesFile(edits, photo)) return args
  const bytes = await mediaStorageOf(req.payload).read(photo.filename)
  if (!bytes) return args
  const mimetype = photo.mimeType || 'image/jpeg'
  req.file = storedImage({ name: photo.filename, data: bytes, mimetype, size: bytes.length })
  return args
}
