import type { ImageSize } from 'payload'
import type { JpegOptions, PngOptions, WebpOptions } from 'sharp'

/** The sizes Payload derives from every stored photo: the admin's thumbnail, cards, and what a post carries. */
export const IMAGE_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true },
  { name: 'card', width: 1024, withoutEnlargement: true },
  { name: 'fanpage', width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true },
]

/** How an accepted upload is re-encoded (upright, without metadata) before it is stored, by format. */
export const CLEANED_ENCODING = {
  jpeg: { quality: 92, mozjpeg: true },
  png: {},
  webp: {},
} satisfies { jpeg: JpegOptions; png: PngOptions; webp: WebpOptions }
