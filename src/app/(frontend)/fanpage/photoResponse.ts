import type { Payload } from 'payload'

import { requestLog } from '../../../log/requestLog'

import type { FeedPlace } from './feedPlace'
import { publicPhotoFile } from './photoAccess'

// A photo stays public once its story is out; an hour keeps repeat views cheap while a photo that
// is taken down still disappears soon. A miss is never cached: the story may go out a minute later.
const CACHE_OK = 'public, max-age=3600'

const notFound = () =>
  new Response('Không tìm thấy ảnh.', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })

const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch !== null && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)

/**
 * The public photo route's answer for one page's timeline (the district page's when `place` is not
 * given); any failure is a 404, so the route never tells more than "no".
 */
export const photoResponse = async (
  payload: Payload,
  ref: string,
  request: Request,
  place?: FeedPlace | null,
): Promise<Response> => {
  let photo
  try {
    photo = await publicPhotoFile(payload, ref, place)
  } catch (error) {
    requestLog(payload.logger, request.headers).error({ err: error, msg: `Public photo ${ref} could not be served` })
    return notFound()
  }
  if (!photo) return notFound()

  const headers = new Headers({
    'Cache-Control': CACHE_OK,
    ETag: photo.etag,
    'X-Content-Type-Options': 'nosniff',
  })
  if (matches(request.headers.get('if-none-match'), photo.etag)) return new Response(null, { status: 304, headers })
  headers.set('Content-Type', photo.contentType)
  headers.set('Content-Length', String(photo.bytes.length))
  return new Response(new Uint8Array(photo.bytes), { status: 200, headers })
}
