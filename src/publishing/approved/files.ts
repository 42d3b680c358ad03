import crypto from 'node:crypto'
import path from 'node:path'

import type { MediaStorage } from '../../media/storage/types'

/** The folder, in the media storage, where the photos of approved stories are kept. */
export const KEPT_DIR = 'approved'

/**
 * Keeps a copy of a media file as `approved/<sha256>.<ext>`, in the same storage as the photo (the
 * media folder, or the bucket); null when the file is not there.
 *
 * The copy is written whole or not at all (`MediaStorage.write`), before the approval naming it
 * commits. Named by its content, it can be verified, and the same file approved twice is stored
 * once. The app never deletes these copies: a committed approval never names a missing file, and
 * the copy of an approval that rolled back is harmless garbage.
 */
export const keepCopy = async (storage: MediaStorage, filename: string, mimeType: string) => {
  const bytes = await storage.read(path.basename(filename))
  if (!bytes) return null
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex')
  const file = `${KEPT_DIR}/${sha256}${path.extname(filename).toLowerCase()}`
  if (!(await storage.read(file))?.equals(bytes)) await storage.write(file, bytes, mimeType)
  return { file, sha256 }
}
