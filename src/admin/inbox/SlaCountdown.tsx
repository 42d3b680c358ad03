'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatDateTime } from '../format'
import { useNewsroomTranslation } from '../i18n'
import { type DurationParts, durationParts, largestTwo } from './duration'
import { OPEN_STATES, isIn } from './states'
import { useNow } from './useNow'
import './InboxStateBadge.scss'

const SOON_MS = 10 * 60_000
const UNIT_KEYS = {
  days: 'newsroom:inbox_days',
  hours: 'newsroom:inbox_hours',
  minutes: 'newsroom:inbox_minutes',
} as const

/** Time left to answer (or how late it is), while the item still waits for an answer. */
export const SlaCountdown = ({ dueAt, state }: { dueAt: unknown; state: unknown }) => {
  const { t } = useNewsroomTranslation()
  const now = useNow()
  const due = typeof dueAt === 'string' || dueAt instanceof Date ? new Date(dueAt).getTime() : Number.NaN
  if (!isIn(OPEN_STATES, state) || Number.isNaN(due)) {
    return <span className="newsroom-sla newsroom-sla--done">—</span>
  }
  if (now === null) return <span className="newsroom-sla" />
  const left = due - now
  const parts: DurationParts = durationParts(left)
  const time = largestTwo(parts)
    .map((unit) => t(UNIT_KEYS[unit], { count: parts[unit] }))
    .join(' ')
  const tone = left <= 0 ? 'overdue' : left <= SOON_MS ? 'soon' : 'ok'
  return (
    <span className={`newsroom-sla newsroom-sla--${tone}`} data-tone={tone} title={formatDateTime(due)}>
      {left <= 0 ? t('newsroom:inbox_overdue', { time }) : t('newsroom:inbox_left', { time })}
    </span>
  )
}

/** The "Hạn trả lời" column of the inbox list. */
export const SlaCell = ({ cellData, rowData }: DefaultCellComponentProps) => (
  <SlaCountdown dueAt={cellData} state={(rowData as { state?: unknown }).state} />
)
