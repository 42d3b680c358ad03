/**
 * The figures the collector stores, named as the Graph API names them (v24+, after the November 2025
 * and June 2026 removals: no `*_impressions*`, no `page_fans`). `reactions`, `comments` and `shares`
 * are the totals of the post's own fields (`reactions.summary(total_count)`, …), not insights metrics.
 */
export const POST_INSIGHT_METRICS = ['post_total_media_view_unique', 'post_media_view'] as const
export const POST_FIELD_METRICS = ['reactions', 'comments', 'shares'] as const
export const PAGE_INSIGHT_METRICS = ['page_follows', 'page_total_media_view_unique', 'page_post_engagements'] as const

export type PostMetric = (typeof POST_INSIGHT_METRICS)[number] | (typeof POST_FIELD_METRICS)[number]
export type PageMetric = (typeof PAGE_INSIGHT_METRICS)[number]

export const POST_METRICS: readonly string[] = [...POST_INSIGHT_METRICS, ...POST_FIELD_METRICS]
