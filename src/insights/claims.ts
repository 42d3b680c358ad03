import { and, eq, inArray, isNull, lt, lte, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { type AdapterInternals, compareAndSet, type Scalar, toSql } from '../db/compareAndSet'
import { groupCommit } from '../db/groupCommit'
import { chunk } from './batchPlan'
import type { Id } from '../workflow/roles'
import { MAX_AGE_MS } from './schedule'

/** What the collector reads of a publication or channel to schedule and claim it. */
export interface LeaseFields {
  id: Id
  metricsLeaseOwner?: string | null
  metricsLeaseUntil?: string | null
  metricsDueAt?: string | null
  metricsCollectedAt?: string | null
}

export interface DuePost extends LeaseFields {
  story: unknown
  channel: unknown
  externalId: string
  publishedAt: string
}

export type DuePage = LeaseFields

export interface Lease {
  workerId: string
  leaseMs: number
  now: () => Date
}

const due = (now: string): Where[] => [
  {
    or: [
      { metricsDueAt: { less_than_equal: now } },
      // Never read yet (a post whose last reading is behind it has a reading and no due time).
      { and: [{ metricsDueAt: { exists: false } }, { metricsCollectedAt: { exists: false } }] },
    ],
  },
  // Free, or held by a worker that stopped renewing it.
  { or: [{ metricsLeaseUntil: { exists: false } }, { metricsLeaseUntil: { less_than: now } }] },
]

/** Facebook posts of the last 90 days whose figures are due, youngest first (their figures move most). */
export const findDuePosts = async (payload: Payload, now: Date, limit: number): Promise<DuePost[]> => {
  const at = now.toISOString()
  const found = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { state: { equals: 'published' } },
        { 'channel.kind': { equals: 'facebook_page' } },
        // A page switched off or waiting for a new token is not read (and its posts not claimed).
        { 'channel.enabled': { equals: true } },
        { 'channel.needsReconnect': { not_equals: true } },
        { externalId: { exists: true } },
        { publishedAt: { greater_than: new Date(now.getTime() - MAX_AGE_MS).toISOString() } },
        ...due(at),
      ],
    },
    sort: '-publishedAt',
    limit,
    depth: 0,
    pagination: false,
    select: {
      story: true,
      channel: true,
      externalId: true,
      publishedAt: true,
      metricsLeaseOwner: true,
      metricsLeaseUntil: true,
      metricsDueAt: true,
      metricsCollectedAt: true,
    },
  })
  return found.docs as unknown as DuePost[]
}

/** Connected Facebook pages whose daily figures are due. */
export const findDuePages = async (payload: Payload, now: Date, limit: number): Promise<DuePage[]> => {
  const found = await payload.find({
    collection: 'channels',
    where: {
      and: [
        { kind: { equals: 'facebook_page' } },
        { enabled: { equals: true } },
        { needsReconnect: { not_equals: true } },
        ...due(now.toISOString()),
      ],
    },
    limit,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {
      pageId: true,
      metricsLeaseOwner: true,
      metricsLeaseUntil: true,
      metricsDueAt: true,
      metricsCollectedAt: true,
    },
  })
  return found.docs as unknown as DuePage[]
}

type Collection = 'publications' | 'channels'

/**
 * Takes the rows for this worker, each atomically (`compareAndSet` on the lease as it was read): two
 * workers that found the same due rows split them, never both read one. Returns the rows won.
 */
export const claimAll = async <Row extends LeaseFields>(
  payload: Payload,
  collection: Collection,
  rows: readonly Row[],
  lease: Lease,
): Promise<Row[]> => {
  const until = new Date(lease.now().getTime() + lease.leaseMs)
  const won = await Promise.all(
    rows.map((row) =>
      compareAndSet(payload, {
        collection,
        id: row.id,
        // The schedule too: a row another worker read and released since it was found is not due any more.
        expect: {
          metricsLeaseOwner: row.metricsLeaseOwner ?? null,
          metricsLeaseUntil: row.metricsLeaseUntil ?? null,
          metricsDueAt: row.metricsDueAt ?? null,
          metricsCollectedAt: row.metricsCollectedAt ?? null,
        },
        set: { metricsLeaseOwner: lease.workerId, metricsLeaseUntil: until },
      }),
    ),
  )
  return rows.filter((_, index) => won[index])
}

