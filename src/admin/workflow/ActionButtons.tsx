'use client'
import { Button } from '@payloadcms/ui'

import { ACTION_LABELS } from '../../workflow/labels'
import type { Action } from '../../workflow/transitions'
import { useNewsroomTranslation } from '../i18n'

/** Moving the story backwards looks different from moving it on, and ending it looks dangerous. */
const SECONDARY: readonly Action[] = ['request_changes', 'unschedule', 'reject', 'withdraw']
export const DANGEROUS: readonly Action[] = ['reject', 'withdraw']

export const ActionButtons = ({
  actions,
  disabled,
  onSelect,
}: {
  actions: readonly Action[]
  disabled: boolean
  onSelect: (action: Action) => void
}) => {
  const { pick } = useNewsroomTranslation()
  return (
    <div className="newsroom-actions">
      {actions.map((action) => (
        <Button
          key={action}
          buttonStyle={SECONDARY.includes(action) ? 'secondary' : 'primary'}
          className={`newsroom-actions__button${DANGEROUS.includes(action) ? ' newsroom-danger' : ''}`}
          extraButtonProps={{ 'data-action': action }}
          disabled={disabled}
          margin={false}
          onClick={() => onSelect(action)}
          size="medium"
          type="button"
        >
          {pick(ACTION_LABELS[action])}
        </Button>
      ))}
    </div>
  )
}
