/** What counts towards recognition, per member, in a period. */
export const CONTRIBUTIONS = ['stories', 'photos', 'shared', 'reacted', 'commented', 'contestEntries'] as const
export type Contribution = (typeof CONTRIBUTIONS)[number]

export type Counts = Record<Contribution, number>
export type Weights = Record<Contribution, number>

/** The board's defaults (README, "Recognition weights"): a published story weighs most. */
export const DEFAULT_WEIGHTS: Weights = {
  stories: 10,
  photos: 3,
  shared: 2,
  reacted: 1,
  commented: 1,
  contestEntries: 5,
}

/** Contest entries that count: neither withdrawn nor rejected. */
export const COUNTED_ENTRY_STAGES = ['submitted', 'approved', 'published', 'scored'] as const

export const emptyCounts = (): Counts => ({
  stories: 0,
  photos: 0,
  shared: 0,
  reacted: 0,
  commented: 0,
  contestEntries: 0,
})

/** Weights as stored (any missing, negative or non-numeric one falls back to its default). */
export const weightsFrom = (stored: unknown): Weights => {
  const given = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
  return Object.fromEntries(
    CONTRIBUTIONS.map((key) => {
      const value = given[key]
      return [key, typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_WEIGHTS[key]]
    }),
  ) as Weights
}

export const scoreOf = (counts: Counts, weights: Weights) =>
  CONTRIBUTIONS.reduce((sum, key) => sum + counts[key] * weights[key], 0)

export interface Contributor {
  id: string
  name: string
  unit: string | null
  counts: Counts
}

export interface Ranked<T> {
  rank: number
  score: number
  entry: T
}

const byVietnameseName = new Intl.Collator('vi')

/** Highest score first; equal scores share a rank (1, 2, 2, 4); ties listed by name. Zero scores are left out. */
export const rank = <T extends { name: string; counts: Counts }>(
  entries: readonly T[],
  weights: Weights,
): Ranked<T>[] => {
  const scored = entries
    .map((entry) => ({ entry, score: scoreOf(entry.counts, weights) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || byVietnameseName.compare(a.entry.name, b.entry.name))
  let previous: { score: number; rank: number } | null = null
  return scored.map(({ entry, score }, index) => {
    const position = previous && previous.score === score ? previous.rank : index + 1
    previous = { score, rank: position }
    return { rank: position, score, entry }
  })
}

/** Units' counts: the sum of their members'. */
export const unitsOf = (members: readonly Contributor[], unitNames: ReadonlyMap<string, string>) => {
  const byUnit = new Map<string, { id: string; name: string; members: number; counts: Counts }>()
  for (const member of members) {
    if (!member.unit) continue
    const unit = byUnit.get(member.unit) ?? {
      id: member.unit,
      name: unitNames.get(member.unit) ?? member.unit,
      members: 0,
      counts: emptyCounts(),
    }
    unit.members += 1
    for (const key of CONTRIBUTIONS) unit.counts[key] += member.counts[key]
    byUnit.set(member.unit, unit)
  }
  return [...byUnit.values()]
}

/** "2026-11" (a month) or "2026-Q4" (a quarter) → its first and next-after-last days; null when malformed. */
export const periodDays = (period: unknown): { from: string; to: string; label: string } | null => {
  if (typeof period !== 'string') return null
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period)
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (!month && !quarter) return null
  const year = Number((month ?? quarter)![1])
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1
  const length = month ? 1 : 3
  const day = (index: number) => {
    const y = year + Math.floor((index - 1) / 12)
    const m = ((index - 1) % 12) + 1
    return `${y}-${String(m).padStart(2, '0')}-01`
  }
  const label = month ? `tháng ${month[2]}/${year}` : `quý ${quarter![2]}/${year}`
  return { from: day(first), to: day(first + length), label }
}