/** Ends this worker's lease on a row, writing what came of the reading; false when the lease was lost. */
export const releaseHeld = (
  payload: Payload,
  collection: Collection,
  id: Id,
  lease: Lease,
  set: Record<string, Scalar>,
) =>
  compareAndSet(payload, {
    collection,
    id,
    expect: { metricsLeaseOwner: lease.workerId },
    set: { metricsLeaseOwner: null, metricsLeaseUntil: null, ...set },
  })

type Updating = {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<{ id: Id }[]> }
    }
  }
}

const sqlTable = (payload: Payload, collection: Collection) => {
  const internals = payload.db as unknown as AdapterInternals
  if (internals.name === 'mongoose') return null
  return {
    drizzle: internals.drizzle as unknown as Updating,
    table: internals.tables![collection] as Record<string, never>,
  }
}

/**
 * Takes many rows at once, on the SQL adapters in one statement per 500: `UPDATE … SET lease = me
 * WHERE id IN (…) AND <still due> AND <lease free or lapsed>`. Each row's condition is checked as it is
 * written, so a row another worker took, or read and released, since it was found is left out: the
 * same guarantee as `claimAll`, without a statement per row. MongoDB uses `claimAll`.
 */
export const claimDue = async <Row extends LeaseFields>(
  payload: Payload,
  collection: Collection,
  rows: readonly Row[],
  lease: Lease,
): Promise<Row[]> => {
  const sql = sqlTable(payload, collection)
  if (!sql || rows.length === 0) return claimAll(payload, collection, rows, lease)
  const { drizzle, table } = sql
  const now = lease.now().toISOString()
  const until = new Date(lease.now().getTime() + lease.leaseMs).toISOString()
  const won = new Set<string>()
  for (const part of chunk(rows, 500)) {
    const claimed = await groupCommit(payload.db, () =>
      drizzle
        .update(table)
        .set({ metricsLeaseOwner: lease.workerId, metricsLeaseUntil: until, updatedAt: now })
        .where(
          and(
            inArray(table.id, part.map((row) => row.id) as never),
            or(
              lte(table.metricsDueAt, now as never),
              and(isNull(table.metricsDueAt), isNull(table.metricsCollectedAt)),
            ),
            or(isNull(table.metricsLeaseUntil), lt(table.metricsLeaseUntil, now as never)),
          ),
        )
        .returning({ id: table.id }),
    )
    for (const { id } of claimed) won.add(String(id))
  }
  return rows.filter((row) => won.has(String(row.id)))
}

/** Ends this worker's lease on many rows with the same outcome: one statement per 500 on SQL. */
export const releaseMany = async (
  payload: Payload,
  collection: Collection,
  ids: readonly Id[],
  lease: Lease,
  set: Record<string, Scalar>,
) => {
  const sql = sqlTable(payload, collection)
  if (!sql) {
    await Promise.all(ids.map((id) => releaseHeld(payload, collection, id, lease, set)))
    return
  }
  const { drizzle, table } = sql
  const values = Object.fromEntries(Object.entries(set).map(([field, value]) => [field, toSql(value)]))
  for (const part of chunk(ids, 500)) {
    await groupCommit(payload.db, () =>
      drizzle
        .update(table)
        .set({ metricsLeaseOwner: null, metricsLeaseUntil: null, ...values, updatedAt: new Date().toISOString() })
        .where(and(inArray(table.id, part as never), eq(table.metricsLeaseOwner, lease.workerId as never)))
        .returning({ id: table.id }),
    )
  }
}
