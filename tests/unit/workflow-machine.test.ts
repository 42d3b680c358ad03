/**
 * Exhaustive check of the pure workflow engine (src/workflow) against an oracle built from SPEC.md
 * (tests/unit/workflow-table.ts): every stage × every action × every kind of actor × every id form,
 * plus the input rules (notes, required fields, publish time, channels) and the history entry.
 *
 * No real clock: `now` is always injected, and the system clock is faked to a far-away date so that an
 * engine reading the wall clock instead of `now` would fail here.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'

import {
  ACTIONS,
  type Actor,
  type Decision,
  type Id,
  PUBLISH_TIME_GRACE_MS,
  type Role,
  STAGES,
  type StoryState,
  type TransitionRequest,
  availableActions,
  decideTransition,
} from '../../src/workflow/index'
import {
  type OracleActor,
  SPEC_ACTIONS,
  SPEC_ROWS,
  SPEC_STAGES,
  allowedActions,
  specRow,
  verdict,
} from './workflow-table'

// ---------------------------------------------------------------------------------------------------
// Fixtures

const NOW = new Date('2031-03-14T09:26:53.589Z')
const NOW_ISO = NOW.toISOString()
const LATER = '2031-03-20T18:30:00.000Z'
const at = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString()

beforeAll(() => {
  jest.useFakeTimers({ now: new Date('1999-12-31T23:59:59.000Z') })
})
afterAll(() => {
  jest.useRealTimers()
})

const AUTHOR = 1
const AREA = 7
const OTHER_AREA = 8

type IdForm = 'number' | 'string'
const idIn = (form: IdForm, n: number): Id => (form === 'number' ? n : String(n))

interface ActorKind {
  kind: string
  id: number
  roles: Role[]
  areas: number[]
}

/** Every kind of person the workflow must tell apart. Non-authors never use id 1. */
const ACTOR_KINDS: readonly ActorKind[] = [
  { kind: 'author (collaborator)', id: AUTHOR, roles: ['collaborator'], areas: [] },
  { kind: 'collaborator, not the author', id: 2, roles: ['collaborator'], areas: [] },
  { kind: 'editor of the area', id: 3, roles: ['editor'], areas: [OTHER_AREA, AREA] },
  { kind: 'editor of another area', id: 4, roles: ['editor'], areas: [OTHER_AREA] },
  { kind: 'editor with no area', id: 5, roles: ['editor'], areas: [] },
  { kind: 'board', id: 6, roles: ['board'], areas: [] },
  { kind: 'board member who is the author', id: AUTHOR, roles: ['collaborator', 'board'], areas: [] },
  { kind: 'editor of the area who is the author', id: AUTHOR, roles: ['collaborator', 'editor'], areas: [AREA] },
  { kind: 'board + editor of the area', id: 14, roles: ['editor', 'board'], areas: [AREA] },
  { kind: 'admin', id: 9, roles: ['admin'], areas: [] },
  { kind: 'admin listing the area (no editor role)', id: 10, roles: ['admin'], areas: [AREA] },
  { kind: 'admin who is also board', id: 15, roles: ['admin', 'board'], areas: [] },
  { kind: 'collaborator listing the area (no editor role)', id: 11, roles: ['collaborator'], areas: [AREA] },
  { kind: 'duty', id: 12, roles: ['duty'], areas: [AREA] },
  { kind: 'no roles (anonymous-like)', id: 13, roles: [], areas: [] },
]

const makeActor = (k: ActorKind, form: IdForm): Actor => ({
  id: idIn(form, k.id),
  roles: [...k.roles],
  areas: k.areas.map((a) => idIn(form, a)),
})

const STORY_CHANNELS = ['ch-story-1', 'ch-story-2'] as const

const makeStory = (stage: (typeof STAGES)[number], form: IdForm, extra: Partial<StoryState> = {}): StoryState => ({
  stage,
  authorId: idIn(form, AUTHOR),
  areaId: idIn(form, AREA),
  title: 'Phú Riềng vào mùa cao su',
  channelIds: [...STORY_CHANNELS],
  ...extra,
})

const NOTE_IN = '  Cần bổ sung nguồn ảnh.\n'
const NOTE_OUT = 'Cần bổ sung nguồn ảnh.'

