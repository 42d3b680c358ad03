'use client'
import type { DefaultCellComponentProps } from 'payload'

import { STAGE_LABELS } from '../workflow/labels'
import { isStage } from '../workflow/stages'
import { useNewsroomTranslation } from './i18n'
import './StageBadge.scss'

export const StageBadge = ({ stage, size = 'medium' }: { stage: unknown; size?: 'small' | 'medium' }) => {
  const { pick } = useNewsroomTranslation()
  if (!isStage(stage)) return null
  return (
    <span className={`newsroom-stage newsroom-stage--${stage} newsroom-stage--${size}`} data-stage={stage}>
      {pick(STAGE_LABELS[stage])}
    </span>
  )
}

/** The stage column of the stories list. */
export const StageCell = ({ cellData }: DefaultCellComponentProps) => <StageBadge stage={cellData} size="small" />
