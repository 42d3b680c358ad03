/**
 * Who may write a score sheet, and when: a juror of the contest, while it is judging, for an entry
 * that passed moderation. Pure; the endpoints (scoringEndpoints.ts) give it the facts.
 */
import type { ContestStage, EntryStage } from './labels'

export const SCORABLE_ENTRY_STAGES: readonly EntryStage[] = ['approved', 'published', 'scored']

export type SheetWriteFacts = {
  isJuror: boolean
  contestStage: ContestStage
  entryStage: EntryStage
}

export type SheetWriteRefusal = 'not_a_juror' | 'contest_not_judging' | 'entry_not_scorable'

export const sheetWriteRefusal = (facts: SheetWriteFacts): SheetWriteRefusal | null => {
  if (!facts.isJuror) return 'not_a_juror'
  if (facts.contestStage !== 'judging') return 'contest_not_judging'
  if (!SCORABLE_ENTRY_STAGES.includes(facts.entryStage)) return 'entry_not_scorable'
  return null
}

export type SheetStatus = 'scored' | 'recused' | 'pending'

/** A sheet as the progress matrix shows it. */
export const sheetStatus = (
  sheet: { recused?: boolean | null; submittedAt?: string | null } | undefined,
): SheetStatus => (sheet?.recused ? 'recused' : sheet?.submittedAt ? 'scored' : 'pending')
