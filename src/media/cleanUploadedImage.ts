import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'
import sharp, { type FormatEnum, type Metadata } from 'sharp'

import { newsroomError } from '../i18n/errors'
import { CLEANED_ENCODING, MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from './imageSettings'
import { imageTurns } from './imageTurns'

type UploadedFile = NonNullable<PayloadRequest['file']>

const ACCEPTED_FORMATS: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
}

/**
 * The stored name: a short random tag, then the upload's own name with the real format's extension
 * (the name stays whole, as people look for it). Payload looks for a free name before its write,
 * outside any transaction for `POST /api/media`: two phones' "IMG_0001.jpg" arriving together would
 * both get the same one, and one upload would be refused.
 */
const storedName = (name: string, extension: string) =>
  `${crypto.randomBytes(4).toString('hex')}-${name.replace(/\.[^.]*$/, '') || 'anh'}.${extension}`

/** Files this process cleaned itself: only these skip cleaning later in the same request. */
const cleanedFiles = new WeakSet<UploadedFile>()

export const isCleanedImage = (file: UploadedFile) => cleanedFiles.has(file)

/**
 * Checks an uploaded image by its content and re-encodes it, returning the file Payload may store:
 * - the format comes from the bytes (sharp's decoder), never from the name or the declared type;
 * - the pixel count is read from the header before anything is decoded (decompression bombs);
 * - the image is rotated upright by its EXIF orientation, then re-encoded without any metadata, so
 *   EXIF and GPS never reach the stored original, and every size Payload derives from it is clean;
 * - re-encoding also drops whatever a polyglot file carried after or around the image data.
 * Decoding and encoding wait for one of the process's image turns.
 */
export const cleanUploadedImage = async (req: PayloadRequest, file: UploadedFile): Promise<UploadedFile> => {
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
    cleaned = await imageTurns.run(() =>
      sharp(file.data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
        .rotate()
        .toFormat(metadata.format as keyof FormatEnum, CLEANED_ENCODING[metadata.format as keyof typeof CLEANED_ENCODING])
        .toBuffer(),
    )
  } catch {
    throw newsroomError(req, 'image_unreadable', 422)
  }

  const result: UploadedFile = {
    ...file,
    data: cleaned,
    size: cleaned.length,
    mimetype: format.mimeType,
    name: storedName(file.name, format.extension),
  }
  cleanedFiles.add(result)
  return result
}

/** A photo read back from the media storage was cleaned when it was uploaded: it is not cleaned again. */
export const storedImage = (file: UploadedFile): UploadedFile => {
  cleanedFiles.add(file)
  return file
}
