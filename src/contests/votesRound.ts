import type { Payload, Where } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import { chunk, MAX_OBJECTS_PER_CALL } from '../insights/batchPlan'
import { claimAll, type LeaseFields } from '../insights/claims'
import type { Pauses } from '../insights/collectPosts'
import { readEngagement } from '../insights/graphInsights'
import { pageAccess } from '../insights/pageAccess'
import type { InsightsSettings } from '../insights/settings'
import { pauseAfter } from '../insights/throttle'
import type { Id } from '../workflow/roles'
import type { ContestDoc, EntryDoc } from './scoringData'
import { answerCounts, votesAction } from './votes'

type EntryPost = LeaseFields & { channel: unknown; externalId: string }

export type VotesRoundResult = { read: number; frozen: number; calls: number }

const entriesOf = async (payload: Payload, contest: Id, where: Where[] = []) =>
  (
    await payload.find({
      collection: 'contest-entries',
      where: { and: [{ contest: { equals: contest } }, { votesFrozen: { not_equals: true } }, ...where] },
      depth: 0,
      pagination: false,
      select: { publication: true, votes: true },
    })
  ).docs as unknown as Pick<EntryDoc, 'id' | 'publication' | 'votes'>[]

/**
 * At the closing time: every entry's count stays as last read before it (`votesFrozen`), then the
 * contest records when its votes were frozen. Each write is conditional, so a reading that lands
 * meanwhile (here or in another process) cannot change a frozen count.
 */
export const freezeVotes = async (payload: Payload, contest: ContestDoc): Promise<number> => {
  let frozen = 0
  for (const entry of await entriesOf(payload, contest.id)) {
    const won = await compareAndSet(payload, {
      collection: 'contest-entries',
      id: entry.id,
      expect: { votesFrozen: false },
      set: { votesFrozen: true },
    })
    if (won) frozen += 1
  }
  await compareAndSet(payload, {
    collection: 'contests',
    id: contest.id,
    expect: { votesFrozenAt: null },
    set: { votesFrozenAt: new Date(contest.closesAt) },
  })
  return frozen
}

/**
 * Reads the reactions on an open contest's posted entries, 50 posts a call, each post claimed with
 * the insights collector's lease (so two processes, or the collector, never read one post at once).
 * A count is written only if Facebook answered before the close, and only on an entry not yet frozen.
 */
const readVotes = async (
  payload: Payload,
  settings: InsightsSettings,
  pauses: Pauses,
  contest: ContestDoc,
  result: VotesRoundResult,
  now: Date,
) => {
  const entries = await entriesOf(payload, contest.id, [
    { stage: { in: ['published', 'scored'] } },
    { publication: { exists: true } },
  ])
  const byPublication = new Map(entries.map((entry) => [String(relationId(entry.publication)), entry]))
  if (byPublication.size === 0) return
  const posts = (
    await payload.find({
      collection: 'publications',
      where: {
        and: [
          { id: { in: [...byPublication.keys()] } },
          { state: { equals: 'published' } },
          { externalId: { exists: true } },
          // Free, or held by a process that stopped renewing it (or read it a poll interval ago).
          { or: [{ metricsLeaseUntil: { exists: false } }, { metricsLeaseUntil: { less_than: now.toISOString() } }] },
        ],
      },
      depth: 0,
      pagination: false,
      select: {
        channel: true,
        externalId: true,
        metricsLeaseOwner: true,
        metricsLeaseUntil: true,
        metricsDueAt: true,
        metricsCollectedAt: true,
      },
    })
  ).docs as unknown as EntryPost[]
  // Held for one poll interval and not given back: every process reads a post at most once per
  // interval. The insights collector waits for the same lease, so its reading of the post can come
  // up to one interval late.
  const held = await claimAll(payload, 'publications', posts, { ...settings, leaseMs: settings.pollMs })
  const channels = [...new Set(held.map((post) => String(relationId(post.channel as never))))]
  for (const channel of channels) {
    if ((pauses.get(channel) ?? 0) > settings.now().getTime()) continue
    const access = await pageAccess(payload, channel)
    if (!access) continue
    const ofChannel = held.filter((post) => String(relationId(post.channel as never)) === channel)
    for (const part of chunk(ofChannel, MAX_OBJECTS_PER_CALL)) {
      const read = await readEngagement(
        settings.graph,
        access.token,
        part.map((post) => post.externalId),
      )
      result.calls += 1
      if (!read.ok) break
      const answeredAt = settings.now()
      if (!answerCounts(answeredAt, contest.closesAt)) return
      for (const post of part) {
        const votes = read.value.get(post.externalId)?.reactions
        const entry = byPublication.get(String(post.id))
        if (votes === undefined || !entry) continue
        const written = await compareAndSet(payload, {
          collection: 'contest-entries',
          id: entry.id,
          expect: { votesFrozen: false },
          set: { votes },
        })
        if (written) result.read += 1
      }
      const pause = pauseAfter(read.usage)
      if (pause > 0) {
        pauses.set(channel, answeredAt.getTime() + pause)
        break
      }
    }
  }
}

/** One round over the contests whose votes still move: read the open ones, freeze the closed ones. */
export const contestVotesRound = async (
  payload: Payload,
  settings: InsightsSettings,
  pauses: Pauses,
): Promise<VotesRoundResult> => {
  const now = settings.now()
  const result: VotesRoundResult = { read: 0, frozen: 0, calls: 0 }
  const { docs } = await payload.find({
    collection: 'contests',
    where: { and: [{ votesFrozenAt: { exists: false } }, { stage: { not_equals: 'draft' } }] },
    depth: 0,
    pagination: false,
  })
  for (const contest of docs as unknown as ContestDoc[]) {
    const action = votesAction(contest, now)
    if (action === 'freeze') result.frozen += await freezeVotes(payload, contest)
    if (action === 'read') await readVotes(payload, settings, pauses, contest, result, now)
  }
  return result
}
