import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import { inTransaction } from '../db/transaction'
import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { chunk } from '../insights/batchPlan'
import { takeApprovedContent } from '../publishing/approved/snapshot'
import { richText } from '../seed/richText'
import type { Id } from '../workflow/roles'
import { writeEntry } from './entryStage'
import type { ContestDoc, EntryDoc } from './scoringData'

/** Entries per album when the board posts them in batches. */
export const ALBUM_SIZE = 10

/** Someone else posted one of these entries meanwhile: this batch is rolled back. */
class AlreadyPosted extends Error {}

/** The post's words: the entry number and title, its story; the hashtag goes with the approved content. */
export const entryPostText = (contest: ContestDoc, entries: EntryDoc[]) => {
  if (entries.length === 1) {
    const [entry] = entries as [EntryDoc]
    return {
      title: `Tác phẩm dự thi số ${entry.number}: “${entry.title}”`,
      lines: [`Cuộc thi “${contest.title}”.`, entry.story?.trim() || entry.text?.trim() || ''].filter(Boolean),
    }
  }
  return {
    title: `Tác phẩm dự thi “${contest.title}” (số ${entries[0]!.number}–${entries.at(-1)!.number})`,
    lines: entries.map((entry) => `Số ${entry.number}: “${entry.title}”`),
  }
}

/**
 * Puts one post (an entry, or an album of entries) into the delivery engine's queue: a story of the
 * contest's page, already approved (its content kept as for any approved story, with the contest's
 * hashtag) and scheduled now on the contest's channels, with a publication per channel. The entries
 * are linked to it in the same transaction, each only if still unposted: a second run, or another
 * process, finds them linked and makes nothing. The engine then sends each publication exactly once.
 */
const queuePost = (payload: Payload, contest: ContestDoc, entries: EntryDoc[], now: Date) =>
  inTransaction(payload, async (req: PayloadRequest) => {
    const { title, lines } = entryPostText(contest, entries)
    const channels = (contest.channels ?? []).map((channel) => relationId(channel)!)
    const common = { depth: 0, overrideAccess: true, req, context: { [WORKFLOW_TRANSITION]: true } }
    const story = await payload.create({
      collection: 'stories',
      data: {
        title,
        body: richText(...lines),
        photos: entries.flatMap((entry) => (entry.photos ?? []).map((photo) => relationId(photo))),
        page: relationId(contest.page),
        stage: 'scheduled',
        stageChangedAt: now.toISOString(),
        channels,
        publishAt: now.toISOString(),
      } as never,
      ...common,
    })
    const kept = await takeApprovedContent(req, story.id)
    const hashtags = contest.hashtag ? [contest.hashtag.trim()] : []
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { approvedContent: { ...kept, hashtags } } as never,
      ...common,
    })
    const publications: Id[] = []
    for (const channel of channels) {
      const publication = await payload.create({
        collection: 'publications',
        data: {
          label: `${title} → ${String(channel)}`,
          story: story.id,
          channel,
          state: 'queued',
          scheduledFor: now.toISOString(),
          attempts: 0,
        } as never,
        ...common,
      })
      publications.push(publication.id)
    }
    for (const entry of entries) {
      const linked = await compareAndSet(
        payload,
        {
          collection: 'contest-entries',
          id: entry.id,
          expect: { stage: 'approved', publication: null },
          set: { publication: publications[0]! },
        },
        req,
      )
      if (!linked) throw new AlreadyPosted()
    }
  })

/**
 * One posting round: every approved, unposted entry of a contest with channels goes into the queue
 * (one post each, or albums of `ALBUM_SIZE`); entries whose post went out move to `published`.
 */
export const contestPostingRound = async (payload: Payload, now: Date) => {
  const { docs } = await payload.find({
    collection: 'contests',
    where: { stage: { in: ['open', 'closed', 'judging'] } },
    depth: 0,
    pagination: false,
  })
  let queued = 0
  for (const contest of docs as unknown as ContestDoc[]) {
    if ((contest.channels ?? []).length === 0) continue
    const waiting = (
      await payload.find({
        collection: 'contest-entries',
        where: {
          and: [
            { contest: { equals: contest.id } },
            { stage: { equals: 'approved' } },
            { publication: { exists: false } },
            { consentPublication: { equals: true } },
          ],
        },
        sort: 'number',
        depth: 0,
        pagination: false,
      })
    ).docs as unknown as EntryDoc[]
    const groups = contest.publishMode === 'album_batch' ? chunk(waiting, ALBUM_SIZE) : waiting.map((entry) => [entry])
    for (const group of groups) {
      try {
        await queuePost(payload, contest, group, now)
        queued += group.length
      } catch (error) {
        if (!(error instanceof AlreadyPosted)) throw error
      }
    }
  }
  return { queued, published: await markPostedEntries(payload) }
}

/** Entries whose publication has gone out: `approved` → `published`. */
const markPostedEntries = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'contest-entries',
    where: { and: [{ stage: { equals: 'approved' } }, { 'publication.state': { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    select: { id: true },
  })
  for (const entry of docs) await writeEntry(payload, entry.id, { stage: 'published' })
  return docs.length
}
