import { setImmediate } from 'node:timers/promises'

import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import { appendArrayRows } from '../../db/appendArrayRow'
import { compareAndSetMany } from '../../db/compareAndSet'
import { inTransaction } from '../../db/transaction'
import { notifyStoriesPublished } from '../../notifications/publishing'
import type { Id } from '../../workflow/roles'

/** Sent publications whose story is still `scheduled` this long after: left by a worker that died. */
const ORPHAN_AFTER_MS = 60_000

/** Stories completed in one round: one transaction moves them all, one more tells their authors. */
const ROUND = 25

/**
 * A scheduled story becomes `published` once every publication that is not cancelled has gone out.
 * The stage moves with a conditional update, so two workers finishing the last two publications at
 * once record it exactly once; the history entry commits with it. The stories of one round move in
 * one transaction, by one statement on SQL (on SQLite each commit waits for the disk, with the whole
 * process stopped). Their authors are told afterwards: a notification that cannot be written must not
 * undo a completion.
 */
export const completeStoriesIfAllPublished = async (payload: Payload, storyIds: readonly Id[], now: Date) => {
  if (storyIds.length === 0) return
  const pending = await payload.find({
    collection: 'publications',
    where: { and: [{ story: { in: [...storyIds] } }, { state: { not_in: ['published', 'cancelled'] } }] },
    select: { story: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const waiting = new Set(pending.docs.map((publication) => String(relationId(publication.story as never))))
  const ready = storyIds.filter((storyId) => !waiting.has(String(storyId)))
  if (ready.length === 0) return
  const moved = await inTransaction(payload, async (req) => {
    const won = await compareAndSetMany(
      payload,
      {
        collection: 'stories',
        ids: ready,
        expect: { stage: 'scheduled' },
        set: { stage: 'published', stageChangedAt: now },
      },
      req,
    )
    const entry = { action: 'auto_publish', from: 'scheduled', to: 'published', at: now }
    await appendArrayRows(
      payload,
      { collection: 'stories', field: 'history', rows: won.map((id) => ({ id, row: entry })) },
      req,
    )
    return won
  })
  if (moved.length === 0) return
  const stories = await payload.find({
    collection: 'stories',
    where: { id: { in: moved } },
    select: { title: true, author: true, page: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  await notifyStoriesPublished(
    payload,
    stories.docs.map((story) => ({
      id: story.id,
      title: story.title as string,
      author: story.author,
      page: story.page,
    })),
  )
}

/**
 * Completes stories a round at a time, after their publications were recorded, when the engine has
 * no more posts waiting: in a burst the posts go out first and their stories follow. A story still
 * waiting here when the process dies is finished by the sweep below.
 */
export const storyCompleter = (payload: Payload, now: () => Date, onError: (error: unknown) => void) => {
  const waiting = new Map<string, Id>()
  let running: Promise<void> | null = null
  const run = async () => {
    while (waiting.size > 0) {
      const round = [...waiting].slice(0, ROUND)
      for (const [key] of round) waiting.delete(key)
      await completeStoriesIfAllPublished(
        payload,
        round.map(([, storyId]) => storyId),
        now(),
      ).catch(onError)
      // SQLite answers synchronously, so this loop alone would never let network answers in: yield.
      await setImmediate()
    }
    running = null
  }
  return {
    add: (storyRef: unknown) => {
      const storyId = relationId(storyRef as never)
      if (storyId !== null) waiting.set(String(storyId), storyId)
    },
    /** Starts on the stories added so far (and any added meanwhile); resolves when none is left. */
    complete: async () => {
      if (waiting.size > 0) running ??= run()
      while (running) await running
    },
  }
}

/**
 * A worker killed between recording a publication and moving its story leaves the story `scheduled`
 * with everything sent: the scheduler looks for such stories now and then and finishes them.
 */
export const completeFinishedStories = async (payload: Payload, now: Date) => {
  const sent = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { state: { equals: 'published' } },
        { publishedAt: { less_than: new Date(now.getTime() - ORPHAN_AFTER_MS).toISOString() } },
        { 'story.stage': { equals: 'scheduled' } },
      ],
    },
    select: { story: true },
    depth: 0,
    limit: 200,
    pagination: false,
  })
  const stories = new Map<string, Id>()
  for (const publication of sent.docs) {
    const storyId = relationId(publication.story as never)
    if (storyId !== null) stories.set(String(storyId), storyId)
  }
  await completeStoriesIfAllPublished(payload, [...stories.values()], now)
}
