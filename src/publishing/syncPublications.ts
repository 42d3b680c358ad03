import type { PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import type { ErrorCode } from '../i18n/errors'
import type { Accepted } from '../workflow/machine'
import { type Id, sameId } from '../workflow/roles'
import type { PublicationState } from './states'

type Row = { id: Id; channel: unknown; state: PublicationState; scheduledFor: string }

/** States a publication can be taken back from; one being sent (or checked) cannot be stopped. */
const STOPPABLE: readonly PublicationState[] = ['queued', 'failed', 'cancelled']

export class PublicationConflict extends Error {
  constructor(
    readonly code: ErrorCode,
    /** 409 for a race with a worker; 400 for a request that names what it may not. */
    readonly status = 409,
  ) {
    super(code)
  }
}

const pageOfStory = async (req: PayloadRequest, storyId: Id) => {
  const story = await req.payload.findByID({
    collection: 'stories',
    id: storyId,
    depth: 0,
    select: { page: true },
    overrideAccess: true,
    req,
  })
  return relationId((story as { page?: never }).page)
}

const rowsOf = async (req: PayloadRequest, storyId: Id) =>
  (
    await req.payload.find({
      collection: 'publications',
      where: { story: { equals: storyId } },
      depth: 0,
      pagination: false,
      limit: 0,
      req,
    })
  ).docs as unknown as Row[]

/** Moves a publication between states only if nobody (a worker) changed it since it was read. */
const move = async (req: PayloadRequest, row: Row, set: Record<string, string | number | null>) => {
  const moved = await compareAndSet(
    req.payload,
    { collection: 'publications', id: row.id, expect: { state: row.state }, set },
    req,
  )
  if (!moved) throw new PublicationConflict('publication_in_progress')
}

/**
 * Keeps the story's publications in step with its stage, inside the transition's transaction:
 * `schedule`/`publish_now` create or re-queue one per channel (never re-sending one already published),
 * `unschedule` cancels what has not gone out. A publication a worker is sending makes the transition
 * fail with a conflict, and the whole transition rolls back. A story goes out only on channels of its
 * own page: naming another page's channel refuses the transition (400 `channel_other_page`).
 */
export const syncPublications = async (req: PayloadRequest, storyId: Id, title: string, decision: Accepted) => {
  const rows = await rowsOf(req, storyId)
  const busy = rows.some((row) => !STOPPABLE.includes(row.state) && row.state !== 'published')

  if (decision.entry.action === 'unschedule') {
    if (busy) throw new PublicationConflict('publication_in_progress')
    for (const row of rows.filter((candidate) => candidate.state === 'queued' || candidate.state === 'failed')) {
      await move(req, row, { state: 'cancelled', nextAttemptAt: null })
    }
    return
  }

  const publication = decision.publication
  if (!publication) return
  if (busy) throw new PublicationConflict('publication_in_progress')
  const wanted = publication.channelIds.map(String)
  const channels = await req.payload.find({
    collection: 'channels',
    where: { id: { in: publication.channelIds } },
    depth: 0,
    pagination: false,
    limit: 0,
    req,
  })
  if (channels.docs.length !== wanted.length || channels.docs.some((channel) => channel.enabled === false)) {
    throw new PublicationConflict('channel_unavailable')
  }
  const page = await pageOfStory(req, storyId)
  if (channels.docs.some((channel) => !sameId(relationId(channel.page as never), page))) {
    throw new PublicationConflict('channel_other_page', 400)
  }

  const fresh = {
    state: 'queued',
    scheduledFor: publication.publishAt,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    finalCallAt: null,
    reconcileRetries: 0,
  }
  for (const channel of channels.docs) {
    const existing = rows.find((row) => String(relationId(row.channel as never)) === String(channel.id))
    if (!existing) {
      await req.payload.create({
        collection: 'publications',
        data: { label: `${title} → ${channel.name}`, story: storyId, channel: channel.id, ...fresh } as never,
        overrideAccess: true,
        req,
      })
    } else if (existing.state !== 'published') {
      await move(req, existing, fresh)
    }
  }
  for (const row of rows.filter(
    (candidate) => candidate.state === 'queued' && !wanted.includes(String(relationId(candidate.channel as never))),
  )) {
    await move(req, row, { state: 'cancelled' })
  }
}
