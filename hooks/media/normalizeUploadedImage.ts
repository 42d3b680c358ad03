import { MissingFile, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp, { type FormatEnum, type Metadata } from 'sharp'

import { newsroomError } from '../../src/i18n/errors'
import { CLEANED_ENCODING } from '../../src/media/imageSettings'
import { operationAccess } from './operationAccess'

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
/** Large enough for any camera (a 50 MP full-frame), small enough that decoding cannot exhaust memory. */
export const MAX_IMAGE_PIXELS = 50_000_000

const ACCEPTED_FORMATS: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
}

const withExtension = (name: string, extension: string) => `${name.replace(/\.[^.]*$/, '') || 'anh'}.${extension}`

/**
 * Payload fetches the file from `data.url` itself when a create carries `url` and `filename` but no
 * file (whatever `pasteURL` says), and that happens after this hook: such a file would be stored
 * without the checks below. Only a duplicate of a stored, already cleaned photo may come without a file.
 */
const asksForRemoteFile = (req: PayloadRequest) => {
  const incoming = req.data as Record<string, unknown> | undefined
  return typeof incoming?.url === 'string' && typeof incoming?.filename === 'string'
}

/**
 * Every uploaded image is checked by its content and re-encoded before Payload stores it:
 * - the format comes from the bytes (sharp's decoder), never from the name or the declared type;
 * - the pixel count is read from the header before anything is decoded (decompression bombs);
 * - the image is rotated upright by its EXIF orientation, then re-encoded without any metadata, so
 *   EXIF and GPS never reach the stored original, and every size Payload derives from it is clean;
 * - re-encoding also drops whatever a polyglot file carried after or around the image data.
 */
export const normalizeUploadedImage: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const id = operation === 'update' && 'id' in args ? (args.id as number | string | undefined) : undefined
  // Payload checks access only after this hook: without this, an anonymous caller could make the
  // server sniff and decode images (and would learn "415" instead of "401"). A `Where` answer means
  // "depends on the document": Payload settles that itself right after.
  if (!overrideAccess && (await operationAccess(collection, operation, req, id)) === false) return args

  const file = req.file
  if (!file) {
    const duplicating = operation === 'create' && args.duplicateFromID != null
    if (operation === 'create' && !overrideAccess && (asksForRemoteFile(req) || !duplicating)) throw new MissingFile(req.t)
    return args
  }
  // An empty buffer (or a temp file, should `useTempFiles` ever be turned on) is refused rather
  // than let through unchecked.
  if (!file.data?.length) throw newsroomError(req, 'file_type_not_allowed', 415)
  if (file.data.length > MAX_UPLOAD_BYTES) throw newsroomError(req, 'file_too_large', 413)

  let metadata: Metadata
  try {
    // Reads the header only; the pixel limit is ours, below, with a clearer answer than sharp's.
    metadata = await sharp(file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw newsroomError(req, 'file_type_not_allowed', 415)
  }
  const format = metadata.format ? ACCEPTED_FORMATS[metadata.format] : undefined
  if (!format) throw newsroomError(req, 'file_type_not_allowed', 415)
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_IMAGE_PIXELS || (metadata.pages ?? 1) > 1) {
    throw newsroomError(req, 'image_too_many_pixels', 413)
  }

  let cleaned: Buffer
  try {
    cleaned = await sharp(file.data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .toFormat(metadata.format as keyof FormatEnum, CLEANED_ENCODING[metadata.format as keyof typeof CLEANED_ENCODING])
      .toBuffer()
  } catch {
    throw newsroomError(req, 'image_unreadable', 422)
  }

  req.file = {
    ...file,
    data: cleaned,
    size: cleaned.length,
    mimetype: format.mimeType,
    name: withExtension(file.name, format.extension),
  }
  return args
}
