/**
 * Exhaustive check of the contest and entry stage machines (src/contests/machine.ts) against an oracle
 * written here from the words: every stage × action × party (and, for entries, every contest
 * stage), plus the opening checklist, the system's closing time and the rejection reason.
 */
import { describe, expect, test } from '@jest/globals'

import { CONTEST_STAGES, ENTRY_STAGES, type ContestStage, type EntryStage } from '../../src/contests/labels'
import {
  type ContestState,
  contestActionsFor,
  decideContestTransition,
  decideEntryTransition,
  entryActionsFor,
  missingToOpen,
  pendingSheetsRefusal,
} from '../../src/contests/machine'
import { CONTEST_TRANSITIONS, type ContestParty, ENTRY_TRANSITIONS } from '../../src/contests/transitions'

const NOW = new Date('2031-05-10T08:00:00.000Z')
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000)
const PARTIES: ContestParty[] = ['board', 'moderator', 'entrant', 'system']
const CONTEST_ACTIONS_ORACLE = ['open', 'close', 'start_judging', 'publish_results', 'reopen', 42] as const
const ENTRY_ACTIONS_ORACLE = ['approve', 'reject', 'publish', 'score', 'withdraw', 'delete', null] as const

/** action → [from, to, who], from the issue text. */
const CONTEST_ORACLE: Record<string, [ContestStage, ContestStage, ContestParty[]]> = {
  open: ['draft', 'open', ['board']],
  close: ['open', 'closed', ['board', 'system']],
  start_judging: ['closed', 'judging', ['board']],
  publish_results: ['judging', 'results_published', ['board']],
}

const ENTRY_ORACLE: Record<string, { from: EntryStage[]; to: EntryStage; who: ContestParty; during: ContestStage[] }> =
  {
    approve: {
      from: ['submitted', 'rejected'],
      to: 'approved',
      who: 'moderator',
      during: ['open', 'closed', 'judging'],
    },
    reject: {
      from: ['submitted', 'approved'],
      to: 'rejected',
      who: 'moderator',
      during: ['open', 'closed', 'judging'],
    },
    publish: { from: ['approved'], to: 'published', who: 'system', during: ['open', 'closed', 'judging'] },
    score: { from: ['approved', 'published'], to: 'scored', who: 'system', during: ['judging', 'results_published'] },
    withdraw: {
      from: ['submitted', 'approved', 'rejected', 'published'],
      to: 'withdrawn',
      who: 'entrant',
      during: ['open', 'closed'],
    },
  }

const ready = (stage: ContestStage): ContestState => ({
  stage,
  hasRules: true,
  opensAt: hours(-1),
  closesAt: hours(-0.5),
  juryCount: 2,
  rubricCount: 3,
  pendingSheets: 0,
})
const readyToOpen = (stage: ContestStage): ContestState => ({ ...ready(stage), closesAt: hours(48) })

describe('contest machine: every stage × action × party', () => {
  for (const stage of CONTEST_STAGES) {
    for (const action of CONTEST_ACTIONS_ORACLE) {
      for (const party of PARTIES) {
        test(`${party} ${String(action)} from ${stage}`, () => {
          const decision = decideContestTransition([party], readyToOpen(stage), action, NOW)
          const row = typeof action === 'string' ? CONTEST_ORACLE[action] : undefined
          if (!row) return expect(decision).toMatchObject({ ok: false, status: 400, code: 'unknown_action' })
          if (row[0] !== stage) return expect(decision).toMatchObject({ ok: false, status: 409, code: 'wrong_stage' })
          if (!row[2].includes(party)) {
            return expect(decision).toMatchObject({ ok: false, status: 403, code: 'not_permitted' })
          }
          if (party === 'system') {
            // The closing time is 48 h ahead here: the system does not close early.
            return expect(decision).toMatchObject({ ok: false, status: 409, code: 'not_closing_time' })
          }
          expect(decision).toEqual({ ok: true, action, from: stage, to: row[1], at: NOW.toISOString() })
        })
      }
    }
  }

  test('the system closes an open contest at its closing time exactly', () => {
    const contest = { ...ready('open'), closesAt: NOW }
    expect(decideContestTransition(['system'], contest, 'close', NOW)).toMatchObject({ ok: true, to: 'closed' })
    expect(decideContestTransition(['system'], contest, 'close', new Date(NOW.getTime() - 1))).toMatchObject({
      ok: false,
      code: 'not_closing_time',
    })
  })

  test('opening needs rules, dates ahead and in order, a jury and a rubric', () => {
    const bare: ContestState = {
      stage: 'draft',
      hasRules: false,
      opensAt: null,
      closesAt: null,
      juryCount: 0,
      rubricCount: 0,
      pendingSheets: 0,
    }
    expect(decideContestTransition(['board'], bare, 'open', NOW)).toMatchObject({
      ok: false,
      status: 400,
      code: 'opening_incomplete',
      missing: ['rules', 'dates', 'jury', 'rubric'],
    })
    expect(missingToOpen({ ...readyToOpen('draft'), closesAt: hours(-2) }, NOW)).toEqual(['dates'])
    expect(missingToOpen({ ...readyToOpen('draft'), opensAt: hours(50) }, NOW)).toEqual(['dates'])
    expect(missingToOpen({ ...readyToOpen('draft'), closesAt: NOW }, NOW)).toEqual(['dates'])
    expect(missingToOpen(readyToOpen('draft'), NOW)).toEqual([])
  })

  test('actions offered match the decisions', () => {
    expect(contestActionsFor(['board'], readyToOpen('draft'), NOW)).toEqual(['open'])
    expect(contestActionsFor(['system'], ready('open'), NOW)).toEqual(['close'])
    expect(contestActionsFor(['moderator', 'entrant'], ready('open'), NOW)).toEqual([])
  })

  test('every action has a Vietnamese label', () => {
    for (const rule of [...Object.values(CONTEST_TRANSITIONS), ...Object.values(ENTRY_TRANSITIONS)]) {
      expect(rule.label.vi.length).toBeGreaterThan(0)
    }
  })
})