/** A request that satisfies every input rule of the SPEC for this action (no more than needed). */
const wellFormed = (action: string): TransitionRequest => {
  const row = specRow(action)
  return {
    action,
    ...(row.noteRequired ? { note: NOTE_IN } : {}),
    ...(row.needsPublishAt ? { publishAt: LATER } : {}),
  }
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const decide = (actor: Actor, story: StoryState, request: TransitionRequest): Decision =>
  decideTransition(deepFreeze(actor), deepFreeze(story), deepFreeze(request), NOW)

const refused = (status: number, code: string) => ({ ok: false, status, code, message: expect.any(String) })

const board = (form: IdForm = 'number'): Actor =>
  makeActor(
    ACTOR_KINDS.find((k) => k.kind === 'board')!,
    form,
  )
const areaEditor = (form: IdForm = 'number'): Actor =>
  makeActor(
    ACTOR_KINDS.find((k) => k.kind === 'editor of the area')!,
    form,
  )
const author = (form: IdForm = 'number'): Actor =>
  makeActor(
    ACTOR_KINDS.find((k) => k.kind === 'author (collaborator)')!,
    form,
  )

/** Story ids × actor ids: SQL (numbers), Mongo-like (strings), and both mixtures. */
const ID_FORMS: readonly { label: string; story: IdForm; actor: IdForm }[] = [
  { label: 'ids num/num', story: 'number', actor: 'number' },
  { label: 'ids str/str', story: 'string', actor: 'string' },
  { label: 'story num, actor str', story: 'number', actor: 'string' },
  { label: 'story str, actor num', story: 'string', actor: 'number' },
]

// ---------------------------------------------------------------------------------------------------
// The oracle itself: parsed from the SPEC, checked against hand-counted facts.

describe('oracle (SPEC table) sanity', () => {
  test('the engine knows exactly the SPEC stages and actions, in SPEC order', () => {
    expect([...STAGES]).toEqual(SPEC_STAGES)
    expect([...ACTIONS]).toEqual(SPEC_ACTIONS)
    expect(SPEC_STAGES).toHaveLength(10)
    expect(SPEC_ACTIONS).toHaveLength(10)
  })

  test('the table has 15 (from-stage, action) pairs and the terminal stages allow nothing', () => {
    expect(SPEC_ROWS.reduce((n, row) => n + row.from.length, 0)).toBe(15)
    const fromAnywhere = new Set(SPEC_ROWS.flatMap((row) => row.from))
    expect([...fromAnywhere].sort()).toEqual(
      ['approved', 'awaiting_approval', 'changes_requested', 'draft', 'in_review', 'scheduled', 'submitted'].sort(),
    )
  })

  test('the input flags come out of the "who" column as written', () => {
    const flagged = (flag: 'noteRequired' | 'needsPublishAt' | 'needsChannel' | 'dueNow' | 'neverAuthor') =>
      SPEC_ROWS.filter((r) => r[flag]).map((r) => r.action)
    expect(flagged('noteRequired')).toEqual(['request_changes', 'reject'])
    expect(flagged('needsPublishAt')).toEqual(['schedule'])
    expect(flagged('needsChannel')).toEqual(['schedule'])
    expect(flagged('dueNow')).toEqual(['publish_now'])
    expect(flagged('neverAuthor')).toEqual(['approve'])
  })

  // Hand-counted from the SPEC table: how many (stage, action) pairs each kind may take.
  const handCounted: Record<string, number> = {
    'author (collaborator)': 4, // submit×2, withdraw×2
    'collaborator, not the author': 0,
    'editor of the area': 6, // claim, request_changes(in_review), forward, reject×3
    'editor of another area': 0,
    'editor with no area': 0,
    board: 11, // claim, request_changes×2, forward, approve, reject×3, schedule, unschedule, publish_now
    'board member who is the author': 14, // board − approve + author's 4
    'editor of the area who is the author': 10,
    'board + editor of the area': 11,
    admin: 0,
    'admin listing the area (no editor role)': 0,
    'admin who is also board': 11,
    'collaborator listing the area (no editor role)': 0,
    duty: 0,
    'no roles (anonymous-like)': 0,
  }
  test.each(ACTOR_KINDS.map((k) => [k.kind, k] as const))('oracle count for %s', (_kind, k) => {
    const actor: OracleActor = makeActor(k, 'number')
    const pairs = SPEC_STAGES.flatMap((stage) =>
      allowedActions(actor, { stage, authorId: AUTHOR, areaId: AREA }).map((a) => `${stage}:${a}`),
    )
    expect(pairs).toHaveLength(handCounted[k.kind]!)
  })

  test('spot checks written by hand', () => {
    const story = (stage: string) => ({ stage, authorId: AUTHOR, areaId: AREA })
    expect(verdict(areaEditor(), story('awaiting_approval'), 'request_changes')).toEqual({
      ok: false,
      status: 403,
      code: 'not_permitted',
    })
    expect(verdict(areaEditor(), story('awaiting_approval'), 'reject')).toEqual({ ok: true, to: 'rejected' })
    expect(verdict(board(), story('approved'), 'publish_now')).toEqual({ ok: true, to: 'scheduled' })
    expect(verdict(board(), story('scheduled'), 'unschedule')).toEqual({ ok: true, to: 'approved' })
    expect(verdict(board(), story('draft'), 'approve')).toEqual({ ok: false, status: 409, code: 'wrong_stage' })
    expect(verdict({ id: '1', roles: ['board'], areas: [] }, story('awaiting_approval'), 'approve')).toEqual({
      ok: false,
      status: 403,
      code: 'own_story',
    })
  })
})

// ---------------------------------------------------------------------------------------------------
// The matrix: 10 stages × 10 actions × every actor kind × every id form.

interface MatrixCase {
  name: string
  stage: (typeof STAGES)[number]
  action: (typeof ACTIONS)[number]
  kind: ActorKind
  forms: (typeof ID_FORMS)[number]
}

const MATRIX: MatrixCase[] = ID_FORMS.flatMap((forms) =>
  ACTOR_KINDS.flatMap((kind) =>
    STAGES.flatMap((stage) =>
      ACTIONS.map((action) => {
        const v = verdict(makeActor(kind, forms.actor), makeStory(stage, forms.story), action)
        const outcome = v.ok ? `ok → ${v.to}` : `${v.status} ${v.code}`
        return {
          name: `[${forms.label}] ${kind.kind}: ${action} from ${stage} ⇒ ${outcome}`,
          stage,
          action,
          kind,
          forms,
        }
      }),
    ),
  ),
)

describe('decideTransition: every stage × action × actor', () => {
  test.each(MATRIX.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const actor = makeActor(c.kind, c.forms.actor)
    const story = makeStory(c.stage, c.forms.story)
    const expected = verdict(actor, story, c.action)
    const decision = decide(actor, story, wellFormed(c.action))

    if (!expected.ok) {
      expect(decision).toStrictEqual(refused(expected.status, expected.code))
      return
    }
    const row = specRow(c.action)
    const publication = row.needsPublishAt
      ? { publication: { publishAt: LATER, channelIds: [...STORY_CHANNELS] } }
      : row.dueNow
        ? { publication: { publishAt: NOW_ISO, channelIds: [...STORY_CHANNELS] } }
        : {}
    expect(decision).toStrictEqual({
      ok: true,
      to: expected.to,
      entry: {
        action: c.action,
        from: c.stage,
        to: expected.to,
        by: actor.id, // kept as given: number stays number, string stays string
        at: NOW_ISO,
        ...(row.noteRequired ? { note: NOTE_OUT } : {}),
      },
      ...publication,
    })
  })
})

