import type { Payload } from 'payload'

import type { Id } from '../../workflow/roles'
import { median } from './breakdowns'
import type { PostFigures } from './postFigures'

/** A published rebuttal: how long the false claim stood unanswered, and how far the answer went. */
export interface RebuttalFigures {
  storyId: Id
  title: string
  areaName: string | null
  /** When the claim reached the newsroom: the inbox item marked false, else the rebuttal's submission. */
  claimAt: string | null
  claimSource: 'inbox' | 'submission' | null
  publishedAt: string
  minutesToPublish: number | null
  reach: number
  areaMedianReach: number
  /** reach / the area's median (1 = a typical post of its area); null when the area has no reach yet. */
  reachVsArea: number | null
}

/**
 * Rebuttals among `posts`, with the arrival of the claim each answers: the earliest inbox item whose
 * "mark as false" made it (`inbox.rebuttal`), else the story's first submission (`submittedAt`).
 * `areaPosts` are every post of the period, whatever the screen's filters, so the area's median is
 * that of all its posts.
 */
export const loadRebuttals = async (
  payload: Payload,
  posts: readonly PostFigures[],
  areaPosts: readonly PostFigures[],
): Promise<RebuttalFigures[]> => {
  const rebuttals = posts.filter((post) => post.format === 'rebuttal')
  if (rebuttals.length === 0) return []
  const ids = rebuttals.map((post) => post.storyId)
  const [items, stories] = await Promise.all([
    payload.find({
      collection: 'inbox',
      where: { rebuttal: { in: ids } },
      select: { rebuttal: true, receivedAt: true },
      depth: 0,
      limit: 0,
      pagination: false,
    }),
    payload.find({
      collection: 'stories',
      where: { id: { in: ids } },
      select: { submittedAt: true },
      depth: 0,
      limit: 0,
      pagination: false,
    }),
  ])
  const arrival = new Map<string, string>()
  for (const item of items.docs as unknown as { rebuttal: Id; receivedAt: string }[]) {
    const key = String(item.rebuttal)
    const known = arrival.get(key)
    if (!known || item.receivedAt < known) arrival.set(key, item.receivedAt)
  }
  const submitted = new Map(
    (stories.docs as unknown as { id: Id; submittedAt?: string | null }[]).map((story) => [
      String(story.id),
      story.submittedAt ?? null,
    ]),
  )
  const areaMedian = new Map<string, number>()
  const medianOf = (areaId: Id | null) => {
    const key = String(areaId)
    if (!areaMedian.has(key)) {
      areaMedian.set(key, median(areaPosts.filter((post) => String(post.areaId) === key).map((post) => post.reach)))
    }
    return areaMedian.get(key)!
  }
  return rebuttals.map((post) => {
    const fromInbox = arrival.get(String(post.storyId)) ?? null
    const claimAt = fromInbox ?? submitted.get(String(post.storyId)) ?? null
    const areaMedianReach = medianOf(post.areaId)
    return {
      storyId: post.storyId,
      title: post.title,
      areaName: post.areaName,
      claimAt,
      claimSource: fromInbox ? 'inbox' : claimAt ? 'submission' : null,
      publishedAt: post.publishedAt,
      minutesToPublish: claimAt
        ? Math.max(0, Math.round((Date.parse(post.publishedAt) - Date.parse(claimAt)) / 60_000))
        : null,
      reach: post.reach,
      areaMedianReach,
      reachVsArea: areaMedianReach > 0 ? Math.round((post.reach / areaMedianReach) * 100) / 100 : null,
    }
  })
}
