import { and, asc, eq, gt, isNull, lt, lte, min, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { type AdapterInternals, compareAndSet, type Scalar } from '../../db/compareAndSet'
import { type PreparableQuery, preparedQuery } from '../../db/preparedQuery'
import type { Id } from '../../workflow/roles'
import type { PublicationState } from '../states'
import type { EngineSettings } from './settings'

export interface PublicationRow {
  id: Id
  story: unknown
  channel: unknown
  state: PublicationState
  attempts?: number | null
  leaseOwner?: string | null
  leaseUntil?: string | null
  finalCallAt?: string | null
  reconcileRetries?: number | null
  scheduledFor: string
}

/** Publications a worker may take now: due ones, unconfirmed ones due for a check, and abandoned claims. */
const dueWhere = (now: string): Where => ({
  or: [
    {
      and: [
        { state: { equals: 'queued' } },
        { scheduledFor: { less_than_equal: now } },
        { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: now } }] },
      ],
    },
    { and: [{ state: { equals: 'unconfirmed' } }, { nextAttemptAt: { less_than_equal: now } }] },
    { and: [{ state: { equals: 'publishing' } }, { leaseUntil: { less_than: now } }] },
  ],
})

/**
 * How many publications have been due for longer than `graceMs` without anyone taking them: none while
 * some delivery loop, here or in a worker, is alive (a burst is out in seconds; retries wait for their
 * `nextAttemptAt`). For the health check.
 */
export const countOverdue = async (payload: Payload, now: Date, graceMs: number) =>
  (
    await payload.count({
      collection: 'publications',
      where: dueWhere(new Date(now.getTime() - graceMs).toISOString()),
    })
  ).totalDocs

const DUE_FIELDS = [
  'story',
  'channel',
  'state',
  'attempts',
  'leaseOwner',
  'leaseUntil',
  'finalCallAt',
  'reconcileRetries',
  'scheduledFor',
] as const
const DATE_FIELDS = ['leaseUntil', 'finalCallAt', 'scheduledFor'] as const

type Column = never
type DueQuery = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => {
      where: (condition: unknown) => { orderBy: (order: unknown) => { limit: (limit: unknown) => PreparableQuery } }
    }
  }
}

/** `dueWhere` in SQL, built once: every freed slot of a burst asks for the due list again. */
const dueQuery = (internals: AdapterInternals) => {
  const table = internals.tables!.publications! as Record<string, Column>
  const now = sql.placeholder('now')
  return (internals.drizzle as unknown as DueQuery)
    .select(Object.fromEntries(['id', ...DUE_FIELDS].map((field) => [field, table[field]])))
    .from(table)
    .where(
      or(
        and(
          eq(table.state!, 'queued' as Column),
          lte(table.scheduledFor!, now),
          or(isNull(table.nextAttemptAt!), lte(table.nextAttemptAt!, now)),
        ),
        and(eq(table.state!, 'unconfirmed' as Column), lte(table.nextAttemptAt!, now)),
        and(eq(table.state!, 'publishing' as Column), lt(table.leaseUntil!, now)),
      ),
    )
    .orderBy(asc(table.scheduledFor!))
    .limit(sql.placeholder('limit'))
}

/** Due publications, oldest first, as their rows: no access rules, hooks or population on this path. */
export const findDue = async (payload: Payload, now: Date, limit: number): Promise<PublicationRow[]> => {
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') {
    const found = await payload.find({
      collection: 'publications',
      where: dueWhere(now.toISOString()),
      sort: 'scheduledFor',
      limit,
      depth: 0,
      pagination: false,
    })
    return found.docs as unknown as PublicationRow[]
  }
  const rows = await preparedQuery(payload.db, 'findDue', () => dueQuery(internals))({
    now: now.toISOString(),
    limit,
  })
  // Dates as Payload gives them (ISO), whatever the driver answers (PostgreSQL: `2026-01-02 03:04:05+00`).
  for (const row of rows)
    for (const field of DATE_FIELDS) if (row[field] != null) row[field] = new Date(row[field] as string).toISOString()
  return rows as unknown as PublicationRow[]
}

type NextQuery = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => { where: (condition: unknown) => PreparableQuery }
  }
}

