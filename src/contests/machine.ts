import type { ContestStage, EntryStage } from './labels'
import {
  CONTEST_ACTIONS,
  CONTEST_TRANSITIONS,
  type ContestAction,
  type ContestParty,
  ENTRY_ACTIONS,
  ENTRY_TRANSITIONS,
  type EntryAction,
  type OpeningRequirement,
  isContestAction,
  isEntryAction,
} from './transitions'

/** What the contest machine needs to know about a contest; nothing else. */
export interface ContestState {
  stage: ContestStage
  hasRules: boolean
  opensAt: Date | null
  closesAt: Date | null
  juryCount: number
  rubricCount: number
  /** Juror × entry sheets neither submitted nor recused (counted only for actions that need it). */
  pendingSheets: number
}

/** What the board said along with its request. */
export interface ContestConsent {
  /** Results may come from the sheets submitted so far, the pending ones left out. */
  acceptPending?: unknown
}

export interface EntryState {
  stage: EntryStage
  contestStage: ContestStage
}

export type ContestRefusalCode =
  | 'unknown_action'
  | 'wrong_stage'
  | 'contest_stage'
  | 'not_permitted'
  | 'reason_required'
  | 'opening_incomplete'
  | 'not_closing_time'
  | 'judging_incomplete'

export interface ContestRefused {
  ok: false
  status: 400 | 403 | 409
  code: ContestRefusalCode
  message: string
  /** For `opening_incomplete`: what the contest still lacks. */
  missing?: OpeningRequirement[]
  /** For `judging_incomplete`: how many sheets are pending. */
  pending?: number
}

export interface Moved<Action, Stage> {
  ok: true
  action: Action
  from: Stage
  to: Stage
  at: string
  reason?: string
}

export type ContestDecision = Moved<ContestAction, ContestStage> | ContestRefused
export type EntryDecision = Moved<EntryAction, EntryStage> | ContestRefused

const refuse = (
  status: ContestRefused['status'],
  code: ContestRefusalCode,
  message: string,
  facts: Pick<ContestRefused, 'missing' | 'pending'> = {},
): ContestRefused => ({ ok: false, status, code, message, ...facts })

const unknown = (action: unknown) =>
  refuse(400, 'unknown_action', typeof action === 'string' ? `Unknown action: ${action}` : 'Unknown action')

/** What the contest lacks to open: rules, a closing time after its opening time and still ahead, a jury, a rubric. */
export const missingToOpen = (contest: ContestState, now: Date): OpeningRequirement[] => {
  const missing: OpeningRequirement[] = []
  if (!contest.hasRules) missing.push('rules')
  const { opensAt, closesAt } = contest
  if (!opensAt || !closesAt || closesAt.getTime() <= opensAt.getTime() || closesAt.getTime() <= now.getTime()) {
    missing.push('dates')
  }
  if (contest.juryCount < 1) missing.push('jury')
  if (contest.rubricCount < 1) missing.push('rubric')
  return missing
}

/**
 * Results while some sheets are pending leave those jurors' marks out: the board may choose that, but
 * only knowingly (`acceptPending: true`, nothing less); otherwise 409 with the count.
 */
export const pendingSheetsRefusal = (pendingSheets: number, consent: ContestConsent): ContestRefused | null =>
  pendingSheets > 0 && consent.acceptPending !== true
    ? refuse(409, 'judging_incomplete', `${pendingSheets} score sheet(s) are still pending`, { pending: pendingSheets })
    : null

/** Decides one contest transition for someone acting as these parties. Pure: the caller loads and applies. */
export const decideContestTransition = (
  parties: readonly ContestParty[],
  contest: ContestState,
  action: unknown,
  now: Date,
  consent: ContestConsent = {},
): ContestDecision => {
  if (!isContestAction(action)) return unknown(action)
  const rule = CONTEST_TRANSITIONS[action]
  const allowed = rule.from[contest.stage]
  if (!allowed) return refuse(409, 'wrong_stage', `Action "${action}" is not allowed from stage "${contest.stage}"`)
  const acting = parties.filter((party) => allowed.includes(party))
  if (acting.length === 0) return refuse(403, 'not_permitted', `You are not allowed to ${action} this contest`)
  const onlySystem = acting.every((party) => party === 'system')
  if (rule.systemOnlyAfterClosing && onlySystem && !(contest.closesAt && contest.closesAt.getTime() <= now.getTime())) {
    return refuse(409, 'not_closing_time', 'The contest closes at its closing time, not before')
  }
  if (rule.requires) {
    const missing = missingToOpen(contest, now).filter((requirement) => rule.requires!.includes(requirement))
    if (missing.length)
      return refuse(400, 'opening_incomplete', `The contest lacks: ${missing.join(', ')}`, { missing })
  }
  if (rule.needsFinishedJudging) {
    const unfinished = pendingSheetsRefusal(contest.pendingSheets, consent)
    if (unfinished) return unfinished
  }
  return { ok: true, action, from: contest.stage, to: rule.to, at: now.toISOString() }
}

const cleanReason = (reason: unknown): string | undefined =>
  typeof reason === 'string' && reason.trim() !== '' ? reason.trim().slice(0, 500) : undefined

/** Decides one entry transition for someone acting as these parties. Pure: the caller loads and applies. */
export const decideEntryTransition = (
  parties: readonly ContestParty[],
  entry: EntryState,
  request: { action?: unknown; reason?: unknown },
  now: Date,
): EntryDecision => {
  const { action } = request
  if (!isEntryAction(action)) return unknown(action)
  const rule = ENTRY_TRANSITIONS[action]
  const allowed = rule.from[entry.stage]
  if (!allowed) return refuse(409, 'wrong_stage', `Action "${action}" is not allowed from stage "${entry.stage}"`)
  if (!rule.contestStages.includes(entry.contestStage)) {
    return refuse(
      409,
      'contest_stage',
      `Action "${action}" is not allowed while the contest is "${entry.contestStage}"`,
    )
  }
  if (!parties.some((party) => allowed.includes(party))) {
    return refuse(403, 'not_permitted', `You are not allowed to ${action} this entry`)
  }
  const reason = cleanReason(request.reason)
  if (rule.reasonRequired && !reason) return refuse(400, 'reason_required', `A reason is required to ${action}`)
  return { ok: true, action, from: entry.stage, to: rule.to, at: now.toISOString(), ...(reason ? { reason } : {}) }
}

/** The contest actions these parties may take now. */
export const contestActionsFor = (
  parties: readonly ContestParty[],
  contest: ContestState,
  now: Date,
): ContestAction[] => CONTEST_ACTIONS.filter((action) => decideContestTransition(parties, contest, action, now).ok)

/** The entry actions these parties may take now (a reason, where needed, is assumed given). */
export const entryActionsFor = (parties: readonly ContestParty[], entry: EntryState, now: Date): EntryAction[] =>
  ENTRY_ACTIONS.filter((action) => decideEntryTransition(parties, entry, { action, reason: 'x' }, now).ok)
