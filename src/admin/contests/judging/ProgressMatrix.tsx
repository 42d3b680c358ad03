'use client'
import type { SheetStatus } from '../../../contests/scoringRules'
import { useNewsroomTranslation } from '../../i18n'
import type { Progress } from './api'
import { JUDGING_LABELS as L } from './labels'

const CELL = { scored: L.scored, pending: L.pending, recused: L.recusedCell } as const

/** Jurors across, entries down; scrolls sideways inside itself on a phone. */
export const ProgressMatrix = ({ progress }: { progress: Progress }) => {
  const { pick } = useNewsroomTranslation()
  return (
    <>
      <p>
        {(Object.keys(CELL) as SheetStatus[])
          .map((status) => `${pick(CELL[status])}: ${progress.counts[status]}`)
          .join(' · ')}
      </p>
      <div className="judging-matrix">
        <table>
          <thead>
            <tr>
              <th>{pick(L.entry)}</th>
              {progress.jurors.map((juror) => (
                <th key={String(juror.id)}>{juror.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {progress.entries.map((entry) => (
              <tr key={String(entry.id)}>
                <th>
                  {entry.number}. {entry.title}
                </th>
                {entry.cells.map((cell, index) => (
                  <td className={`judging-matrix__${cell}`} key={String(progress.jurors[index]!.id)}>
                    {pick(CELL[cell])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