describe('results while score sheets are pending: only the board’s informed choice', () => {
  const judging = (pendingSheets: number): ContestState => ({ ...ready('judging'), pendingSheets })
  const moved = { ok: true, action: 'publish_results', from: 'judging', to: 'results_published' }
  const refused = (pending: number) => ({ ok: false, status: 409, code: 'judging_incomplete', pending })

  test.each([
    [0, undefined, moved],
    [0, { acceptPending: true }, moved],
    [1, undefined, refused(1)],
    [7, {}, refused(7)],
    [7, { acceptPending: false }, refused(7)],
    [7, { acceptPending: 'true' }, refused(7)],
    [7, { acceptPending: 1 }, refused(7)],
    [7, { acceptPending: [true] }, refused(7)],
    [7, { acceptPending: true }, moved],
  ] as const)('publish_results with %i pending, consent %j', (pending, consent, expected) => {
    expect(decideContestTransition(['board'], judging(pending), 'publish_results', NOW, consent)).toMatchObject(
      expected,
    )
  })

  test('the stage and the party are checked first: pending sheets never let anyone else through', () => {
    expect(decideContestTransition(['moderator'], judging(3), 'publish_results', NOW)).toMatchObject({
      code: 'not_permitted',
    })
    expect(
      decideContestTransition(['board'], { ...ready('closed'), pendingSheets: 3 }, 'publish_results', NOW),
    ).toMatchObject({ code: 'wrong_stage' })
  })

  test('no other action looks at pending sheets', () => {
    for (const [action, [from]] of Object.entries(CONTEST_ORACLE)) {
      if (action === 'publish_results') continue
      const contest = { ...readyToOpen(from), pendingSheets: 5 }
      expect(decideContestTransition(['board'], contest, action, NOW)).toMatchObject({ ok: true })
    }
  })

  test('the refusal and the endpoints share one rule', () => {
    expect(pendingSheetsRefusal(2, {})).toMatchObject(refused(2))
    expect(pendingSheetsRefusal(2, { acceptPending: true })).toBeNull()
    expect(pendingSheetsRefusal(0, {})).toBeNull()
  })
})

describe('entry machine: every entry stage × contest stage × action × party', () => {
  for (const stage of ENTRY_STAGES) {
    for (const contestStage of CONTEST_STAGES) {
      for (const action of ENTRY_ACTIONS_ORACLE) {
        for (const party of PARTIES) {
          test(`${party} ${String(action)} from ${stage} while ${contestStage}`, () => {
            const decision = decideEntryTransition(
              [party],
              { stage, contestStage },
              { action, reason: ' blurry ' },
              NOW,
            )
            const row = typeof action === 'string' ? ENTRY_ORACLE[action] : undefined
            if (!row) return expect(decision).toMatchObject({ ok: false, status: 400, code: 'unknown_action' })
            if (!row.from.includes(stage)) {
              return expect(decision).toMatchObject({ ok: false, status: 409, code: 'wrong_stage' })
            }
            if (!row.during.includes(contestStage)) {
              return expect(decision).toMatchObject({ ok: false, status: 409, code: 'contest_stage' })
            }
            if (row.who !== party)
              return expect(decision).toMatchObject({ ok: false, status: 403, code: 'not_permitted' })
            expect(decision).toEqual({
              ok: true,
              action,
              from: stage,
              to: row.to,
              at: NOW.toISOString(),
              reason: 'blurry',
            })
          })
        }
      }
    }
  }

  test('rejecting needs a reason; blank does not count', () => {
    for (const reason of [undefined, '', '   ', 7, { text: 'x' }]) {
      expect(
        decideEntryTransition(
          ['moderator'],
          { stage: 'submitted', contestStage: 'open' },
          { action: 'reject', reason },
          NOW,
        ),
      ).toMatchObject({ ok: false, status: 400, code: 'reason_required' })
    }
  })

  test('approving needs no reason', () => {
    expect(
      decideEntryTransition(['moderator'], { stage: 'submitted', contestStage: 'open' }, { action: 'approve' }, NOW),
    ).toEqual({ ok: true, action: 'approve', from: 'submitted', to: 'approved', at: NOW.toISOString() })
  })

  test('after results nothing moves an entry but scoring: entries stay archived', () => {
    for (const stage of ENTRY_STAGES) {
      const actions = entryActionsFor(PARTIES, { stage, contestStage: 'results_published' }, NOW)
      expect(actions.filter((action) => action !== 'score')).toEqual([])
    }
  })

  test('entry actions offered to a moderator of a submitted entry', () => {
    expect(entryActionsFor(['moderator'], { stage: 'submitted', contestStage: 'open' }, NOW)).toEqual([
      'approve',
      'reject',
    ])
  })
})
