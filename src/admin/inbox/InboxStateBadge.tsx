'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Badge, type BadgeSize } from '../Badge'
import { useInboxLabels } from './labels'
import './InboxStateBadge.scss'

export const InboxStateBadge = ({ state, size = 'medium' }: { state: unknown; size?: BadgeSize }) => {
  const labels = useInboxLabels()
  if (typeof state !== 'string' || state === '') return null
  return (
    <Badge data={{ 'data-state': state }} kind="newsroom-inbox-state" size={size} state={state}>
      {labels.state(state)}
    </Badge>
  )
}

/** The state column of the inbox list. */
export const InboxStateCell = ({ cellData }: DefaultCellComponentProps) => (
  <InboxStateBadge size="small" state={cellData} />
)
