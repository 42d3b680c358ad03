'use client'
import { useState } from 'react'

import type { SheetStatus } from '../../../contests/scoringRules'
import { useNewsroomTranslation } from '../../i18n'
import type { Progress } from './api'
import { cellName, JUDGING_LABELS as L } from './labels'
import { type ChosenCell, RecusalPanel } from './RecusalPanel'

const CELL = { scored: L.scored, pending: L.pending, recused: L.recusedCell } as const

/**
 * Jurors across, entries down; scrolls sideways inside itself on a phone. While the contest is
 * judging, each cell offers the board "Miễn chấm" (or its undo), confirmed below the table.
 */
export const ProgressMatrix = ({
  api,
  progress,
  onChanged,
}: {
  api: string
  progress: Progress
  onChanged: () => void
}) => {
  const { pick } = useNewsroomTranslation()
  const [chosen, setChosen] = useState<ChosenCell | null>(null)
  const judging = progress.stage === 'judging'
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
                {entry.cells.map((status, index) => {
                  const juror = progress.jurors[index]!
                  const action = status === 'recused' ? L.reinstateJuror : L.recuseJuror
                  return (
                    <td className={`judging-matrix__${status}`} key={String(juror.id)}>
                      {pick(CELL[status])}
                      {judging ? (
                        <button
                          aria-label={`${pick(action)}: ${pick(cellName(juror.name, entry.number))}`}
                          className="judging-matrix__action"
                          onClick={() =>
                            setChosen({
                              entry: entry.id,
                              number: entry.number,
                              juror: juror.id,
                              jurorName: juror.name,
                              status,
                            })
                          }
                          type="button"
                        >
                          {pick(action)}
                        </button>
                      ) : null}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen ? (
        <RecusalPanel
          api={api}
          cell={chosen}
          key={`${String(chosen.entry)}|${String(chosen.juror)}`}
          onCancel={() => setChosen(null)}
          onDone={() => {
            setChosen(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
