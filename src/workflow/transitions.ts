import type { Stage } from './stages'

export const ACTIONS = [
  'submit',
  'withdraw',
  'claim',
  'request_changes',
  'forward',
  'approve',
  'reject',
  'schedule',
  'unschedule',
  'publish_now',
] as const

export type Action = (typeof ACTIONS)[number]

/**
 * Who may act, relative to the story:
 * - `author`: the story's author;
 * - `area_editor`: an editor holding the story's area;
 * - `board`: any board member.
 */
export type Party = 'author' | 'area_editor' | 'board'

export interface TransitionRule {
  /** Stages the action may start from, each with the parties allowed from there. */
  from: Partial<Record<Stage, readonly Party[]>>
  to: Stage
  noteRequired?: boolean
  /**
   * Four-eyes: neither the author nor whoever last changed the content may take this action,
   * whatever other roles they hold.
   */
  fourEyes?: boolean
  /** The action needs a publish time and at least one channel. */
  needsPublication?: 'at_given_time' | 'now'
  /** The story must have these filled before the action. */
  requires?: readonly Requirement[]
  /** Formats that take another route: their own destination and requirements. */
  byFormat?: Partial<Record<string, { to: Stage; requires: readonly Requirement[] }>>
}

/**
 * What a story must have: a title, an area, or — for a rebuttal — the false claim (text or link)
 * and at least one verified official source.
 */
export type Requirement = 'title' | 'area' | 'falseClaim' | 'officialSource'

const reviewers: readonly Party[] = ['area_editor', 'board']

/** The whole workflow, as in SPEC.md "Stages and transitions". */
export const TRANSITIONS: Record<Action, TransitionRule> = {
  submit: {
    from: { draft: ['author'], changes_requested: ['author'] },
    to: 'submitted',
    requires: ['title', 'area'],
    // A rebuttal of fake news skips area review and goes straight to the board (four-eyes still holds).
    byFormat: { rebuttal: { to: 'awaiting_approval', requires: ['title', 'falseClaim', 'officialSource'] } },
  },
  withdraw: {
    from: { submitted: ['author'], changes_requested: ['author'] },
    to: 'withdrawn',
  },
  claim: {
    from: { submitted: reviewers },
    to: 'in_review',
  },
  request_changes: {
    from: { in_review: reviewers, awaiting_approval: ['board'] },
    to: 'changes_requested',
    noteRequired: true,
  },
  forward: {
    from: { in_review: reviewers },
    to: 'awaiting_approval',
  },
  approve: {
    from: { awaiting_approval: ['board'] },
    to: 'approved',
    fourEyes: true,
  },
  reject: {
    from: { submitted: reviewers, in_review: reviewers, awaiting_approval: reviewers },
    to: 'rejected',
    noteRequired: true,
  },
  schedule: {
    from: { approved: ['board'] },
    to: 'scheduled',
    needsPublication: 'at_given_time',
  },
  unschedule: {
    from: { scheduled: ['board'] },
    to: 'approved',
  },
  publish_now: {
    from: { approved: ['board'] },
    to: 'scheduled',
    needsPublication: 'now',
  },
}

export const isAction = (value: unknown): value is Action =>
  typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)
