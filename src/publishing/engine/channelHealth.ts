import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'

/**
 * A rejected token stops every later post on this channel: mark it so the board sees "needs
 * reconnect" at once. Only the error text is logged, never the token.
 */
export const markChannelNeedsReconnect = async (payload: Payload, channel: unknown, error: string) => {
  const id = relationId(channel as never)
  if (id === null) return
  await payload.update({ collection: 'channels', id, data: { needsReconnect: true }, overrideAccess: true })
  payload.logger.warn({ msg: `Channel ${id} needs reconnecting: ${error}` })
}
