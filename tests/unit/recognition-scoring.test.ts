import {
  DEFAULT_WEIGHTS,
  emptyCounts,
  periodDays,
  rank,
  scoreOf,
  unitsOf,
  weightsFrom,
} from '../../src/recognition/scoring'

const counts = (partial: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...partial })

describe('recognition scoring', () => {
  test('a score is the weighted sum', () => {
    expect(
      scoreOf(
        counts({ stories: 2, photos: 3, shared: 4, reacted: 1, commented: 1, contestEntries: 1 }),
        DEFAULT_WEIGHTS,
      ),
    ).toBe(2 * 10 + 3 * 3 + 4 * 2 + 1 + 1 + 5)
  })

  test('stored weights: missing, negative or non-numeric ones fall back to the defaults', () => {
    expect(weightsFrom(null)).toEqual(DEFAULT_WEIGHTS)
    expect(weightsFrom({ stories: 4, photos: -1, shared: '3', reacted: 0 })).toEqual({
      ...DEFAULT_WEIGHTS,
      stories: 4,
      reacted: 0,
    })
  })

  test('ranks: highest first, ties share a rank and go by name, zero scores left out', () => {
    const ranked = rank(
      [
        { name: 'Bình', counts: counts({ shared: 5 }) },
        { name: 'An', counts: counts({ stories: 1 }) },
        { name: 'Cường', counts: counts({ stories: 1 }) },
        { name: 'Dũng', counts: counts({}) },
        { name: 'Én', counts: counts({ reacted: 1 }) },
      ],
      DEFAULT_WEIGHTS,
    )
    expect(ranked.map(({ rank: position, score, entry }) => [position, score, entry.name])).toEqual([
      [1, 10, 'An'],
      [1, 10, 'Bình'],
      [1, 10, 'Cường'],
      [4, 1, 'Én'],
    ])
  })

  test('units sum their members', () => {
    const units = unitsOf(
      [
        { id: '1', name: 'A', unit: 'u1', counts: counts({ stories: 1, shared: 2 }) },
        { id: '2', name: 'B', unit: 'u1', counts: counts({ shared: 1 }) },
        { id: '3', name: 'C', unit: null, counts: counts({ shared: 9 }) },
      ],
      new Map([['u1', 'Chi bộ Ấp 1']]),
    )
    expect(units).toEqual([{ id: 'u1', name: 'Chi bộ Ấp 1', members: 2, counts: counts({ stories: 1, shared: 3 }) }])
  })

  test('periods: months and quarters', () => {
    expect(periodDays('2026-11')).toEqual({ from: '2026-11-01', to: '2026-12-01', label: 'tháng 11/2026' })
    expect(periodDays('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01', label: 'tháng 12/2026' })
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2027-01-01', label: 'quý 4/2026' })
    expect(periodDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-04-01', label: 'quý 1/2026' })
    for (const bad of ['2026-Q5', '2026-00', 'Q4', null]) expect(periodDays(bad)).toBeNull()
  })
})
