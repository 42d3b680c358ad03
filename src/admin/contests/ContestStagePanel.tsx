'use client'
import { toast, useConfig, useDocumentInfo, useField, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { SelectFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { CONTEST_STAGE_LABELS, type ContestStage } from '../../contests/labels'
import { CONTEST_ACTIONS, CONTEST_TRANSITIONS, type ContestAction } from '../../contests/transitions'
import { useNewsroomTranslation } from '../i18n'
import { apiRequest, pathId } from '../request'
import { STAGE_PANEL_LABELS as L } from './labels'

const isContestStage = (value: unknown): value is ContestStage =>
  typeof value === 'string' && value in CONTEST_STAGE_LABELS

/** The board's next steps from a stage, as the contest machine allows them. */
const boardActionsFrom = (stage: ContestStage) =>
  CONTEST_ACTIONS.filter((action) => CONTEST_TRANSITIONS[action].from[stage]?.includes('board'))

/**
 * The contest's stage in its edit view's sidebar, with the board's next step as a button: the stage
 * moves only through `POST /api/contests/:id/transition`, never by editing the field. Publishing results
 * while score sheets are pending asks the board to confirm, with the server's count.
 */
export const ContestStagePanel: SelectFieldClientComponent = ({ path }) => {
  const { language, pick } = useNewsroomTranslation()
  const router = useRouter()
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { value } = useField<string>({ path })
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [unfinished, setUnfinished] = useState<string | null>(null)
  // The stage the server answered with: the form keeps the value it was loaded with until it reloads.
  const [moved, setMoved] = useState<string | null>(null)
  // Buttons rendered by the server do nothing until the page is live: on a slow phone a tap would be lost.
  const [live, setLive] = useState(false)
  useEffect(() => setLive(true), [])
  const stage = moved ?? value
  if (!isContestStage(stage)) return null
  const api = config.routes.api

  const take = async (action: ContestAction, acceptPending = false) => {
    if (id === undefined) return
    setBusy(true)
    const answer = await apiRequest<{ stage?: string }>(`${api}/contests/${pathId(id)}/transition`, {
      method: 'POST',
      language,
      body: { action, acceptPending },
    }).catch(() => ({ ok: false as const, message: null, status: 0 }))
    setBusy(false)
    if (answer.ok) {
      setUnfinished(null)
      setMoved(answer.body.stage ?? CONTEST_TRANSITIONS[action].to)
      toast.success(pick(CONTEST_TRANSITIONS[action].label))
      router.refresh()
    } else if (action === 'publish_results' && answer.status === 409 && !acceptPending) {
      setUnfinished(answer.message ?? pick(L.unfinished))
    } else {
      toast.error(answer.message ?? pick(L.failed))
    }
  }

  const actions = id === undefined ? [] : boardActionsFrom(stage)
  return (
    <div className="field-type newsroom-contest-stage">
      <label className="field-label">{pick(L.stage)}</label>
      <p>
        <strong>{pick(CONTEST_STAGE_LABELS[stage])}</strong>
      </p>
      {modified && actions.length > 0 && <p>{pick(L.saveFirst)}</p>}
      {unfinished ? (
        <div role="alert">
          <p>{unfinished}</p>
          <button
            className="btn btn--style-primary btn--size-small"
            disabled={busy || !live}
            onClick={() => void take('publish_results', true)}
            type="button"
          >
            {pick(L.publishAnyway)}
          </button>{' '}
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() => setUnfinished(null)}
            type="button"
          >
            {pick(L.wait)}
          </button>
        </div>
      ) : (
        actions.map((action) => (
          <button
            className="btn btn--style-primary btn--size-small"
            disabled={busy || modified || !live}
            key={action}
            onClick={() => void take(action)}
            type="button"
          >
            {pick(CONTEST_TRANSITIONS[action].label)}
          </button>
        ))
      )}
      {(stage === 'judging' || stage === 'results_published') && id !== undefined && (
        <p>
          <a href={`${config.routes.admin}/cham-thi?contest=${pathId(id)}`}>{pick(L.judging)}</a>
        </p>
      )}
    </div>
  )
}
