import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { newsroomError } from '../../src/i18n/errors'

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
 * Every uploaded image is checked by its content and re-encoded before Payload stores it:
 * - the format comes from the bytes (sharp's decoder), never from the name or the declared type;
 * - the pixel count is read from the header before anything is decoded (decompression bombs);
 * - the image is rotated upright by its EXIF orientation, then re-encoded without any metadata, so
 *   EXIF and GPS never reach the stored original, and every size Payload derives from it is clean;
 * - re-encoding also drops whatever a polyglot file carried after or around the image data.
 */
export const normalizeUploadedImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args

  if (file.data.length > MAX_UPLOAD_BYTES) throw newsroomError(req, 'file_too_large', 413)

  let metadata: sharp.Metadata
  try {
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
      .toFormat(metadata.format as keyof sharp.FormatEnum, metadata.format === 'jpeg' ? { quality: 92, mozjpeg: true } : {})
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
