'use client'
import type { Stage } from '../../workflow/stages'
import { useNewsroomTranslation } from '../i18n'
import { Clock } from './Clock'
import './flags.scss'

// The one-hour clock runs from the first submission until the board has decided.
const CLOCK_STAGES: readonly Stage[] = ['submitted', 'in_review', 'awaiting_approval', 'changes_requested']

/** "KHẨN" and the time since submission against the one-hour target, for a rebuttal of fake news. */
export const UrgentRebuttal = ({ stage, submittedAt }: { stage: Stage | undefined; submittedAt: unknown }) => {
  const { t } = useNewsroomTranslation()
  const running = typeof submittedAt === 'string' && stage !== undefined && CLOCK_STAGES.includes(stage)
  return (
    <div className="newsroom-urgent" data-urgent="true">
      <span className="newsroom-flag newsroom-flag--urgent">{t('newsroom:urgentBadge')}</span>
      {running ? <Clock at={submittedAt} kind="rebuttal" /> : null}
      <span className="newsroom-workflow__hint">{t('newsroom:urgentHint')}</span>
    </div>
  )
}
