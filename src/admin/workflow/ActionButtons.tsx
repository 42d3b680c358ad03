'use client'
import { Button } from '@payloadcms/ui'

import { ACTION_LABELS } from '../../workflow/labels'
import type { Action } from '../../workflow/transitions'
import { useNewsroomTranslation } from '../i18n'

/** Moving the story backwards or out of the workflow looks different from moving it on. */
const STYLE: Partial<Record<Action, 'secondary' | 'error'>> = {
  request_changes: 'secondary',
  unschedule: 'secondary',
  reject: 'error',
  withdraw: 'error',
}

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
          buttonStyle={STYLE[action] ?? 'primary'}
          className={`newsroom-actions__button newsroom-actions__button--${action}`}
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
