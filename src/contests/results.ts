/**
 * Results of a contest: each entry's final score by the contest's formula, the ranking with its tie
 * rule, and the prizes handed out in order. Pure.
 */
import { round2 } from './scoring'

export type ResultFormula = 'jury_only' | 'jury_and_votes'
export type Prize = { name: string; count: number }
export type EntryFacts = { id: string; number: number; juryScore: number | null; votes: number }
export type EntryResult = EntryFacts & { finalScore: number | null; rank: number | null; prize: string | null }

/** The votes weight as a share: 0 for `jury_only`, clamped to 0–100 %. */
const votesShare = (formula: ResultFormula, votesWeight: number) =>
  formula === 'jury_and_votes' ? Math.min(100, Math.max(0, votesWeight || 0)) / 100 : 0

/**
 * Final score: the jury score alone, or (100 − w)% of it plus w% of the votes scaled so the
 * best-voted entry has 100. An entry nobody has scored has no final score and no rank.
 */
export const finalScores = (
  entries: EntryFacts[],
  formula: ResultFormula,
  votesWeight: number,
): (EntryFacts & { finalScore: number | null })[] => {
  const share = votesShare(formula, votesWeight)
  const bestVotes = Math.max(0, ...entries.map((entry) => entry.votes))
  return entries.map((entry) => {
    if (entry.juryScore === null) return { ...entry, finalScore: null }
    const votesScore = bestVotes > 0 ? (entry.votes / bestVotes) * 100 : 0
    return { ...entry, finalScore: round2((1 - share) * entry.juryScore + share * votesScore) }
  })
}

/**
 * The tie rule, stated once: higher final score, then higher jury score, then more votes, then the
 * earlier entry number. Entry numbers are unique, so the order is total.
 */
export const compareResults = (
  a: EntryFacts & { finalScore: number | null },
  b: EntryFacts & { finalScore: number | null },
) =>
  (b.finalScore ?? -1) - (a.finalScore ?? -1) ||
  (b.juryScore ?? -1) - (a.juryScore ?? -1) ||
  b.votes - a.votes ||
  a.number - b.number

/** Ranks 1, 2, 3 … in the tie rule's order (scored entries only); prizes go down that list in order. */
export const rankEntries = (
  entries: EntryFacts[],
  formula: ResultFormula,
  votesWeight: number,
  prizes: Prize[],
): EntryResult[] => {
  const scored = finalScores(entries, formula, votesWeight)
  const ranked = scored.filter((entry) => entry.finalScore !== null).sort(compareResults)
  const prizeSlots = prizes.flatMap((prize) => Array.from({ length: Math.max(0, prize.count) }, () => prize.name))
  const results = ranked.map((entry, index) => ({ ...entry, rank: index + 1, prize: prizeSlots[index] ?? null }))
  const unscored = scored
    .filter((entry) => entry.finalScore === null)
    .sort((a, b) => a.number - b.number)
    .map((entry) => ({ ...entry, rank: null, prize: null }))
  return [...results, ...unscored]
}
