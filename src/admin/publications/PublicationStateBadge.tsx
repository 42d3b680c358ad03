'use client'
import type { DefaultCellComponentProps } from 'payload'

import { PUBLICATION_STATES, PUBLICATION_STATE_LABELS, type PublicationState } from '../../publishing/states'
import { Badge, type BadgeSize } from '../Badge'
import { useNewsroomTranslation } from '../i18n'
import './PublicationStateBadge.scss'

export const isPublicationState = (value: unknown): value is PublicationState =>
  typeof value === 'string' && (PUBLICATION_STATES as readonly string[]).includes(value)

/** The stage badge's shape, in the delivery engine's own colours: problems red and amber. */
export const PublicationStateBadge = ({ state, size = 'small' }: { state: unknown; size?: BadgeSize }) => {
  const { pick } = useNewsroomTranslation()
  if (!isPublicationState(state)) return null
  return (
    <Badge data={{ 'data-publication-state': state }} kind="newsroom-pubstate" size={size} state={state}>
      {pick(PUBLICATION_STATE_LABELS[state])}
    </Badge>
  )
}

/** The state column of the publications list. */
export const PublicationStateCell = ({ cellData }: DefaultCellComponentProps) => (
  <PublicationStateBadge state={cellData} />
)
