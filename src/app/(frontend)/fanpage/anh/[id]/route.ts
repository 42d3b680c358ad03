import config from '@payload-config'
import { getPayload } from 'payload'

import { photoResponse } from '../../photoResponse'

// Whether a photo is public depends on the database at request time, never on the build.
export const dynamic = 'force-dynamic'

export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  photoResponse(await getPayload({ config }), (await params).id, request)
