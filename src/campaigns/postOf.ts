import type { Payload } from 'payload'

import { safeLink } from '../admin/publications/safeLink'
import { relationId } from '../auth/actor'

export interface CampaignPost {
  url: string
  kind: 'facebook_page' | 'local_feed'
  externalId: string | null
}

/** The post a campaign points at, when its publication went out and has a permalink; else null. */
export const postOf = async (payload: Payload, publication: unknown): Promise<CampaignPost | null> => {
  const id = relationId(publication as never)
  if (id === null) return null
  const found = await payload.findByID({
    collection: 'publications',
    id,
    depth: 1,
    select: { state: true, permalink: true, externalId: true, channel: true },
    populate: { channels: { kind: true } },
    overrideAccess: true,
    disableErrors: true,
  })
  const url = safeLink(found?.permalink)
  if (!found || found.state !== 'published' || !url) return null
  const kind = (found.channel as { kind?: CampaignPost['kind'] } | null)?.kind ?? 'local_feed'
  return { url, kind, externalId: (found.externalId as string | null | undefined) ?? null }
}
