import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
} from 'payload'

import { STORAGE_KEY } from '../../src/media/storage/mediaStorage'
import type { MediaStorage } from '../../src/media/storage/types'

interface StoredFiles {
  filename?: string | null
  mimeType?: string | null
  sizes?: Record<string, { filename?: string | null; mimeType?: string | null } | undefined> | null
}

const storageOf = (collection: CollectionConfig) => collection.custom![STORAGE_KEY] as MediaStorage

/** The original and each size of a photo, by stored name. */
const filesOf = (doc: StoredFiles) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string =>
    Boolean(name),
  )

/**
 * With media in a bucket, Payload writes no file itself (`disableLocalStorage`): the photo it cleaned
 * (`req.file`) and the sizes it made from it (`req.payloadUploadSizes`) are put in the bucket here,
 * where Payload would have written them to disk: before the row is written and its transaction
 * begins (`beginTransactionLate`), so no write turn is held while they travel, and a committed row
 * never names a missing file.
 */
export const putUploadInBucket: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  const file = req.file
  const stored = data as StoredFiles
  if (!file?.data?.length || !stored.filename) return data
  const storage = storageOf(collection)
  await storage.write(stored.filename, file.data, stored.mimeType || file.mimetype)
  for (const [name, size] of Object.entries(stored.sizes ?? {})) {
    const bytes = req.payloadUploadSizes?.[name]
    if (size?.filename && bytes) await storage.write(size.filename, bytes, size.mimeType || file.mimetype)
  }
  return data
}

/**
 * A photo whose file was replaced (or re-cut) has new names: its former files leave the bucket, as
 * Payload removes them from disk. An update that keeps the file keeps every name, and removes nothing.
 */
export const removeReplacedFromBucket: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const kept = new Set(filesOf(doc as StoredFiles))
  const storage = storageOf(collection)
  for (const name of filesOf(previousDoc as StoredFiles)) if (!kept.has(name)) await storage.remove(name)
  return doc
}

/** A deleted photo's original and sizes leave the bucket (the copies kept at approval stay). */
export const removeDeletedFromBucket: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  const storage = storageOf(collection)
  for (const name of filesOf(doc as StoredFiles)) await storage.remove(name)
  return doc
}
