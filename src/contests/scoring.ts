/**
 * Rubric arithmetic for contest judging: one juror's sheet checked against the contest's rubric,
 * its weighted total on a 0–100 scale, an entry's jury score, and who must stand aside. Pure.
 */

export type Criterion = { criterion: string; weight: number; maxPoints: number }
export type Mark = { criterion: string; points: number }
export type Sheet = { total: number | null; recused: boolean; submitted: boolean }

export type SheetCheck =
  | { ok: true; marks: Mark[]; total: number }
  | {
      ok: false
      code: 'rubric_empty' | 'marks_invalid' | 'criterion_missing' | 'criterion_unknown' | 'points_out_of_range'
      criterion?: string
    }

/** Totals and scores are kept to two decimals: what a jury sheet shows on paper. */
export const round2 = (value: number) => Math.round(value * 100) / 100

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * Checks one sheet: every criterion of the rubric marked once, nothing else, each mark a number from
 * 0 to the criterion's maximum. The total is Σ weight·points/max over Σ weight, times 100; a rubric
 * whose weights are all zero counts every criterion alike.
 */
export const checkSheet = (rubric: Criterion[], marks: unknown): SheetCheck => {
  if (rubric.length === 0) return { ok: false, code: 'rubric_empty' }
  if (!Array.isArray(marks)) return { ok: false, code: 'marks_invalid' }
  const byCriterion = new Map<string, number>()
  for (const mark of marks) {
    if (!mark || typeof mark !== 'object') return { ok: false, code: 'marks_invalid' }
    const { criterion, points } = mark as Record<string, unknown>
    if (typeof criterion !== 'string' || byCriterion.has(criterion)) return { ok: false, code: 'marks_invalid' }
    if (!rubric.some((item) => item.criterion === criterion)) return { ok: false, code: 'criterion_unknown', criterion }
    if (!isNumber(points)) return { ok: false, code: 'marks_invalid', criterion }
    byCriterion.set(criterion, points)
  }
  for (const item of rubric) {
    const points = byCriterion.get(item.criterion)
    if (points === undefined) return { ok: false, code: 'criterion_missing', criterion: item.criterion }
    if (points < 0 || points > item.maxPoints)
      return { ok: false, code: 'points_out_of_range', criterion: item.criterion }
  }
  const ordered = rubric.map((item) => ({ criterion: item.criterion, points: byCriterion.get(item.criterion)! }))
  return { ok: true, marks: ordered, total: weightedTotal(rubric, ordered) }
}

/** Σ weight·(points/max) / Σ weight × 100 (equal weights when they sum to zero). */
export const weightedTotal = (rubric: Criterion[], marks: Mark[]): number => {
  const weightSum = rubric.reduce((sum, item) => sum + item.weight, 0)
  const weightOf = (item: Criterion) => (weightSum > 0 ? item.weight : 1)
  const divisor = weightSum > 0 ? weightSum : rubric.length
  const sum = rubric.reduce((acc, item) => {
    const points = marks.find((mark) => mark.criterion === item.criterion)?.points ?? 0
    return acc + (weightOf(item) * points) / item.maxPoints
  }, 0)
  return round2((sum / divisor) * 100)
}

/** An entry's jury score: the mean of its submitted, non-recused sheets; null while none. */
export const juryScore = (sheets: Sheet[]): number | null => {
  const counted = sheets.filter((sheet) => sheet.submitted && !sheet.recused && isNumber(sheet.total))
  if (counted.length === 0) return null
  return round2(counted.reduce((sum, sheet) => sum + (sheet.total as number), 0) / counted.length)
}

export type RecusalFacts = {
  jurorId: string
  jurorUnitId: string | null
  entrantUserId: string | null
  entrantUnitId: string | null
}

/**
 * Why a juror must stand aside from an entry, or null: they are the entrant (the member's account)
 * or they belong to the entrant's unit.
 */
export const recusalReason = (facts: RecusalFacts): 'own_entry' | 'same_unit' | null => {
  if (facts.entrantUserId && facts.entrantUserId === facts.jurorId) return 'own_entry'
  if (facts.entrantUnitId && facts.jurorUnitId && facts.entrantUnitId === facts.jurorUnitId) return 'same_unit'
  return null
}
