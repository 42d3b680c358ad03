import { finalScores, rankEntries } from '../../src/contests/results'
import { answerCounts, votesAction } from '../../src/contests/votes'

const entry = (id: string, number: number, juryScore: number | null, votes = 0) => ({ id, number, juryScore, votes })

describe('final scores', () => {
  test('jury only ignores votes', () => {
    const [a] = finalScores([entry('a', 1, 80, 500)], 'jury_only', 40)
    expect(a.finalScore).toBe(80)
  })

  test('jury and votes: (100−w)% jury + w% votes against the best-voted entry', () => {
    const scores = finalScores([entry('a', 1, 80, 50), entry('b', 2, 60, 100)], 'jury_and_votes', 30)
    // a: 0.7·80 + 0.3·50 = 71 ; b: 0.7·60 + 0.3·100 = 72
    expect(scores.map((score) => score.finalScore)).toEqual([71, 72])
  })

  test('no votes anywhere: the votes part is zero, not a division by zero', () => {
    const scores = finalScores([entry('a', 1, 80, 0)], 'jury_and_votes', 50)
    expect(scores[0].finalScore).toBe(40)
  })

  test('the weight is clamped to 0–100', () => {
    expect(finalScores([entry('a', 1, 80, 10)], 'jury_and_votes', 150)[0].finalScore).toBe(100)
    expect(finalScores([entry('a', 1, 80, 10)], 'jury_and_votes', -5)[0].finalScore).toBe(80)
  })

  test('unscored entries have no final score', () => {
    expect(finalScores([entry('a', 1, null, 10)], 'jury_and_votes', 50)[0].finalScore).toBeNull()
  })
})

describe('ranking and prizes', () => {
  const prizes = [
    { name: 'Giải Nhất', count: 1 },
    { name: 'Giải Nhì', count: 2 },
  ]

  test('higher final score first, prizes in order with their counts', () => {
    const results = rankEntries(
      [entry('a', 1, 50), entry('b', 2, 90), entry('c', 3, 70), entry('d', 4, 60)],
      'jury_only',
      0,
      prizes,
    )
    expect(results.map((r) => [r.id, r.rank, r.prize])).toEqual([
      ['b', 1, 'Giải Nhất'],
      ['c', 2, 'Giải Nhì'],
      ['d', 3, 'Giải Nhì'],
      ['a', 4, null],
    ])
  })

  test('tie on final score: the higher jury score wins', () => {
    // a: 0.5·75 + 0.5·50 = 62.5 ; b: 0.5·25 + 0.5·100 = 62.5 ; a has the higher jury score.
    const results = rankEntries([entry('b', 1, 25, 100), entry('a', 2, 75, 50)], 'jury_and_votes', 50, prizes)
    expect(results.map((r) => r.id)).toEqual(['a', 'b'])
  })

  test('tie on final and jury score: more votes wins', () => {
    const results = rankEntries([entry('a', 1, 70, 3), entry('b', 2, 70, 9)], 'jury_only', 0, prizes)
    expect(results.map((r) => r.id)).toEqual(['b', 'a'])
  })

  test('tie on everything: the earlier entry number wins', () => {
    const results = rankEntries([entry('late', 7, 70, 3), entry('early', 2, 70, 3)], 'jury_only', 0, prizes)
    expect(results.map((r) => [r.id, r.rank])).toEqual([
      ['early', 1],
      ['late', 2],
    ])
  })

  test('unscored entries come last, unranked, without a prize', () => {
    const results = rankEntries([entry('none', 1, null, 99), entry('x', 2, 10)], 'jury_only', 0, prizes)
    expect(results.map((r) => [r.id, r.rank, r.prize])).toEqual([
      ['x', 1, 'Giải Nhất'],
      ['none', null, null],
    ])
  })

  test('more prizes than entries: the extra prizes stay unawarded', () => {
    const results = rankEntries([entry('a', 1, 10)], 'jury_only', 0, [{ name: 'Giải Ba', count: 5 }])
    expect(results).toHaveLength(1)
    expect(results[0].prize).toBe('Giải Ba')
  })
})

describe('votes: read until the close, then frozen once', () => {
  const closesAt = '2026-11-30T17:00:00.000Z'
  const before = new Date('2026-11-30T16:59:59.999Z')
  const at = new Date(closesAt)
  test.each([
    ['open, before the close', { stage: 'open', closesAt }, before, 'read'],
    ['open, at the closing instant', { stage: 'open', closesAt }, at, 'freeze'],
    ['closed by hand before the time', { stage: 'closed', closesAt }, before, 'none'],
    ['judging, never frozen', { stage: 'judging', closesAt }, at, 'freeze'],
    ['already frozen', { stage: 'open', closesAt, votesFrozenAt: closesAt }, at, 'none'],
    ['draft', { stage: 'draft', closesAt }, at, 'none'],
  ] as const)('%s', (_name, contest, now, action) => {
    expect(votesAction(contest, now)).toBe(action)
  })

  test('an answer counts only if it arrived before the closing instant', () => {
    expect(answerCounts(before, closesAt)).toBe(true)
    expect(answerCounts(at, closesAt)).toBe(false)
  })
})
