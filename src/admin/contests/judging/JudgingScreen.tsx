'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Id } from '../../../workflow/roles'
import { useNewsroomTranslation } from '../../i18n'
import { computeResults, type JudgingData, loadJudging, loadProgress, type Progress, type Result } from './api'
import { JUDGING_LABELS as L, pendingWarning } from './labels'
import { ProgressMatrix } from './ProgressMatrix'
import { SheetForm } from './SheetForm'

/** One contest's judging: the juror's sheets, and for the board the progress, the results and the files. */
export const JudgingScreen = ({ contest, isBoard }: { contest: Id; isBoard: boolean }) => {
  const { pick, language } = useNewsroomTranslation()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [data, setData] = useState<JudgingData | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [results, setResults] = useState<Result[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [confirming, setConfirming] = useState(false)

  const reload = useCallback(() => {
    loadJudging(api, contest, language)
      .then(setData)
      .catch(() => setFailed(true))
    if (isBoard)
      loadProgress(api, contest, language)
        .then(setProgress)
        .catch(() => setFailed(true))
  }, [api, contest, isBoard, language])
  useEffect(reload, [reload])

  /** A refusal (sheets pending the matrix did not show yet) reloads it, so the next try warns. */
  const compute = async (acceptPending: boolean) => {
    setConfirming(false)
    const answer = await computeResults(api, contest, language, acceptPending)
    if (answer.ok) {
      setResults(answer.body.results)
      toast.success(pick(L.resultsDone))
    } else {
      toast.error(answer.message ?? pick(L.loadFailed))
      reload()
    }
  }

  if (failed) return <p>{pick(L.loadFailed)}</p>
  if (!data) return null
  const judging = data.contest.stage === 'judging'

  return (
    <div className="judging-screen">
      <h2>{data.contest.title}</h2>
      {isBoard && progress ? (
        <section>
          <h3>{pick(L.progress)}</h3>
          <ProgressMatrix api={api} onChanged={reload} progress={progress} />
          <div className="judging-screen__actions">
            <button
              className="btn btn--style-primary btn--size-small"
              onClick={() => (progress.counts.pending > 0 ? setConfirming(true) : void compute(false))}
              type="button"
            >
              {pick(L.computeResults)}
            </button>
            <a className="btn btn--style-secondary btn--size-small" href={`${api}/contests/${contest}/export.xlsx`}>
              {pick(L.exportXlsx)}
            </a>
          </div>
          {confirming ? (
            <div className="judging-screen__warning" role="alert">
              <p>{pick(pendingWarning(progress.counts.pending))}</p>
              <div className="judging-screen__actions">
                <button
                  className="btn btn--style-primary btn--size-small"
                  onClick={() => void compute(true)}
                  type="button"
                >
                  {pick(L.computeAnyway)}
                </button>
                <button
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => setConfirming(false)}
                  type="button"
                >
                  {pick(L.waitForJury)}
                </button>
              </div>
            </div>
          ) : null}
          {results ? (
            <ol className="judging-screen__results">
              {results
                .filter((result) => result.rank !== null)
                .map((result) => (
                  <li key={String(result.id)}>
                    {pick(L.entry)} {result.number} — {result.finalScore}
                    {result.prize ? (
                      <>
                        {' '}
                        · <strong>{result.prize}</strong> ·{' '}
                        <a href={`${api}/contest-entries/${result.id}/certificate.pdf`}>{pick(L.certificate)}</a>
                      </>
                    ) : null}
                  </li>
                ))}
            </ol>
          ) : null}
        </section>
      ) : null}
      {data.isJuror ? (
        <section>
          {judging ? null : <p className="judging-sheet__note">{pick(L.notJudging)}</p>}
          {data.entries.map((entry) => (
            <SheetForm
              api={api}
              editable={judging}
              entry={entry}
              key={`${String(entry.id)}|${entry.sheet?.submittedAt ?? ''}|${String(entry.sheet?.recused)}`}
              onSaved={reload}
              rubric={data.contest.rubric}
            />
          ))}
        </section>
      ) : null}
    </div>
  )
}
