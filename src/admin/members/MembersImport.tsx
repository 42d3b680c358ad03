'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { MEMBER_LABELS as L } from './labels'
import './members.scss'

type Action = 'create' | 'update' | 'unchanged' | 'refused'
interface PreviewRow {
  line: number
  fullName: string
  action: Action
  message?: string
}
interface Preview {
  summary: Record<Action, number>
  rows: PreviewRow[]
}
interface Job {
  id: string
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
}

const ACTIONS: Action[] = ['create', 'update', 'unchanged', 'refused']

const errorOf = async (response: Response) =>
  ((await response.json().catch(() => null)) as { errors?: { message: string }[] } | null)?.errors?.[0]?.message ??
  response.statusText

/** Upload a member list, see what each row would do, then import it with a progress bar. */
export const MembersImport = () => {
  const { pick } = useNewsroomTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [job, setJob] = useState<Job | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (step: 'preview' | 'commit') => {
    const form = new FormData()
    form.append('file', file!)
    return fetch(`${api}/members/import/${step}`, { method: 'POST', body: form, credentials: 'include' })
  }

  const runPreview = async () => {
    setBusy(true)
    setError(null)
    setJob(null)
    const response = await send('preview')
    setBusy(false)
    if (!response.ok) return setError(await errorOf(response))
    setPreview((await response.json()) as Preview)
  }

  const runCommit = async () => {
    setBusy(true)
    setError(null)
    const response = await send('commit')
    if (!response.ok) {
      setBusy(false)
      return setError(await errorOf(response))
    }
    let current = (await response.json()) as Job
    setJob(current)
    while (current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 300))
      const polled = await fetch(`${api}/members/import/jobs/${current.id}`, { credentials: 'include' })
      if (!polled.ok) break
      current = (await polled.json()) as Job
      setJob(current)
    }
    setBusy(false)
  }

  const percent = job ? (job.total === 0 ? 100 : Math.round((job.done / job.total) * 100)) : 0
  return (
    <div className="newsroom-members">
      <h1>{pick(L.importTitle)}</h1>
      <p className="newsroom-members__help">{pick(L.importHelp)}</p>
      <div className="newsroom-members__toolbar">
        <label className="newsroom-members__file">
          <span>{pick(L.file)}</span>
          <input
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            name="file"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setPreview(null)
              setJob(null)
            }}
            type="file"
          />
        </label>
        <Button buttonStyle="secondary" disabled={!file || busy} margin={false} onClick={runPreview}>
          {pick(L.preview)}
        </Button>
        <Button
          buttonStyle="primary"
          disabled={!preview || busy || preview.summary.create + preview.summary.update === 0 || job?.state === 'done'}
          margin={false}
          onClick={runCommit}
        >
          {pick(L.commit)}
        </Button>
      </div>
      {error ? (
        <p className="newsroom-members__error" role="alert">
          {error}
        </p>
      ) : null}
      {job ? (
        <div className="newsroom-members__progress">
          <progress max={100} value={percent} />
          <span role="status">
            {job.state === 'running' ? pick(L.importing) : job.state === 'done' ? pick(L.done) : pick(L.failed)}{' '}
            {job.done}/{job.total}
          </span>
        </div>
      ) : null}
      {preview ? (
        <>
          <ul className="newsroom-members__summary">
            {ACTIONS.map((action) => (
              <li className={`newsroom-members__tag newsroom-members__tag--${action}`} key={action}>
                {pick(L[action])}: {preview.summary[action]}
              </li>
            ))}
          </ul>
          <div className="newsroom-members__table-wrap">
            <table className="newsroom-members__table">
              <thead>
                <tr>
                  <th>{pick(L.line)}</th>
                  <th>{pick(L.name)}</th>
                  <th>{pick(L.action)}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr className={`newsroom-members__row--${row.action}`} data-action={row.action} key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.fullName}</td>
                    <td>
                      {pick(L[row.action])}
                      {row.message ? ` — ${row.message}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  )
}
