import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import { readRows } from '../db/readRows'
import { markChannelNeedsReconnect } from '../publishing/engine/channelHealth'
import { encryptionSecret, open } from '../security/secretBox'
import type { Id } from '../workflow/roles'

export interface PageAccess {
  channel: Id
  /** Facebook's id of the page. */
  pageId: string
  /** The page of the newsroom's network the channel belongs to (`pages`), which its figures belong to too. */
  networkPage: Id | null
  token: string
  /** Metrics this page's API refused as invalid before: never asked again. */
  unsupported: string[]
}

/** A channel's page id, opened token and refused metrics; null when it cannot be read now. */
export const pageAccess = async (payload: Payload, channel: Id): Promise<PageAccess | null> => {
  const [row] = await readRows(payload, {
    collection: 'channels',
    ids: [channel],
    fields: ['kind', 'facebookPageId', 'accessTokenSealed', 'enabled', 'needsReconnect', 'metricsUnsupported', 'page'],
    json: ['metricsUnsupported'],
  })
  if (!row || row.kind !== 'facebook_page' || !row.enabled || row.needsReconnect) return null
  if (typeof row.facebookPageId !== 'string' || typeof row.accessTokenSealed !== 'string') return null
  const unsupported = Array.isArray(row.metricsUnsupported) ? row.metricsUnsupported.map(String) : []
  return {
    channel,
    pageId: row.facebookPageId,
    networkPage: relationId(row.page as never),
    token: open(row.accessTokenSealed, encryptionSecret(payload.secret)),
    unsupported,
  }
}

/** Remembers metrics the page's API refused, so the next rounds leave them out. */
export const rememberUnsupported = async (payload: Payload, access: PageAccess, metrics: readonly string[]) => {
  const all = [...new Set([...access.unsupported, ...metrics])].sort()
  access.unsupported = all
  await payload.update({
    collection: 'channels',
    id: access.channel,
    data: { metricsUnsupported: all },
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.warn({ msg: `Insights: channel ${access.channel} no longer asks for ${metrics.join(', ')}` })
}

/** A refused token: the same mark publishing sets, so the board reconnects the page once for both. */
export const tokenRefused = (payload: Payload, access: PageAccess, message: string) =>
  markChannelNeedsReconnect(payload, access.channel, message)
