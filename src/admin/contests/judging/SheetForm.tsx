'use client'
import { toast } from '@payloadcms/ui'
import { useState } from 'react'

import { checkSheet } from '../../../contests/scoring'
import { useNewsroomTranslation } from '../../i18n'
import { type JurorEntry, recuseFrom, submitSheet } from './api'
import { JUDGING_LABELS as L } from './labels'
import type { Criterion } from '../../../contests/scoring'

/** One entry and the juror's marks for it, criterion by criterion; the total follows as they type. */
export const SheetForm = ({
  api,
  entry,
  rubric,
  editable,
  onSaved,
}: {
  api: string
  entry: JurorEntry
  rubric: Criterion[]
  editable: boolean
  onSaved: () => void
}) => {
  const { pick, language } = useNewsroomTranslation()
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      rubric.map((item) => [
        item.criterion,
        String(entry.sheet?.marks.find((mark) => mark.criterion === item.criterion)?.points ?? ''),
      ]),
    ),
  )
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const marks = rubric.map((item) => ({
    criterion: item.criterion,
    points: points[item.criterion] === '' ? NaN : Number(points[item.criterion]),
  }))
  const check = checkSheet(rubric, marks)
  const recused = entry.sheet?.recused

  const act = async (call: () => Promise<{ ok: boolean; message?: string | null }>) => {
    setBusy(true)
    const answer = await call()
    setBusy(false)
    if (answer.ok) {
      toast.success(pick(L.saved))
      onSaved()
    } else toast.error(answer.message ?? pick(L.loadFailed))
  }

  return (
    <article className="judging-sheet">
      <h3>
        {pick(L.entry)} {entry.number}: {entry.title}
      </h3>
      {entry.photos.map((photo) => (photo.url ? <img alt="" key={String(photo.id)} src={photo.url} /> : null))}
      {entry.story ? <p>{entry.story}</p> : null}
      {entry.text ? <p className="judging-sheet__text">{entry.text}</p> : null}
      {entry.link ? (
        <a href={entry.link} rel="noreferrer noopener" target="_blank">
          {entry.link}
        </a>
      ) : null}
      {recused ? (
        <p className="judging-sheet__note">{pick(L.recused)}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (check.ok) void act(() => submitSheet(api, entry.id, check.marks, language))
          }}
        >
          {rubric.map((item) => (
            <label className="judging-sheet__mark" key={item.criterion}>
              <span>
                {item.criterion} (0–{item.maxPoints})
              </span>
              <input
                disabled={!editable || busy}
                inputMode="decimal"
                max={item.maxPoints}
                min={0}
                onChange={(event) => setPoints({ ...points, [item.criterion]: event.target.value })}
                step="any"
                type="number"
                value={points[item.criterion]}
              />
            </label>
          ))}
          <p className="judging-sheet__total">
            {pick(L.total)}: <strong>{check.ok ? check.total : '—'}</strong>
          </p>
          {editable ? (
            <button className="btn btn--style-primary btn--size-small" disabled={!check.ok || busy} type="submit">
              {pick(entry.sheet?.submittedAt ? L.resubmit : L.submit)}
            </button>
          ) : null}
        </form>
      )}
      {editable && !recused ? (
        <details className="judging-sheet__recuse">
          <summary>{pick(L.recuse)}</summary>
          <input
            aria-label={pick(L.recuseReason)}
            onChange={(event) => setReason(event.target.value)}
            placeholder={pick(L.recuseReason)}
            value={reason}
          />
          <button
            className="btn btn--style-secondary btn--size-small"
            disabled={!reason.trim() || busy}
            onClick={() => void act(() => recuseFrom(api, entry.id, reason, language))}
            type="button"
          >
            {pick(L.recuse)}
          </button>
        </details>
      ) : null}
    </article>
  )
}
