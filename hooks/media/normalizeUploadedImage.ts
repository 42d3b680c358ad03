import { MissingFile, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { cleanUploadedImage, isCleanedImage } from '../../src/media/cleanUploadedImage'
import { operationAccess } from './operationAccess'

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
 * Every uploaded image is checked by its content and re-encoded before Payload stores it
 * (`src/media/cleanUploadedImage.ts`). `POST /api/media` does that before Payload's create begins
 * (`src/endpoints/createMedia.ts`); every other way in (a file replaced by PATCH, the local API) is
 * cleaned here.
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
  if (!isCleanedImage(file)) req.file = await cleanUploadedImage(req, file)
  return args
}
