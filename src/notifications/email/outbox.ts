import type { Payload, Where } from 'payload'

import { compareAndSet, type Scalar } from '../../db/compareAndSet'
import type { Id } from '../../workflow/roles'
import type { NotificationKind } from '../kinds'
import type { EmailSettings } from './settings'

export type EmailState = 'pending' | 'sending' | 'sent' | 'failed' | 'muted'

export interface OutboxRow {
  id: Id
  user: unknown
  kind: NotificationKind
  title: string
  body?: string | null
  link?: string | null
  links?: unknown
  attachments?: unknown
  createdAt: string
  emailState: EmailState
  emailAttempts?: number | null
  emailNextAttemptAt?: string | null
}

/**
 * Rows a sender may take now: new ones, failed ones whose retry time has come (a failure given up on
 * has no retry time), and ones left `sending` past their lease by a sender that died.
 */
const dueWhere = (now: string): Where => ({
  or: [
    { emailState: { equals: 'pending' } },
    { and: [{ emailState: { equals: 'failed' } }, { emailNextAttemptAt: { less_than_equal: now } }] },
    { and: [{ emailState: { equals: 'sending' } }, { emailNextAttemptAt: { less_than: now } }] },
  ],
})

export const findDueEmails = async (payload: Payload, settings: EmailSettings) =>
  (
    await payload.find({
      collection: 'notifications',
      where: dueWhere(settings.now().toISOString()),
      sort: 'createdAt',
      limit: settings.batchSize,
      depth: 0,
      pagination: false,
    })
  ).docs as unknown as OutboxRow[]

/**
 * Every claim bumps `emailAttempts`, so the attempt number doubles as a fencing token: a claim (or a
 * result) based on an older read of the row misses instead of overwriting a newer sender's work.
 */
const asRead = (row: OutboxRow): Record<string, Scalar> => ({
  emailState: row.emailState,
  emailAttempts: row.emailAttempts ?? null,
})

/** Takes the row for this sender, atomically; null when another sender was faster. */
export const claimEmail = async (payload: Payload, row: OutboxRow, settings: EmailSettings) => {
  const attempt = (row.emailAttempts ?? 0) + 1
  const won = await compareAndSet(payload, {
    collection: 'notifications',
    id: row.id,
    expect: asRead(row),
    set: {
      emailState: 'sending',
      emailAttempts: attempt,
      emailNextAttemptAt: new Date(settings.now().getTime() + settings.leaseMs),
    },
  })
  return won ? attempt : null
}

/** Records the outcome of the attempt this sender holds; false when the claim was lost meanwhile. */
export const settleEmail = (
  payload: Payload,
  id: Id,
  attempt: number,
  outcome: { state: Exclude<EmailState, 'pending' | 'sending'>; retryAt?: Date | null; error?: string | null },
) =>
  compareAndSet(payload, {
    collection: 'notifications',
    id,
    expect: { emailState: 'sending', emailAttempts: attempt },
    set: {
      emailState: outcome.state,
      emailNextAttemptAt: outcome.retryAt ?? null,
      emailError: outcome.error ? outcome.error.slice(0, 500) : null,
    },
  })
