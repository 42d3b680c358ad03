import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'

/**
 * The newsroom page whose Facebook channel is this Facebook page: its events go to that page's
 * inbox and nowhere else. Null for a Facebook page no channel names (an event for it is stored, not filed).
 */
export const pageOfFacebookPage = async (
  payload: Payload,
  facebookPageId: string,
  req?: PayloadRequest,
): Promise<Id | null> => {
  const { docs } = await payload.find({
    collection: 'channels',
    where: { and: [{ kind: { equals: 'facebook_page' } }, { facebookPageId: { equals: facebookPageId } }] },
    sort: 'createdAt',
    select: { page: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return relationId((docs[0] as { page?: never } | undefined)?.page)
}
