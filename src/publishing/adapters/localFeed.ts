import type { ChannelAdapter } from './types'

/**
 * The app's own public fanpage: a post "exists" once its publication is recorded as published, so
 * publishing is the database write the engine makes anyway, and a second try can never duplicate it.
 */
export const localFeedAdapter: ChannelAdapter = {
  publish: async (post, hooks) => {
    if (!(await hooks.beforeFinalCall())) return { kind: 'abandoned' }
    return {
      kind: 'published',
      externalId: `local-${post.publicationId}`,
      permalink: `/fanpage?bai=${post.storyId}#bai-${post.storyId}`,
    }
  },
  reconcile: async () => ({ kind: 'not_found' }),
}
