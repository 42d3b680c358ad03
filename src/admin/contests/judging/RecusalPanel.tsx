'use client'
import { toast } from '@payloadcms/ui'
import { useState } from 'react'

import type { SheetStatus } from '../../../contests/scoringRules'
import type { Id } from '../../../workflow/roles'
import { useNewsroomTranslation } from '../../i18n'
import { recuseFrom, reinstate } from './api'
import { cellName, JUDGING_LABELS as L } from './labels'

export type ChosenCell = { entry: Id; number: number; juror: Id; jurorName: string; status: SheetStatus }

/**
 * The board's confirm step for one cell of the matrix: recuse the juror from the entry (a reason
 * required, as the API asks) or undo a recusal. Below the table, so it keeps a phone's width.
 */
export const RecusalPanel = ({
  api,
  cell,
  onDone,
  onCancel,
}: {
  api: string
  cell: ChosenCell
  onDone: () => void
  onCancel: () => void
}) => {
  const { pick, language } = useNewsroomTranslation()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const undo = cell.status === 'recused'
  const title = `${pick(undo ? L.reinstateJuror : L.recuseJuror)}: ${pick(cellName(cell.jurorName, cell.number))}`

  const confirm = async () => {
    setBusy(true)
    const answer = undo
      ? await reinstate(api, cell.entry, cell.juror, language)
      : await recuseFrom(api, cell.entry, reason, language, cell.juror)
    setBusy(false)
    if (answer.ok) {
      toast.success(pick(L.done))
      onDone()
    } else toast.error(answer.message ?? pick(L.loadFailed))
  }

  return (
    <div aria-label={title} className="judging-matrix__confirm" role="group">
      <p>
        <strong>{title}</strong>
      </p>
      {undo ? <p>{pick(L.reinstateNote)}</p> : null}
      {cell.status === 'scored' ? <p>{pick(L.scoredDropped)}</p> : null}
      {undo ? null : (
        <input
          aria-label={pick(L.boardReason)}
          onChange={(event) => setReason(event.target.value)}
          placeholder={pick(L.boardReason)}
          value={reason}
        />
      )}
      <div className="judging-screen__actions">
        <button
          className="btn btn--style-primary btn--size-small"
          disabled={busy || (!undo && !reason.trim())}
          onClick={() => void confirm()}
          type="button"
        >
          {pick(undo ? L.reinstateConfirm : L.recuseConfirm)}
        </button>
        <button className="btn btn--style-secondary btn--size-small" onClick={onCancel} type="button">
          {pick(L.cancel)}
        </button>
      </div>
    </div>
  )
}
