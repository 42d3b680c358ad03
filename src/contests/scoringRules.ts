/**
 * Who may write a score sheet, and when: a juror of the contest, while it is judging, for an entry
 * that passed moderation. Pure; the endpoints (scoringEndpoints.ts) give it the facts.
 */
import { relationId } from '../auth/actor'
import { type Id, sameId } from '../workflow/roles'
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

type SheetFacts = { entry: unknown; juror: unknown; recused?: boolean | null; submittedAt?: string | null }

/** Entries down, jurors across: the status of each juror's sheet for each entry. */
export const progressCells = (
  entries: readonly Id[],
  jury: readonly Id[],
  sheets: readonly SheetFacts[],
): SheetStatus[][] =>
  entries.map((entry) =>
    jury.map((juror) =>
      sheetStatus(
        sheets.find(
          (sheet) => sameId(relationId(sheet.entry as Id), entry) && sameId(relationId(sheet.juror as Id), juror),
        ),
      ),
    ),
  )

export const statusCounts = (cells: readonly SheetStatus[][]): Record<SheetStatus, number> => {
  const counts: Record<SheetStatus, number> = { scored: 0, recused: 0, pending: 0 }
  for (const cell of cells.flat()) counts[cell] += 1
  return counts
}
