/**
 * How the posts of one page are read in few calls. Facebook caps both ways of asking for many objects
 * at 50: `GET /?ids=…&fields=…` (the engagement totals of 50 posts in one call) and the batch endpoint
 * (50 `{post}/insights?metric=…` requests in one call; insights cannot go through `?ids=`). So
 * 1,000 posts take 20 + 20 calls instead of 2,000. Pure.
 */
export const MAX_OBJECTS_PER_CALL = 50

/** The fields that carry a post's engagement totals without insights permission. */
export const ENGAGEMENT_FIELDS = 'reactions.summary(total_count).limit(0),comments.summary(true).limit(0),shares'

export type PlannedCall =
  { kind: 'fields'; postIds: string[] } | { kind: 'insights'; postIds: string[]; metrics: string[] }

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = []
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size))
  return chunks
}

/**
 * The calls that read `postIds`, 50 posts at a time: their engagement fields, then their insights
 * without the metrics known to be refused. Chunk by chunk, so a page that must rest half-way leaves
 * whole posts read rather than half of every post.
 */
export const planPostCalls = (
  postIds: readonly string[],
  metrics: readonly string[],
  unsupported: readonly string[] = [],
): PlannedCall[] => {
  const asked = metrics.filter((metric) => !unsupported.includes(metric))
  return chunk([...new Set(postIds)], MAX_OBJECTS_PER_CALL).flatMap((ids): PlannedCall[] => [
    { kind: 'fields', postIds: ids },
    ...(asked.length > 0 ? [{ kind: 'insights' as const, postIds: ids, metrics: asked }] : []),
  ])
}

/** The batch endpoint's body for one insights call. */
export const insightsBatch = (postIds: readonly string[], metrics: readonly string[]) =>
  JSON.stringify(postIds.map((id) => ({ method: 'GET', relative_url: `${id}/insights?metric=${metrics.join(',')}` })))
