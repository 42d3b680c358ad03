'use client'
import { Button, toast } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { apiGet, apiRequest, pathId } from '../request'
import { useServerValue } from '../useServerValue'
import { useNewsroomTranslation } from '../i18n'
import { formatDateTime } from '../format'

interface ReportRow {
  id: string | number
  title: string
  state: 'queued' | 'running' | 'done' | 'failed'
  progress?: number | null
  step?: string | null
  error?: string | null
  createdAt: string
}

const POLL_MS = 1500

/**
 * The reports: make one of the period on screen, follow its progress (read again every 1.5 s while one
 * is being made), download it as Excel or PDF; and the monthly report by email on the 1st.
 */
export const ReportsPanel = ({
  apiRoute,
  from,
  to,
  page,
}: {
  apiRoute: string
  from: string
  to: string
  page: string | null
}) => {
  const { t, language } = useNewsroomTranslation()
  const [busy, setBusy] = useState(false)
  const reports = useServerValue(
    (signal) =>
      apiGet<{ docs: ReportRow[] }>(
        `${apiRoute}/reports?sort=-createdAt&limit=8&depth=0&select[title]=true&select[state]=true&select[progress]=true&select[step]=true&select[error]=true&select[createdAt]=true`,
        { signal, language },
      ),
    'reports',
  )
  const settings = useServerValue(
    (signal) => apiGet<{ monthlyEmail?: boolean }>(`${apiRoute}/globals/report-settings?depth=0`, { signal, language }),
    'report-settings',
  )
  const working = reports.value?.docs.some((report) => report.state === 'queued' || report.state === 'running')

  useEffect(() => {
    if (!working) return
    const timer = setInterval(reports.reload, POLL_MS)
    return () => clearInterval(timer)
  }, [working, reports.reload])

  const generate = async () => {
    setBusy(true)
    const answer = await apiRequest(`${apiRoute}/reports/generate`, {
      method: 'POST',
      language,
      body: { from, to, page },
    })
    setBusy(false)
    if (!answer.ok) toast.error(answer.message ?? t('newsroom:networkError'))
    reports.reload()
  }

  const setMonthly = async (monthlyEmail: boolean) => {
    const answer = await apiRequest(`${apiRoute}/globals/report-settings`, {
      method: 'POST',
      language,
      body: { monthlyEmail },
    })
    if (!answer.ok) toast.error(answer.message ?? t('newsroom:networkError'))
    settings.reload()
  }

  return (
    <section className="newsroom-insights__reports" id="bao-cao">
      <h2>{t('newsroom:insightsReports')}</h2>
      <div className="newsroom-insights__report-actions">
        <Button buttonStyle="primary" disabled={busy} margin={false} onClick={generate} size="small">
          {t('newsroom:insightsGenerate')}
        </Button>
        <label className="newsroom-insights__monthly">
          <input
            checked={Boolean(settings.value?.monthlyEmail)}
            disabled={settings.value === null}
            onChange={(event) => void setMonthly(event.target.checked)}
            type="checkbox"
          />
          <span>{t('newsroom:insightsMonthlyEmail')}</span>
        </label>
      </div>
      {reports.value && reports.value.docs.length === 0 ? (
        <p className="newsroom-insights__empty">{t('newsroom:insightsNoReports')}</p>
      ) : null}
      <ul className="newsroom-insights__report-list">
        {(reports.value?.docs ?? []).map((report) => (
          <li data-state={report.state} key={String(report.id)}>
            <div className="newsroom-insights__report-head">
              <strong>{report.title}</strong>
              <span className="newsroom-insights__muted">{formatDateTime(report.createdAt)}</span>
            </div>
            {report.state === 'done' ? (
              <div className="newsroom-insights__downloads">
                <a download href={`${apiRoute}/reports/${pathId(report.id)}/file/xlsx`}>
                  {t('newsroom:insightsDownloadXlsx')}
                </a>
                <a download href={`${apiRoute}/reports/${pathId(report.id)}/file/pdf`}>
                  {t('newsroom:insightsDownloadPdf')}
                </a>
              </div>
            ) : report.state === 'failed' ? (
              <p className="newsroom-insights__error">
                {t('newsroom:insightsReportFailed')}: {report.error}
              </p>
            ) : (
              <div className="newsroom-insights__progress">
                <progress max={100} value={report.progress ?? 0} />
                <span>
                  {report.state === 'queued'
                    ? t('newsroom:insightsReportQueued')
                    : `${report.step ?? ''} (${report.progress ?? 0}%)`}
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
