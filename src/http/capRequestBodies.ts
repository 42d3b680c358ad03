import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { refuse } from './refuse'
import { MB } from './settings'

export interface BodyCaps {
  maxBodyBytes: number
  maxUploadBodyBytes: number
  uploadCollections: readonly string[]
}

const WRITES = new Set(['POST', 'PUT', 'PATCH'])

/** Multipart file endpoints that take a file as large as an upload (a member list of 30,000 rows). */
const FILE_ENDPOINTS = new Set(['/api/members/import/preview', '/api/members/import/commit'])

/** A multipart create or update of an upload collection: `/api/<slug>` or `/api/<slug>/<id>`. */
const isUpload = (req: Request, uploadCollections: readonly string[]) => {
  if (!WRITES.has(req.method) || !req.is('multipart/form-data')) return false
  if (FILE_ENDPOINTS.has(req.path)) return true
  const [api, slug, id, ...rest] = req.path.split('/').filter(Boolean)
  return api === 'api' && slug !== undefined && uploadCollections.includes(slug) && id !== 'file' && rest.length === 0
}

/**
 * A contest entry from the public form (`POST /api/contests/<slug>/entries`, multipart): several
 * photos, each within the upload cap (Payload's multipart limit), together within twice that.
 */
const isContestEntry = (req: Request) =>
  req.method === 'POST' && req.is('multipart/form-data') && /^\/api\/contests\/[^/]+\/entries\/?$/.test(req.path)

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean

/**
 * A body sent without `Content-Length` (chunked) is held back from the app until it has arrived in
 * full, so that its size is known before anything parses it: the HTTP parser hands each chunk to the
 * request's `push`, which collects it here instead. Within the cap, the chunks then go on to the
 * request as they came; beyond it the collected ones are dropped, nothing more is kept, and the app
 * never sees the request. Bytes already buffered before this ran count too.
 */
const holdChunkedBody = (req: Request, limit: number, onComplete: () => void, onTooLarge: () => void) => {
  const push = req.push.bind(req) as Push
  const held: Buffer[] = []
  let size = req.readableLength
  let refused = false
  ;(req as unknown as { push: Push }).push = (chunk) => {
    if (refused) return false
    if (chunk === null) {
      delete (req as { push?: unknown }).push
      for (const part of held) push(part)
      push(null)
      // Out of the HTTP parser's callback before the app runs.
      setImmediate(onComplete)
      return false
    }
    const part = chunk as Buffer
    size += part.length
    if (size > limit) {
      refused = true
      held.length = 0
      setImmediate(onTooLarge)
      return false
    }
    held.push(part)
    return true
  }
}

/**
 * Request bodies are capped before anything reads them: 1 MB by default, an upload's own cap for a
 * multipart upload. A declared `Content-Length` over the cap is answered 413 without reading the body;
 * a chunked body is counted as it arrives. Either way a 50 MB body is never held in memory.
 */
export const capRequestBodies = ({ maxBodyBytes, maxUploadBodyBytes, uploadCollections }: BodyCaps): RequestHandler => {
  return (req: Request, res: Response, next: NextFunction) => {
    const limit = isContestEntry(req)
      ? 2 * maxUploadBodyBytes
      : isUpload(req, uploadCollections)
        ? maxUploadBodyBytes
        : maxBodyBytes
    const tooLarge = () => refuse(req, res, 413, 'request_too_large', ` ${Math.round((limit / MB) * 10) / 10} MB.`)
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (Number(declared) > limit) tooLarge()
      else next()
      return
    }
    if (req.headers['transfer-encoding'] === undefined) {
      next()
      return
    }
    if (req.complete) {
      if (req.readableLength > limit) tooLarge()
      else next()
      return
    }
    holdChunkedBody(req, limit, next, tooLarge)
  }
}
