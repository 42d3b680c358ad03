'use client'
import { Button } from '@payloadcms/ui'

import { ACTION_LABELS } from '../../workflow/labels'
import type { Action } from '../../workflow/transitions'
import { useNewsroomTranslation } from '../i18n'
import './NextStep.scss'

/**
 * Once a story is approved the board's next step is to publish it: one large button, so that an
 * urgent rebuttal goes out in one click after approval. Scheduling stays among the other actions.
 */
export const NextStep = ({ disabled, onSelect }: { disabled: boolean; onSelect: (action: Action) => void }) => {
  const { t, pick } = useNewsroomTranslation()
  return (
    <div className="newsroom-next-step" data-next-step="publish_now">
      <strong>{t('newsroom:nextStepTitle')}</strong>
      <div className="newsroom-actions">
        <Button
          buttonStyle="primary"
          className="newsroom-next-step__button"
          disabled={disabled}
          extraButtonProps={{ 'data-action': 'publish_now' }}
          margin={false}
          onClick={() => onSelect('publish_now')}
          size="large"
          type="button"
        >
          {pick(ACTION_LABELS.publish_now)}
        </Button>
      </div>
      <span className="newsroom-workflow__hint">{t('newsroom:nextStepHint')}</span>
    </div>
  )
}