/** The earliest time a queued publication is scheduled for after `now`, in SQL, built once. */
const nextScheduledQuery = (internals: AdapterInternals) => {
  const table = internals.tables!.publications! as Record<string, Column>
  return (internals.drizzle as unknown as NextQuery)
    .select({ at: min(table.scheduledFor!) })
    .from(table)
    .where(and(eq(table.state!, 'queued' as Column), gt(table.scheduledFor!, sql.placeholder('now'))))
}

/**
 * When the next queued publication falls due, if any: the engine wakes for it rather than at the next
 * poll, so a post goes out at its time and not up to a poll later. Retries and abandoned claims wait
 * for the poll.
 */
export const findNextScheduled = async (payload: Payload, now: Date): Promise<Date | null> => {
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') {
    const found = await payload.find({
      collection: 'publications',
      where: { and: [{ state: { equals: 'queued' } }, { scheduledFor: { greater_than: now.toISOString() } }] },
      sort: 'scheduledFor',
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const next = found.docs[0]?.scheduledFor
    return next ? new Date(next) : null
  }
  const [row] = await preparedQuery(payload.db, 'findNextScheduled', () => nextScheduledQuery(internals))({
    now: now.toISOString(),
  })
  return row?.at ? new Date(row.at as string) : null
}

/** The row exactly as this worker read it: any change by anyone since makes the update miss. */
const unchangedSince = (row: PublicationRow): Record<string, Scalar> => ({
  state: row.state,
  leaseOwner: row.leaseOwner ?? null,
  leaseUntil: row.leaseUntil ?? null,
})

/**
 * Takes a publication for this worker, atomically; null when another worker was faster, else the time
 * of the claim. A claim that will send (nothing was sent before, or a check found nothing) counts the
 * attempt and records the final-call trace (`finalCallAt`) in the same write: the final call follows
 * within moments (`claimTraceCovers`), and a worker that dies before making it leaves a trace that
 * costs one look at the page, where a separate write would cost every post a commit of its own.
 */
export const claim = async (payload: Payload, row: PublicationRow, settings: EngineSettings) => {
  const at = settings.now()
  const won = await compareAndSet(payload, {
    collection: 'publications',
    id: row.id,
    expect: unchangedSince(row),
    set: {
      state: 'publishing',
      leaseOwner: settings.workerId,
      leaseUntil: new Date(at.getTime() + settings.leaseMs),
      ...(willSend(row, settings) ? { attempts: (row.attempts ?? 0) + 1, finalCallAt: at } : {}),
    },
  })
  return won ? at : null
}

/** Whether a claim of this row goes straight to sending: no earlier final call to check first. */
export const willSend = (row: PublicationRow, settings: EngineSettings) =>
  !row.finalCallAt && (row.attempts ?? 0) < settings.maxAttempts

/** The longest a claim's trace may stand for a final call made after it. */
const CLAIM_TRACE_MS = 250

/**
 * Whether the trace a sending claim recorded at `claimedAt` still stands for a final call made now:
 * the claim is surely still held (a small part of the lease has passed), and the page is checked
 * late enough for a call started this much after its trace (a small part of the reconcile delay's
 * margin over the Graph timeout). Past it, the final call records a trace of its own.
 */
export const claimTraceCovers = (settings: EngineSettings, claimedAt: Date) =>
  settings.now().getTime() - claimedAt.getTime() <=
  Math.min(CLAIM_TRACE_MS, settings.leaseMs / 4, (settings.reconcileDelayMs - settings.graph.timeoutMs) / 4)

/** Writes to a publication this worker holds; false when the claim was lost (and nothing is written). */
export const updateHeld = (payload: Payload, id: Id, settings: EngineSettings, set: Record<string, Scalar>) =>
  compareAndSet(payload, {
    collection: 'publications',
    id,
    expect: { state: 'publishing', leaseOwner: settings.workerId },
    set,
  })

export const extendLease = (payload: Payload, id: Id, settings: EngineSettings) =>
  updateHeld(payload, id, settings, { leaseUntil: new Date(settings.now().getTime() + settings.leaseMs) })

/** Ends the claim with a final or waiting state. */
export const release = (payload: Payload, id: Id, settings: EngineSettings, set: Record<string, Scalar>) =>
  updateHeld(payload, id, settings, { leaseOwner: null, leaseUntil: null, ...set })
