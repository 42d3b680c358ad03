import type { ImageSize } from 'payload'
import type { JpegOptions, PngOptions, WebpOptions } from 'sharp'

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
/** Large enough for any camera (a 50 MP full-frame), small enough that decoding cannot exhaust memory. */
export const MAX_IMAGE_PIXELS = 50_000_000

/** The sizes Payload derives from every stored photo: the admin's thumbnail, cards, and what a post carries. */
export const IMAGE_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true },
  { name: 'card', width: 1024, withoutEnlargement: true },
  { name: 'fanpage', width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true },
]

/**
 * How an accepted upload is re-encoded (upright, without metadata) before it is stored, by format.
 * JPEG is baseline (sequential) libjpeg-turbo with optimised Huffman tables, not mozjpeg: on a 12 MP
 * photo mozjpeg's trellis quantisation and progressive scans took ~3.5 s against ~0.3 s for a file
 * only ~5 % smaller, and a progressive original also makes each of the three sizes Payload derives
 * from it decode slower and hold the whole image's coefficients in memory (docs/BENCHMARKS.md, photos).
 */
export const CLEANED_ENCODING = {
  jpeg: { quality: 92, progressive: false, optimiseCoding: true },
  png: {},
  webp: {},
} satisfies { jpeg: JpegOptions; png: PngOptions; webp: WebpOptions }
