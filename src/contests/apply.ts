import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import { inTransaction } from '../db/transaction'
import type { Id } from '../workflow/roles'
import { ContestRefusal, refusalOf } from './errors'
import type { ContestStage, EntryStage } from './labels'
import {
  type ContestConsent,
  type ContestState,
  decideContestTransition,
  decideEntryTransition,
  type EntryDecision,
} from './machine'
import { judgingProgressOf } from './scoringData'
import { type ContestParty, CONTEST_TRANSITIONS, isContestAction } from './transitions'

/** Set on the writes the transitions make: the only ones allowed to change `stage`. */
export const CONTEST_TRANSITION = 'contestTransition'

export interface ContestDoc {
  id: Id
  page?: unknown
  stage: ContestStage
  rules?: { root?: { children?: unknown[] } } | null
  opensAt?: string | null
  closesAt?: string | null
  jury?: unknown[] | null
  rubric?: unknown[] | null
}

export interface EntryDoc {
  id: Id
  page?: unknown
  contest: unknown
  stage: EntryStage
}

const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children } = node as { text?: unknown; children?: unknown[] }
  return (typeof text === 'string' && text.trim() !== '') || (children ?? []).some(hasText)
}

const dateOf = (value: string | null | undefined) => (value ? new Date(value) : null)

export const contestState = (contest: ContestDoc, pendingSheets: number): ContestState => ({
  stage: contest.stage,
  hasRules: hasText(contest.rules?.root),
  opensAt: dateOf(contest.opensAt),
  closesAt: dateOf(contest.closesAt),
  juryCount: (contest.jury ?? []).length,
  rubricCount: (contest.rubric ?? []).length,
  pendingSheets,
})

/** The pending sheets, read only for an action whose rule looks at them (the others never do). */
const pendingSheetsFor = async (req: PayloadRequest, contest: ContestDoc, action: unknown) =>
  isContestAction(action) && CONTEST_TRANSITIONS[action].needsFinishedJudging
    ? (await judgingProgressOf(req, contest)).counts.pending
    : 0

/** Moves a contest by `action` for these parties, or throws a ContestRefusal; the stage it moved to. */
export const applyContestTransition = async (
  req: PayloadRequest,
  contest: ContestDoc,
  action: unknown,
  parties: readonly ContestParty[],
  now = new Date(),
  consent: ContestConsent = {},
): Promise<ContestStage> => {
  const state = contestState(contest, await pendingSheetsFor(req, contest, action))
  const decision = decideContestTransition(parties, state, action, now, consent)
  if (!decision.ok) throw refusalOf(decision)
  const won = await compareAndSet(
    req.payload,
    { collection: 'contests', id: contest.id, expect: { stage: contest.stage }, set: { stage: decision.to } },
    req,
  )
  if (!won) throw new ContestRefusal('conflict', 409)
  return decision.to
}

/**
 * Moves one entry by `action` (`approve`, `reject`, `publish`, `score`, `withdraw`) for these parties,
 * in the request's transaction (or its own). For the newsroom's own code — posting, judging — pass
 * `['system']`: `applyEntryTransition(payload, { entry: id, action: 'publish', parties: ['system'] })`.
 * Throws a ContestRefusal when the machine refuses or someone else moved the entry first.
 */
export const applyEntryTransition = async (
  payload: Payload,
  args: { entry: Id; action: unknown; parties: readonly ContestParty[]; reason?: unknown; now?: Date },
  given?: PayloadRequest,
): Promise<EntryDecision & { ok: true }> =>
  inTransaction(
    payload,
    async (req) => {
      const entry = (await payload.findByID({
        collection: 'contest-entries',
        id: args.entry,
        depth: 0,
        overrideAccess: true,
        select: { contest: true, stage: true },
        req,
      })) as unknown as EntryDoc | null
      if (!entry) throw new ContestRefusal('entry_not_found', 404)
      const contest = (await payload.findByID({
        collection: 'contests',
        id: relationId(entry.contest as never)!,
        depth: 0,
        overrideAccess: true,
        select: { stage: true },
        req,
      })) as unknown as { stage: ContestStage }
      const now = args.now ?? new Date()
      const decision = decideEntryTransition(
        args.parties,
        { stage: entry.stage, contestStage: contest.stage },
        { action: args.action, reason: args.reason },
        now,
      )
      if (!decision.ok) throw new ContestRefusal(decision.code, decision.status)
      const won = await compareAndSet(
        payload,
        {
          collection: 'contest-entries',
          id: entry.id,
          expect: { stage: entry.stage },
          set: {
            stage: decision.to,
            ...(decision.action === 'reject' ? { rejectionReason: decision.reason ?? null } : {}),
            ...(decision.action === 'approve' ? { rejectionReason: null } : {}),
            ...(decision.action === 'withdraw' ? { withdrawnAt: decision.at } : {}),
          },
        },
        req,
      )
      if (!won) throw new ContestRefusal('conflict', 409)
      return decision
    },
    given,
  )
