import type { ContestStage, EntryStage } from './labels'

type Label = { vi: string; en: string }

/**
 * Who acts on a contest or an entry:
 * - `board`: the board of the contest's page, or an admin;
 * - `moderator`: whoever moderates the page's entries (its board, its editors, admins);
 * - `entrant`: the person who sent the entry, proven by its confirmation code and contact;
 * - `system`: the newsroom itself (the closing timer, the posting engine, the judging code).
 */
export type ContestParty = 'board' | 'moderator' | 'entrant' | 'system'

/** What a contest must have before it opens. */
export type OpeningRequirement = 'rules' | 'dates' | 'jury' | 'rubric'

export interface ContestTransitionRule {
  from: Partial<Record<ContestStage, readonly ContestParty[]>>
  to: ContestStage
  label: Label
  requires?: readonly OpeningRequirement[]
  /** The system may take it only once the closing time has come. */
  systemOnlyAfterClosing?: boolean
  /** Refused while score sheets are pending, unless the board says it accepts them. */
  needsFinishedJudging?: boolean
}

export const CONTEST_ACTIONS = ['open', 'close', 'start_judging', 'publish_results'] as const
export type ContestAction = (typeof CONTEST_ACTIONS)[number]

/** The contest's way: draft → open → closed → judging → results_published. */
export const CONTEST_TRANSITIONS: Record<ContestAction, ContestTransitionRule> = {
  open: {
    from: { draft: ['board'] },
    to: 'open',
    label: { vi: 'Mở nhận bài', en: 'Open for entries' },
    requires: ['rules', 'dates', 'jury', 'rubric'],
  },
  close: {
    from: { open: ['board', 'system'] },
    to: 'closed',
    label: { vi: 'Đóng nhận bài', en: 'Close entries' },
    systemOnlyAfterClosing: true,
  },
  start_judging: { from: { closed: ['board'] }, to: 'judging', label: { vi: 'Bắt đầu chấm', en: 'Start judging' } },
  publish_results: {
    from: { judging: ['board'] },
    to: 'results_published',
    label: { vi: 'Công bố kết quả', en: 'Publish results' },
    needsFinishedJudging: true,
  },
}

export interface EntryTransitionRule {
  from: Partial<Record<EntryStage, readonly ContestParty[]>>
  to: EntryStage
  label: Label
  reasonRequired?: boolean
  /** Contest stages in which the action may be taken at all. */
  contestStages: readonly ContestStage[]
}

export const ENTRY_ACTIONS = ['approve', 'reject', 'publish', 'score', 'withdraw'] as const
export type EntryAction = (typeof ENTRY_ACTIONS)[number]

const beforeResults: readonly ContestStage[] = ['open', 'closed', 'judging']

/** An entry's way: submitted → approved | rejected → published → scored; withdrawn by the entrant before judging. */
export const ENTRY_TRANSITIONS: Record<EntryAction, EntryTransitionRule> = {
  approve: {
    from: { submitted: ['moderator'], rejected: ['moderator'] },
    to: 'approved',
    label: { vi: 'Duyệt', en: 'Approve' },
    contestStages: beforeResults,
  },
  reject: {
    from: { submitted: ['moderator'], approved: ['moderator'] },
    to: 'rejected',
    label: { vi: 'Không duyệt', en: 'Reject' },
    reasonRequired: true,
    contestStages: beforeResults,
  },
  publish: {
    from: { approved: ['system'] },
    to: 'published',
    label: { vi: 'Đăng lên trang', en: 'Post' },
    contestStages: beforeResults,
  },
  score: {
    from: { approved: ['system'], published: ['system'] },
    to: 'scored',
    label: { vi: 'Ghi điểm', en: 'Score' },
    contestStages: ['judging', 'results_published'],
  },
  withdraw: {
    from: { submitted: ['entrant'], approved: ['entrant'], rejected: ['entrant'], published: ['entrant'] },
    to: 'withdrawn',
    label: { vi: 'Rút bài', en: 'Withdraw' },
    contestStages: ['open', 'closed'],
  },
}

export const isContestAction = (value: unknown): value is ContestAction =>
  typeof value === 'string' && Object.hasOwn(CONTEST_TRANSITIONS, value)

export const isEntryAction = (value: unknown): value is EntryAction =>
  typeof value === 'string' && Object.hasOwn(ENTRY_TRANSITIONS, value)
