'use client'
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'

import type { Id } from '../../workflow/roles'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import type { InboxAction } from './api'

type Action = Exclude<InboxAction, 'reply'>

const LABEL: Record<Action, NewsroomKey> = {
  close: 'newsroom:inbox_close',
  escalate: 'newsroom:inbox_escalate',
  'mark-false': 'newsroom:inbox_markFalse',
}
const QUESTION: Record<Action, NewsroomKey> = {
  close: 'newsroom:inbox_confirmClose',
  escalate: 'newsroom:inbox_confirmEscalate',
  'mark-false': 'newsroom:inbox_confirmMarkFalse',
}
const slug = (action: Action, itemId: Id) => `newsroom-inbox-${action}-${itemId}`

interface Props {
  itemId: Id
  actions: readonly Action[]
  disabled: boolean
  onAct: (action: Action) => Promise<void>
}

/** "Đóng", "Chuyển Ban Biên tập", "Đánh dấu tin sai": each asks first, since none can be undone here. */
export const ItemActions = ({ itemId, actions, disabled, onAct }: Props) => {
  const { t } = useNewsroomTranslation()
  const { openModal } = useModal()
  if (actions.length === 0) return null
  return (
    <div className="newsroom-actions newsroom-inbox__actions">
      {actions.map((action) => (
        <Button
          buttonStyle="secondary"
          className={`newsroom-inbox__action${action === 'mark-false' ? ' newsroom-danger' : ''}`}
          disabled={disabled}
          extraButtonProps={{ 'data-action': action }}
          key={action}
          margin={false}
          onClick={() => openModal(slug(action, itemId))}
          size="medium"
          type="button"
        >
          {t(LABEL[action])}
        </Button>
      ))}
      {actions.map((action) => (
        <ConfirmationModal
          body={t(QUESTION[action])}
          cancelLabel={t('newsroom:cancel')}
          confirmLabel={t(LABEL[action])}
          heading={t(LABEL[action])}
          key={action}
          modalSlug={slug(action, itemId)}
          onConfirm={() => onAct(action)}
        />
      ))}
    </div>
  )
}
