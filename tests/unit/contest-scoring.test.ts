import { checkSheet, juryScore, recusalReason, weightedTotal } from '../../src/contests/scoring'
import { sheetStatus, sheetWriteRefusal } from '../../src/contests/scoringRules'

const rubric = [
  { criterion: 'Nội dung', weight: 3, maxPoints: 10 },
  { criterion: 'Kỹ thuật', weight: 1, maxPoints: 5 },
]

describe('a score sheet against the rubric', () => {
  test('full marks is 100, nothing is 0, weights count', () => {
    const full = checkSheet(rubric, [
      { criterion: 'Nội dung', points: 10 },
      { criterion: 'Kỹ thuật', points: 5 },
    ])
    expect(full).toEqual({
      ok: true,
      marks: [
        { criterion: 'Nội dung', points: 10 },
        { criterion: 'Kỹ thuật', points: 5 },
      ],
      total: 100,
    })
    const zero = checkSheet(rubric, [
      { criterion: 'Kỹ thuật', points: 0 },
      { criterion: 'Nội dung', points: 0 },
    ])
    expect(zero).toMatchObject({ ok: true, total: 0 })
    // 3·(8/10) + 1·(2/5) = 2.8 over 4 → 70
    expect(
      checkSheet(rubric, [
        { criterion: 'Nội dung', points: 8 },
        { criterion: 'Kỹ thuật', points: 2 },
      ]),
    ).toMatchObject({ ok: true, total: 70 })
  })

  test('marks come back in the rubric order', () => {
    const check = checkSheet(rubric, [
      { criterion: 'Kỹ thuật', points: 1 },
      { criterion: 'Nội dung', points: 1 },
    ])
    expect(check.ok && check.marks.map((mark) => mark.criterion)).toEqual(['Nội dung', 'Kỹ thuật'])
  })

  test('decimals are kept to two places', () => {
    const thirds = [
      { criterion: 'a', weight: 1, maxPoints: 3 },
      { criterion: 'b', weight: 1, maxPoints: 3 },
      { criterion: 'c', weight: 1, maxPoints: 3 },
    ]
    expect(
      weightedTotal(thirds, [
        { criterion: 'a', points: 1 },
        { criterion: 'b', points: 0 },
        { criterion: 'c', points: 0 },
      ]),
    ).toBe(11.11)
  })

  test('weights that sum to zero count every criterion alike', () => {
    const flat = rubric.map((item) => ({ ...item, weight: 0 }))
    expect(
      weightedTotal(flat, [
        { criterion: 'Nội dung', points: 10 },
        { criterion: 'Kỹ thuật', points: 0 },
      ]),
    ).toBe(50)
  })

  test.each([
    ['no rubric', [], [], 'rubric_empty'],
    ['marks not a list', rubric, { 'Nội dung': 3 }, 'marks_invalid'],
    ['a mark not an object', rubric, [3, 4], 'marks_invalid'],
    [
      'criterion twice',
      rubric,
      [
        { criterion: 'Nội dung', points: 1 },
        { criterion: 'Nội dung', points: 2 },
      ],
      'marks_invalid',
    ],
    [
      'points as text',
      rubric,
      [
        { criterion: 'Nội dung', points: '8' },
        { criterion: 'Kỹ thuật', points: 2 },
      ],
      'marks_invalid',
    ],
    [
      'points NaN',
      rubric,
      [
        { criterion: 'Nội dung', points: NaN },
        { criterion: 'Kỹ thuật', points: 2 },
      ],
      'marks_invalid',
    ],
    ['a criterion missing', rubric, [{ criterion: 'Nội dung', points: 1 }], 'criterion_missing'],
    ['an unknown criterion', rubric, [{ criterion: 'Khác', points: 1 }], 'criterion_unknown'],
    [
      'over the maximum',
      rubric,
      [
        { criterion: 'Nội dung', points: 11 },
        { criterion: 'Kỹ thuật', points: 2 },
      ],
      'points_out_of_range',
    ],
    [
      'negative',
      rubric,
      [
        { criterion: 'Nội dung', points: 1 },
        { criterion: 'Kỹ thuật', points: -1 },
      ],
      'points_out_of_range',
    ],
  ])('refused: %s', (_name, theRubric, marks, code) => {
    expect(checkSheet(theRubric, marks)).toMatchObject({ ok: false, code })
  })
})

describe('an entry’s jury score', () => {
  test('the mean of submitted, non-recused sheets', () => {
    expect(
      juryScore([
        { total: 80, recused: false, submitted: true },
        { total: 70, recused: false, submitted: true },
        { total: 10, recused: true, submitted: true },
        { total: 0, recused: false, submitted: false },
      ]),
    ).toBe(75)
  })

  test('none counted: no score', () => {
    expect(juryScore([])).toBeNull()
    expect(juryScore([{ total: null, recused: true, submitted: true }])).toBeNull()
  })

  test('rounded to two places', () => {
    expect(
      juryScore([
        { total: 80, recused: false, submitted: true },
        { total: 70, recused: false, submitted: true },
        { total: 71, recused: false, submitted: true },
      ]),
    ).toBe(73.67)
  })
})

describe('recusal', () => {
  const base = { jurorId: 'u1', jurorUnitId: 'cell-1', entrantUserId: null, entrantUnitId: null }
  test('the juror is the entrant', () => {
    expect(recusalReason({ ...base, entrantUserId: 'u1' })).toBe('own_entry')
  })
  test('the juror is from the entrant’s unit', () => {
    expect(recusalReason({ ...base, entrantUnitId: 'cell-1' })).toBe('same_unit')
  })
  test('a stranger, or units unknown: no reason', () => {
    expect(recusalReason({ ...base, entrantUserId: 'u2', entrantUnitId: 'cell-2' })).toBeNull()
    expect(recusalReason({ ...base, jurorUnitId: null, entrantUnitId: null })).toBeNull()
    expect(recusalReason(base)).toBeNull()
  })
})

describe('who may write a sheet', () => {
  const ok = { isJuror: true, contestStage: 'judging', entryStage: 'approved' } as const
  test.each([
    ['a juror, judging, approved', ok, null],
    ['a juror, judging, published', { ...ok, entryStage: 'published' }, null],
    ['a juror, judging, already scored', { ...ok, entryStage: 'scored' }, null],
    ['not on the jury', { ...ok, isJuror: false }, 'not_a_juror'],
    ['contest still open', { ...ok, contestStage: 'open' }, 'contest_not_judging'],
    ['results out', { ...ok, contestStage: 'results_published' }, 'contest_not_judging'],
    ['entry waiting moderation', { ...ok, entryStage: 'submitted' }, 'entry_not_scorable'],
    ['entry rejected', { ...ok, entryStage: 'rejected' }, 'entry_not_scorable'],
    ['entry withdrawn', { ...ok, entryStage: 'withdrawn' }, 'entry_not_scorable'],
  ] as const)('%s', (_name, facts, refusal) => {
    expect(sheetWriteRefusal(facts)).toBe(refusal)
  })

  test('a sheet’s status in the progress matrix', () => {
    expect(sheetStatus(undefined)).toBe('pending')
    expect(sheetStatus({ submittedAt: null })).toBe('pending')
    expect(sheetStatus({ submittedAt: '2026-12-01T00:00:00Z' })).toBe('scored')
    expect(sheetStatus({ recused: true, submittedAt: null })).toBe('recused')
  })
})
