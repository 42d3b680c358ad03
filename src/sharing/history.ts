import type { PayloadRequest } from 'payload'

import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { compareAndSet } from '../db/compareAndSet'
import type { HistoryEntry } from '../workflow/machine'
import type { Id } from '../workflow/roles'
import type { Stage } from '../workflow/stages'

/** A history row that names the other page of a share. */
export type ShareHistoryEntry = HistoryEntry & { otherPage?: string }

/** The story's stage changed meanwhile (another request won): the share rolls back. */
export class StoryMoved extends Error {}

/**
 * Holds the story's row for the rest of the transaction: an UPDATE that changes nothing but only
 * matches while the stage is still `stage`. On PostgreSQL the row stays locked until commit, so two
 * shares of one story (or two offers answered at once) take turns and each sees the other's rows;
 * SQLite's transactions already take turns.
 */
export const holdStory = async (req: PayloadRequest, id: Id, stage: Stage) => {
  const held = await compareAndSet(req.payload, { collection: 'stories', id, expect: { stage }, set: { stage } }, req)
  if (!held) throw new StoryMoved(`Story ${id} left stage ${stage}`)
}

/** Appends rows to a story's history, read after `holdStory` so that no concurrent row is lost. */
export const appendHistory = async (req: PayloadRequest, id: Id, entries: ShareHistoryEntry[]) => {
  const story = await req.payload.findByID({
    collection: 'stories',
    id,
    depth: 0,
    select: { history: true },
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: 'stories',
    id,
    data: { history: [...((story.history ?? []) as unknown[]), ...entries] as never },
    context: { [WORKFLOW_TRANSITION]: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
