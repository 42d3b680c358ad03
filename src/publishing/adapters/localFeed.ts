import type { ChannelAdapter } from './types'

/**
 * The app's own public fanpage: a post "exists" once its publication is recorded as published, so
 * publishing is the database write the engine makes anyway, and a second try can never duplicate it.
 * It shows on its page's timeline (`/p/<slug>`; the district page's also at `/fanpage`). The
 * permalink names the story only: `/fanpage?bai=` sends a visitor on to the page whose feed carries
 * it (`FanpageView`), so the link stays good if a page's slug changes, and the adapter needs no read.
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
