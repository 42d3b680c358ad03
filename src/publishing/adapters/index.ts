import type { GraphSettings } from '../graphClient'
import { facebookPageAdapter } from './facebookPage'
import { localFeedAdapter } from './localFeed'
import type { ChannelAdapter } from './types'

/** The adapter for each channel kind of SPEC.md. */
export const channelAdapters = (graph: GraphSettings) => {
  const adapters: Record<string, ChannelAdapter> = {
    facebook_page: facebookPageAdapter(graph),
    local_feed: localFeedAdapter,
  }
  return (kind: string): ChannelAdapter => {
    const adapter = adapters[kind]
    if (!adapter) throw new Error(`No adapter for channel kind "${kind}"`)
    return adapter
  }
}
