import { plainImage } from './images'
import type { TestNewsroom, TestUser } from './newsroom'
import type { Id } from './stories'

export const SIZE_NAMES = ['thumbnail', 'card', 'fanpage'] as const

export interface StoredSize {
  filename: string | null
  width: number | null
  height: number | null
  mimeType: string | null
}

export interface UploadedPhoto extends StoredSize {
  id: Id
  filename: string
  caption: string
  credit: string
  focalX: number | null
  focalY: number | null
  sizes: Record<(typeof SIZE_NAMES)[number], StoredSize>
}

/** A multipart body carrying a JPEG whose pixels (and so bytes) depend on `seed`, and the given fields. */
export const photoForm = async (seed: number, fields: Record<string, unknown> = {}) => {
  const form = new FormData()
  const bytes = await plainImage(900 + seed, 600, 'jpeg')
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `anh-${seed}.jpg`)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/** Uploads a photo over REST as `user`. */
export const uploadPhoto = async (
  newsroom: TestNewsroom,
  user: TestUser,
  {
    seed = 0,
    caption = `Ảnh số ${seed}`,
    credit = 'Cộng tác viên',
  }: { seed?: number; caption?: string; credit?: string } = {},
): Promise<UploadedPhoto> => {
  const response = await newsroom.api('POST', '/api/media', {
    token: user.token,
    body: await photoForm(seed, { caption, credit }),
  })
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc
}

/** The original and every generated size, as stored. */
export const storedNames = (photo: Pick<UploadedPhoto, 'filename' | 'sizes'>) =>
  [photo.filename, ...SIZE_NAMES.map((size) => photo.sizes[size]?.filename)].filter((name): name is string =>
    Boolean(name),
  )
