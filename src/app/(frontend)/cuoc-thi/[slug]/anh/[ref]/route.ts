import config from '@payload-config'
import { getPayload } from 'payload'

import { toActor } from '../../../../../../auth/actor'
import { entryPhotoFile } from '../../../../../../contests/gallery'
import { partiesFor } from '../../../../../../contests/parties'
import { requestLog } from '../../../../../../log/requestLog'
import { mediaStorageOf } from '../../../../../../media/storage/mediaStorage'

// Whether a photo is public depends on the entry's stage at request time.
export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Không tìm thấy ảnh.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * `/cuoc-thi/<slug>/anh/<entry id>-<n>`: an entry's photo (its `card` size) for the gallery once the
 * entry is approved, and for its page's moderators (the queue) before. Anything else is a 404.
 */
export const GET = async (request: Request, { params }: { params: Promise<{ slug: string; ref: string }> }) => {
  const { slug, ref } = await params
  const payload = await getPayload({ config })
  let actor: ReturnType<typeof toActor> = null
  const staff = (page: Parameters<typeof partiesFor>[1]) => partiesFor(actor, page).includes('moderator')
  try {
    if (request.headers.get('cookie')?.includes('payload-token')) {
      actor = toActor((await payload.auth({ headers: request.headers })).user)
    }
    const photo = await entryPhotoFile(payload, slug, ref, staff)
    const bytes = photo ? await mediaStorageOf(payload).read(photo.filename) : null
    if (!photo || !bytes) return notFound()
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': photo.mimeType,
        'Content-Length': String(bytes.length),
        // Staff see entries not yet public: never kept by a shared cache.
        'Cache-Control': actor ? 'private, no-store' : 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    requestLog(payload.logger, request.headers).error({ err: error, msg: `Contest photo ${ref} could not be served` })
    return notFound()
  }
}
