'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useModal,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { toActor } from '../../auth/actor'
import type { PublicationState } from '../../publishing/states'
import { hasRole } from '../../workflow/roles'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import { postPublicationAction } from './api'

type Action = 'retry' | 'cancel'

// Mirrors src/endpoints/publicationActions.ts, which stays the judge: a stale page gets its refusal.
const ALLOWED_FROM: Record<Action, readonly PublicationState[]> = {
  retry: ['failed', 'unconfirmed', 'cancelled'],
  cancel: ['queued', 'failed', 'unconfirmed'],
}

const TEXT: Record<Action, { label: NewsroomKey; question: NewsroomKey; done: NewsroomKey }> = {
  retry: { label: 'newsroom:retry', question: 'newsroom:confirmRetry', done: 'newsroom:retryDone' },
  cancel: { label: 'newsroom:cancelPublication', question: 'newsroom:confirmCancel', done: 'newsroom:cancelDone' },
}

const slug = (action: Action) => `newsroom-publication-${action}`

/** "Thử lại" and "Hủy đăng" in the publication's document controls, for the board. */
export const PublicationActions = () => {
  const { t, language } = useNewsroomTranslation()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const { openModal } = useModal()
  const state = useFormFields(([fields]) => fields.state?.value) as PublicationState | undefined
  const [pending, setPending] = useState<Action | null>(null)

  if (id == null || !hasRole(toActor(user), 'board') || !state) return null
  const actions = (['retry', 'cancel'] as const).filter((action) => ALLOWED_FROM[action].includes(state))
  if (actions.length === 0) return null

  const run = async (action: Action) => {
    setPending(action)
    try {
      const result = await postPublicationAction(api, id, action, language)
      if (result.ok) {
        toast.success(t(TEXT[action].done))
        router.refresh()
      } else {
        toast.error(result.message ?? t('newsroom:networkError'))
      }
    } catch {
      toast.error(t('newsroom:networkError'))
    } finally {
      setPending(null)
    }
  }

  return (
    <div className="newsroom-actions newsroom-publication-actions">
      {actions.map((action) => (
        <Button
          buttonStyle={action === 'retry' ? 'primary' : 'secondary'}
          className={action === 'cancel' ? 'newsroom-danger' : undefined}
          disabled={pending !== null}
          extraButtonProps={{ 'data-publication-action': action }}
          key={action}
          margin={false}
          onClick={() => openModal(slug(action))}
          size="medium"
          type="button"
        >
          {pending === action ? t('newsroom:working') : t(TEXT[action].label)}
        </Button>
      ))}
      {actions.map((action) => (
        <ConfirmationModal
          body={t(TEXT[action].question)}
          cancelLabel={t('newsroom:cancel')}
          confirmLabel={t(TEXT[action].label)}
          heading={t(TEXT[action].label)}
          key={action}
          modalSlug={slug(action)}
          onConfirm={() => run(action)}
        />
      ))}
    </div>
  )
}
