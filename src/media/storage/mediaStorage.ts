import type { Payload } from 'payload'

import { mediaDir } from '../mediaDir'
import { bucketSettingsFromEnv } from './bucketSettings'
import { bucketStorage } from './bucketStorage'
import { diskStorage } from './diskStorage'
import type { MediaStorage } from './types'

/** Where the media collection keeps the storage it was built with (`storedIn`). */
export const STORAGE_KEY = 'mediaStorage'

/** The storage the environment chooses: the bucket of MEDIA_S3_BUCKET, or else the media folder. */
export const mediaStorageFromEnv = (env: Record<string, string | undefined> = process.env): MediaStorage => {
  const bucket = bucketSettingsFromEnv(env)
  return bucket ? bucketStorage(bucket) : diskStorage(mediaDir())
}

/** The storage of this Payload's media: the one its config was built with. */
export const mediaStorageOf = (payload: Payload): MediaStorage => {
  const config = payload.collections.media!.config
  const stored = config.custom?.[STORAGE_KEY] as MediaStorage | undefined
  return stored ?? diskStorage(config.upload.staticDir!)
}
