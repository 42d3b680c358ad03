import type { CollectionConfig } from 'payload'

import { fileFromBucket } from '../../../hooks/media/fileFromBucket'
import { putUploadInBucket, removeDeletedFromBucket, removeReplacedFromBucket } from '../../../hooks/media/bucketFiles'
import { STORAGE_KEY } from './mediaStorage'
import { serveFromBucket } from './serveFromBucket'
import type { MediaStorage } from './types'

/**
 * The media collection kept in `storage`. On disk it is returned as it is: Payload writes, serves and
 * deletes the files itself. In a bucket Payload keeps no file (`disableLocalStorage`) and the files
 * go to the bucket, are served from it and leave it through the handler and hooks here. The put runs
 * before `beginTransactionLate`, where Payload would have written to disk.
 */
export const storedIn = (media: CollectionConfig, storage: MediaStorage): CollectionConfig => {
  if (storage.kind === 'disk') return media
  const hooks = media.hooks ?? {}
  return {
    ...media,
    custom: { ...media.custom, [STORAGE_KEY]: storage },
    // Payload duplicates an upload by fetching its file over HTTP from its own URL (refused for this
    // server's own address); photos are uploaded, never duplicated, in this newsroom.
    disableDuplicate: true,
    upload: {
      ...(typeof media.upload === 'object' ? media.upload : {}),
      disableLocalStorage: true,
      handlers: [serveFromBucket(storage)],
    },
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), fileFromBucket],
      beforeChange: [putUploadInBucket, ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), removeReplacedFromBucket],
      afterDelete: [...(hooks.afterDelete ?? []), removeDeletedFromBucket],
    },
  }
}
