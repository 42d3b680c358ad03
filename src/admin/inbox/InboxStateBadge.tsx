'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useInboxLabels } from './labels'
import './InboxStateBadge.scss'

export const InboxStateBadge = ({ state, size = 'medium' }: { state: unknown; size?: 'small' | 'medium' }) => {
  const labels = useInboxLabels()
  if (typeof state !== 'string' || state === '') return null
  return (
    <span
      className={`newsroom-inbox-state newsroom-inbox-state--${state} newsroom-inbox-state--${size}`}
      data-state={state}
    >
      {labels.state(state)}
    </span>
  )
}

/** The state column of the inbox list. */
export const InboxStateCell = ({ cellData }: DefaultCellComponentProps) => (
  <InboxStateBadge size="small" state={cellData} />
)
