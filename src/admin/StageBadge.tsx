'use client'
import type { DefaultCellComponentProps } from 'payload'

import { STAGE_LABELS } from '../workflow/labels'
import { isStage } from '../workflow/stages'
import { Badge, type BadgeSize } from './Badge'
import { useNewsroomTranslation } from './i18n'
import './StageBadge.scss'

export const StageBadge = ({ stage, size = 'medium' }: { stage: unknown; size?: BadgeSize }) => {
  const { pick } = useNewsroomTranslation()
  if (!isStage(stage)) return null
  return (
    <Badge data={{ 'data-stage': stage }} kind="newsroom-stage" size={size} state={stage}>
      {pick(STAGE_LABELS[stage])}
    </Badge>
  )
}

/** The stage column of the stories list. */
export const StageCell = ({ cellData }: DefaultCellComponentProps) => <StageBadge stage={cellData} size="small" />