describe('availableActions equals exactly what the SPEC allows', () => {
  const cases = ID_FORMS.flatMap((forms) =>
    ACTOR_KINDS.flatMap((kind) =>
      STAGES.map((stage) => {
        const expected = allowedActions(makeActor(kind, forms.actor), makeStory(stage, forms.story))
        return [`[${forms.label}] ${kind.kind} at ${stage} ⇒ [${expected.join(', ')}]`, forms, kind, stage] as const
      }),
    ),
  )
  test.each(cases)('%s', (_name, forms, kind, stage) => {
    const actor = makeActor(kind, forms.actor)
    const story = makeStory(stage, forms.story)
    const actual = availableActions(deepFreeze(actor), deepFreeze(story))
    expect(new Set(actual).size).toBe(actual.length) // no duplicates
    expect([...actual].sort()).toEqual(allowedActions(actor, story).sort())
    // and each of them is actually accepted with a well-formed request
    for (const action of actual) expect(decide(actor, story, wellFormed(action)).ok).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------------
// Input rules.

describe('notes: required for request_changes and reject', () => {
  const noteStages = SPEC_ROWS.filter((r) => r.noteRequired).flatMap((r) =>
    r.from.map((stage) => [r.action, stage as (typeof STAGES)[number]] as const),
  )
  const badNotes: readonly [string, unknown][] = [
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace mix', ' \n\t  '],
    ['a number', 42],
    ['an array', ['lý do']],
    ['an object', { text: 'lý do' }],
  ]
  test.each(
    noteStages.flatMap(([action, stage]) => badNotes.map(([label, note]) => [action, stage, label, note] as const)),
  )('%s from %s with a note that is %s → 400 note_required', (action, stage, _label, note) => {
    const request: TransitionRequest = note === undefined ? { action } : { action, note }
    expect(decide(board(), makeStory(stage, 'number'), request)).toStrictEqual(refused(400, 'note_required'))
  })

  test.each(noteStages)('%s from %s keeps the note, trimmed, in the history entry', (action, stage) => {
    const decision = decide(board('string'), makeStory(stage, 'number'), { action, note: '\t Ảnh chưa rõ  nguồn \n' })
    expect(decision).toMatchObject({ ok: true, entry: { note: 'Ảnh chưa rõ  nguồn' } })
  })

  test('the area editor also needs a note (request_changes from in_review)', () => {
    expect(
      decide(areaEditor(), makeStory('in_review', 'string'), { action: 'request_changes', note: ' ' }),
    ).toStrictEqual(refused(400, 'note_required'))
  })

  test('who and stage are judged before the note', () => {
    const otherEditor = makeActor(
      ACTOR_KINDS.find((k) => k.kind === 'editor of another area')!,
      'number',
    )
    expect(decide(otherEditor, makeStory('in_review', 'number'), { action: 'reject' })).toStrictEqual(
      refused(403, 'not_permitted'),
    )
    expect(decide(board(), makeStory('approved', 'number'), { action: 'reject' })).toStrictEqual(
      refused(409, 'wrong_stage'),
    )
  })

  test('an optional note on other actions is trimmed and kept; a blank one is left out', () => {
    const withNote = decide(areaEditor(), makeStory('in_review', 'number'), {
      action: 'forward',
      note: '  Đã kiểm tra.  ',
    })
    expect(withNote).toMatchObject({ ok: true, entry: { note: 'Đã kiểm tra.' } })
    const blank = decide(areaEditor(), makeStory('in_review', 'number'), { action: 'forward', note: '   ' })
    expect(blank.ok).toBe(true)
    expect(blank.ok && 'note' in blank.entry).toBe(false)
  })
})

describe('submit needs a title and an area', () => {
  const missing: readonly [string, Partial<StoryState>][] = [
    ['no title (undefined)', { title: undefined }],
    ['no title (null)', { title: null }],
    ['an empty title', { title: '' }],
    ['no area (null)', { areaId: null }],
    ['an empty area id', { areaId: '' }],
    ['neither title nor area', { title: null, areaId: null }],
  ]
  test.each(
    (['draft', 'changes_requested'] as const).flatMap((stage) =>
      missing.map(([label, extra]) => [stage, label, extra] as const),
    ),
  )('from %s with %s → 400 missing_field', (stage, _label, extra) => {
    expect(decide(author(), makeStory(stage, 'number', extra), { action: 'submit' })).toStrictEqual(
      refused(400, 'missing_field'),
    )
  })

  test('someone who is not the author gets 403 even on an incomplete story', () => {
    const other = makeActor(
      ACTOR_KINDS.find((k) => k.kind === 'collaborator, not the author')!,
      'string',
    )
    expect(decide(other, makeStory('draft', 'number', { title: null }), { action: 'submit' })).toStrictEqual(
      refused(403, 'not_permitted'),
    )
  })

  test('with title and area (string ids against a numeric user) it goes to submitted', () => {
    const decision = decide(author('number'), makeStory('changes_requested', 'string'), { action: 'submit' })
    expect(decision).toStrictEqual({
      ok: true,
      to: 'submitted',
      entry: { action: 'submit', from: 'changes_requested', to: 'submitted', by: 1, at: NOW_ISO },
    })
  })
})

describe('schedule: publishAt', () => {
  const approved = (extra: Partial<StoryState> = {}) => makeStory('approved', 'number', extra)

  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty string', ''],
    ['not a date', 'ngày mai'],
    ['epoch millis as a number', NOW.getTime() + 3_600_000],
    ['a Date object (not JSON)', new Date(NOW.getTime() + 3_600_000)],
    ['month 13', '2031-13-01T00:00:00Z'],
    ['padded with spaces', `  ${LATER}  `],
  ] as const)('publishAt %s → 400 publish_time_required', (_label, publishAt) => {
    const request: TransitionRequest =
      publishAt === undefined ? { action: 'schedule' } : { action: 'schedule', publishAt }
    expect(decide(board(), approved(), request)).toStrictEqual(refused(400, 'publish_time_required'))
  })

  test.each([
    ['one ms beyond the grace', -PUBLISH_TIME_GRACE_MS - 1],
    ['an hour ago', -3_600_000],
    ['a year ago', -365 * 24 * 3_600_000],
  ])('publishAt %s → 400 publish_time_in_past', (_label, offset) => {
    expect(decide(board(), approved(), { action: 'schedule', publishAt: at(offset) })).toStrictEqual(
      refused(400, 'publish_time_in_past'),
    )
  })

  test.each([
    ['exactly at the grace limit', -PUBLISH_TIME_GRACE_MS],
    ['one ms ago', -1],
    ['exactly now', 0],
    ['in one minute', 60_000],
    ['next year', 365 * 24 * 3_600_000],
  ])('publishAt %s is accepted as given', (_label, offset) => {
    const decision = decide(board(), approved(), { action: 'schedule', publishAt: at(offset) })
    expect(decision).toMatchObject({ ok: true, to: 'scheduled', publication: { publishAt: at(offset) } })
  })

  test('publishAt with an offset is normalised to UTC ISO', () => {
    const decision = decide(board(), approved(), { action: 'schedule', publishAt: '2031-03-21T01:30:00+07:00' })
    expect(decision).toMatchObject({ ok: true, publication: { publishAt: LATER } })
  })

  test('publishAt is checked before channels', () => {
    expect(decide(board(), approved({ channelIds: [] }), { action: 'schedule' })).toStrictEqual(
      refused(400, 'publish_time_required'),
    )
  })

  test('stage and permission are judged before publishAt', () => {
    expect(decide(areaEditor(), approved(), { action: 'schedule' })).toStrictEqual(refused(403, 'not_permitted'))
    expect(decide(board(), makeStory('awaiting_approval', 'number'), { action: 'schedule' })).toStrictEqual(
      refused(409, 'wrong_stage'),
    )
  })
})

/**
 * SPEC: `"publishAt"?: ISO-8601`. Strings that are not ISO-8601 date-times (or are impossible dates)
 * must be refused as publish_time_required, not guessed at by the JS Date parser.
 */
describe('schedule: publishAt must be an ISO-8601 date-time', () => {
  test.each([
    ['US-style text', 'March 20, 2031 18:30'],
    ['RFC 2822', 'Thu, 20 Mar 2031 18:30:00 GMT'],
    ['slashed date', '2031/03/20'],
    ['a bare number string', '1'],
    ['31 April (impossible date)', '2031-04-31T10:00:00Z'],
  ])('%s (%j) → 400 publish_time_required', (_label, publishAt) => {
    expect(decide(board(), makeStory('approved', 'number'), { action: 'schedule', publishAt })).toStrictEqual(
      refused(400, 'publish_time_required'),
    )
  })
})

describe('schedule and publish_now: channels', () => {
  const publishing = ['schedule', 'publish_now'] as const
  const req = (action: (typeof publishing)[number], channels?: unknown): TransitionRequest => ({
    action,
    publishAt: LATER,
    ...(channels === undefined ? {} : { channels }),
  })
  const expectedAt = (action: (typeof publishing)[number]) => (action === 'schedule' ? LATER : NOW_ISO)

  test.each(publishing)('%s: channels from the body win over the story’s', (action) => {
    const decision = decide(board(), makeStory('approved', 'number'), req(action, ['ch-body', 42]))
    expect(decision).toMatchObject({
      ok: true,
      publication: { publishAt: expectedAt(action), channelIds: ['ch-body', 42] },
    })
  })

  test.each(publishing)('%s: without channels in the body, the story’s channels are used', (action) => {
    const decision = decide(board(), makeStory('approved', 'string'), req(action))
    expect(decision).toMatchObject({ ok: true, publication: { channelIds: [...STORY_CHANNELS] } })
  })

  test.each(publishing)('%s: channels: null in the body falls back to the story', (action) => {
    const decision = decide(board(), makeStory('approved', 'number'), req(action, null))
    expect(decision).toMatchObject({ ok: true, publication: { channelIds: [...STORY_CHANNELS] } })
  })

  test.each(
    publishing.flatMap((action) =>
      (
        [
          ['none in body, story has []', undefined, []],
          ['none in body, story has none', undefined, undefined],
          ['body [] (explicit: body wins), story has none', [], []],
          ['body [] (explicit: body wins), story has channels', [], [...STORY_CHANNELS]],
          ['body of non-ids only', [{ id: 'x' }, true, null], []],
        ] as const
      ).map(([label, body, story]) => [action, label, body, story] as const),
    ),
  )('%s with %s → 400 channel_required', (action, _label, body, storyChannels) => {
    const story = makeStory('approved', 'number', { channelIds: storyChannels as Id[] | undefined })
    expect(decide(board(), story, req(action, body))).toStrictEqual(refused(400, 'channel_required'))
  })
})

describe('publish_now', () => {
  test.each([
    ['no publishAt', undefined],
    ['a past publishAt (ignored)', '2001-01-01T00:00:00Z'],
    ['a future publishAt (ignored)', LATER],
    ['a garbage publishAt (ignored)', 'không hợp lệ'],
  ] as const)('with %s → scheduled, due now', (_label, publishAt) => {
    const request: TransitionRequest =
      publishAt === undefined ? { action: 'publish_now' } : { action: 'publish_now', publishAt }
    const actor = board('string')
    expect(decide(actor, makeStory('approved', 'number'), request)).toStrictEqual({
      ok: true,
      to: 'scheduled',
      entry: { action: 'publish_now', from: 'approved', to: 'scheduled', by: '6', at: NOW_ISO },
      publication: { publishAt: NOW_ISO, channelIds: [...STORY_CHANNELS] },
    })
  })

  test('now follows the injected clock, not the system clock', () => {
    const other = new Date('2040-01-02T03:04:05.006Z')
    const decision = decideTransition(board(), makeStory('approved', 'number'), { action: 'publish_now' }, other)
    expect(decision).toMatchObject({
      ok: true,
      entry: { at: '2040-01-02T03:04:05.006Z' },
      publication: { publishAt: '2040-01-02T03:04:05.006Z' },
    })
  })
})

describe('history entry', () => {
  test.each(ID_FORMS.map((f) => [f.label, f] as const))('%s: by is the actor id as given, at is now', (_l, forms) => {
    const actor = makeActor(
      ACTOR_KINDS.find((k) => k.kind === 'board + editor of the area')!,
      forms.actor,
    )
    const decision = decide(actor, makeStory('submitted', forms.story), { action: 'claim' })
    expect(decision).toStrictEqual({
      ok: true,
      to: 'in_review',
      entry: { action: 'claim', from: 'submitted', to: 'in_review', by: actor.id, at: NOW_ISO },
    })
  })

  test('a note on the entry comes last among the SPEC fields (action, from, to, by, at, note)', () => {
    const decision = decide(board(), makeStory('awaiting_approval', 'number'), {
      action: 'request_changes',
      note: NOTE_IN,
    })
    expect(decision.ok && Object.keys(decision.entry).sort()).toEqual(['action', 'at', 'by', 'from', 'note', 'to'])
  })
})

describe('unknown actions → 400 unknown_action (before stage and permission)', () => {
  const unknown: readonly unknown[] = [
    undefined,
    null,
    '',
    'SUBMIT',
    ' submit',
    'publish',
    'delete',
    'toString',
    '__proto__',
    'constructor',
    42,
    {},
    ['submit'],
    { toString: 'approve' },
  ]
  const anonymous = makeActor(
    ACTOR_KINDS.find((k) => k.kind === 'no roles (anonymous-like)')!,
    'string',
  )
  test.each(
    unknown.flatMap((action) =>
      (['draft', 'awaiting_approval', 'published'] as const).map(
        (stage) => [JSON.stringify(action) ?? 'undefined', stage, action] as const,
      ),
    ),
  )('action %s at %s', (_label, stage, action) => {
    for (const actor of [board(), anonymous]) {
      expect(decide(actor, makeStory(stage, 'number'), { action })).toStrictEqual(refused(400, 'unknown_action'))
    }
  })
})

describe('four-eyes: whoever last changed the content may not approve either', () => {
  /** The last content editor, relative to the actor: nobody recorded, the actor, the author, someone else. */
  const EDITORS = ['nobody recorded', 'the actor', 'the author', 'someone else'] as const
  const editorId = (editor: (typeof EDITORS)[number], actor: Actor, form: IdForm): Id | null =>
    editor === 'nobody recorded'
      ? null
      : editor === 'the actor'
        ? actor.id
        : editor === 'the author'
          ? idIn(form, AUTHOR)
          : idIn(form, 99)
  const cases = ID_FORMS.flatMap((forms) =>
    ACTOR_KINDS.flatMap((kind) =>
      EDITORS.map((editor) => [`[${forms.label}] ${kind.kind}, last edit by ${editor}`, forms, kind, editor] as const),
    ),
  )
  test.each(cases)('%s: every stage × action as the oracle says', (_name, forms, kind, editor) => {
    const actor = makeActor(kind, forms.actor)
    for (const stage of STAGES) {
      const story = makeStory(stage, forms.story, { contentEditorId: editorId(editor, actor, forms.story) })
      for (const action of ACTIONS) {
        const expected = verdict(actor, story, action)
        const decision = decide(actor, story, wellFormed(action))
        if (expected.ok) expect(decision).toMatchObject({ ok: true, to: expected.to })
        else expect(decision).toStrictEqual(refused(expected.status, expected.code))
      }
      expect([...availableActions(actor, story)].sort()).toEqual(allowedActions(actor, story).sort())
    }
  })

  test('a board member who rewrote the story cannot approve it; another board member can', () => {
    const editor = board('string')
    const story = makeStory('awaiting_approval', 'number', { contentEditorId: 6 })
    expect(decide(editor, story, { action: 'approve' })).toStrictEqual(refused(403, 'own_edit'))
    expect(availableActions(editor, story)).not.toContain('approve')
    // …but may still send it back or reject it: only approval needs other eyes.
    expect(decide(editor, story, { action: 'request_changes', note: 'Xem lại' }).ok).toBe(true)
    const other = makeActor({ kind: 'second board member', id: 16, roles: ['board'], areas: [] }, 'number')
    expect(decide(other, story, { action: 'approve' })).toMatchObject({ ok: true, to: 'approved' })
  })

  test('the author is named first when they also made the last change', () => {
    const authorOnBoard = makeActor(
      ACTOR_KINDS.find((k) => k.kind === 'board member who is the author')!,
      'number',
    )
    const story = makeStory('awaiting_approval', 'number', { contentEditorId: AUTHOR })
    expect(decide(authorOnBoard, story, { action: 'approve' })).toStrictEqual(refused(403, 'own_story'))
  })
})

describe('stories without an author or an area', () => {
  test('nobody is the author of an authorless story, and nobody holds a missing area', () => {
    const story = makeStory('submitted', 'number', { authorId: null, areaId: null })
    expect(availableActions(author(), story)).toEqual([])
    expect(availableActions(areaEditor(), story)).toEqual([])
    expect(availableActions(board(), story).sort()).toEqual(['claim', 'reject'])
  })
})
