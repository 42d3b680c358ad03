import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import type { EntryStage } from './labels'

/** Entries the public sees: approved, posted or scored; never submitted, rejected or withdrawn ones. */
export const PUBLIC_ENTRY_STAGES: readonly EntryStage[] = ['approved', 'published', 'scored']

/** Whether votes are taken on the site: the contest posts to no Facebook page, only the local feed. */
export const votesOnSite = async (payload: Payload, channels: unknown[] | null | undefined) => {
  const ids = (channels ?? []).map((channel) => relationId(channel as never)).filter((id): id is Id => id !== null)
  if (ids.length === 0) return true
  const { totalDocs } = await payload.count({
    collection: 'channels',
    where: { and: [{ id: { in: ids } }, { kind: { not_equals: 'local_feed' } }] },
    overrideAccess: true,
  })
  return totalDocs === 0
}
