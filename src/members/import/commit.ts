import { eq } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { type AdapterInternals, sessionFor } from '../../db/compareAndSet'
import { inTransaction } from '../../db/transaction'
import type { Id } from '../../workflow/roles'
import type { NewAccount, RowPlan } from './plan'
import type { MemberScope } from './scope'

/** Rows per INSERT: well under SQLite's 32,766 bound variables at ~10 columns a row. */
const CHUNK = 500

export type Progress = (done: number, total: number) => void

type Write = Extract<RowPlan, { action: 'create' | 'update' }>

type Sql = {
  insert: (table: unknown) => {
    values: (rows: readonly Record<string, unknown>[]) => {
      returning: (fields: Record<string, unknown>) => Promise<{ id: Id }[]>
    } & Promise<unknown>
  }
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => { where: (condition: unknown) => Promise<unknown> }
  }
}

/** The rows that change something. */
export const writesOf = (plan: readonly RowPlan[]): Write[] =>
  plan.filter((row): row is Write => row.action === 'create' || row.action === 'update')

const accountRows = (member: Id, accounts: readonly NewAccount[], page: Id, now: string) =>
  accounts.map((account) => ({ ...account, member, page, verified: false, createdAt: now, updatedAt: now }))

/**
 * Writes a plan's creates and updates in one transaction, all or nothing. On SQL databases members
 * and accounts go in multi-row INSERTs of 500 (the planner has already applied every rule the hooks
 * would: cells, profiles one per member, keys normalised; the unique index on page and profile key
 * still stands behind it); elsewhere through the local API. `progress` hears after each step.
 */
export const commitPlan = async (
  payload: Payload,
  plan: readonly RowPlan[],
  scope: MemberScope,
  progress: Progress = () => {},
): Promise<void> => {
  const writes = writesOf(plan)
  const total = writes.length
  const internals = payload.db as unknown as AdapterInternals
  await inTransaction(payload, async (req) => {
    if (internals.name !== 'sqlite' && internals.name !== 'postgres')
      return commitThroughApi(req, writes, scope, progress)
    const session = (await sessionFor(internals, req)) as { db?: Sql } | undefined
    const sql = session?.db ?? (internals.drizzle as unknown as Sql)
    const tables = internals.tables as Record<string, Record<string, unknown>>
    const members = tables.members!
    const accountsTable = tables.social_accounts!
    const now = new Date().toISOString()
    const accounts: Record<string, unknown>[] = []
    let done = 0

    const creates = writes.filter((row) => row.action === 'create')
    for (let start = 0; start < creates.length; start += CHUNK) {
      const chunk = creates.slice(start, start + CHUNK)
      const ids = await sql
        .insert(members)
        .values(chunk.map((row) => ({ ...row.values, page: scope.page, active: true, createdAt: now, updatedAt: now })))
        .returning({ id: members.id })
      chunk.forEach((row, index) => accounts.push(...accountRows(ids[index]!.id, row.accounts, scope.page, now)))
      done += chunk.length
      progress(done, total)
    }
    for (const row of writes) {
      if (row.action !== 'update') continue
      if (Object.keys(row.changes).length > 0) {
        await sql
          .update(members)
          .set({ ...row.changes, updatedAt: now })
          .where(eq(members.id as never, row.member as never))
      }
      accounts.push(...accountRows(row.member, row.accounts, scope.page, now))
      done += 1
      if (done % CHUNK === 0) progress(done, total)
    }
    for (let start = 0; start < accounts.length; start += CHUNK) {
      await sql.insert(accountsTable).values(accounts.slice(start, start + CHUNK))
    }
    progress(total, total)
  })
}

const commitThroughApi = async (
  req: PayloadRequest,
  writes: readonly Write[],
  scope: MemberScope,
  progress: Progress,
) => {
  let done = 0
  for (const row of writes) {
    const member =
      row.action === 'create'
        ? (await req.payload.create({ collection: 'members', data: { ...row.values, page: scope.page } as never, req }))
            .id
        : row.member
    if (row.action === 'update' && Object.keys(row.changes).length > 0) {
      await req.payload.update({ collection: 'members', id: member, data: row.changes as never, req })
    }
    for (const account of row.accounts) {
      await req.payload.create({
        collection: 'social-accounts',
        data: { member, platform: account.platform, url: account.url } as never,
        req,
      })
    }
    done += 1
    progress(done, writes.length)
  }
}
