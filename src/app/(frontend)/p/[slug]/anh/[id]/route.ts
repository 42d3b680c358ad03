import config from '@payload-config'
import { getPayload } from 'payload'

import { placeOfSlug } from '../../../../fanpage/feedPlace'
import { photoResponse } from '../../../../fanpage/photoResponse'

// Whether a photo is public depends on the database at request time, never on the build.
export const dynamic = 'force-dynamic'

/** `/p/<slug>/anh/<story>-<n>`: a photo of a post on that page's timeline; any other is a 404. */
export const GET = async (request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) => {
  const { slug, id } = await params
  const payload = await getPayload({ config })
  return photoResponse(payload, id, request, await placeOfSlug(payload, slug))
}
