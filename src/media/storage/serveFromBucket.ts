import { headersWithCors, type PayloadRequest, type UploadConfig } from 'payload'

import { refusal } from '../../i18n/errors'
import type { MediaStorage } from './types'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

const typeOf = (name: string) =>
  TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'

const notAName = (error: unknown) => {
  if (error instanceof RangeError) return null
  throw error
}

const answer = async (storage: MediaStorage, req: PayloadRequest, filename: string) => {
  // An upload's file is named by Payload, never with a folder (the kept copies are not served here);
  // a name the storage refuses is no file either. A bucket that does not answer is an error (500).
  const bytes = filename.includes('/') ? null : await storage.read(filename).catch(notAName)
  if (!bytes) return refusal(req, 'file_not_found', 404)
  let headers = new Headers({ 'Content-Type': typeOf(filename), 'Content-Length': String(bytes.length) })
  const modify = req.payload.collections.media?.config.upload?.modifyResponseHeaders
  headers = modify?.({ headers }) || headers
  return new Response(new Uint8Array(bytes), { status: 200, headers: headersWithCors({ headers, req }) })
}

/**
 * `GET /api/media/file/<name>` from the bucket: Payload has checked read access (`canReadMedia`)
 * before any handler runs, so a private photo is refused before its bytes are fetched. A file not in
 * the bucket is 404 `file_not_found`, as on disk (`missingFile.ts`).
 */
export const serveFromBucket = (storage: MediaStorage): UploadHandler =>
  ((req, { params }) => answer(storage, req, params.filename)) as UploadHandler
