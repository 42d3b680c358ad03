'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { toActor } from '../../auth/actor'
import { hasRole } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { checkChannel } from './api'
import { CheckResult } from './CheckResult'
import { useConnectionCheck } from './useConnectionCheck'
import './ConnectionPanel.scss'

/**
 * Top of the channel's edit view: a red banner while Facebook rejects the page token, and for the
 * board (who may not change channels) "Kiểm tra kết nối" of the saved page. Admins connect and
 * check in the token field itself (`TokenField`), before saving.
 */
export const ConnectionPanel = () => {
  const { t, language } = useNewsroomTranslation()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const needsReconnect = useFormFields(([fields]) => fields.needsReconnect?.value) === true
  const isFacebook = useFormFields(([fields]) => fields.kind?.value) === 'facebook_page'
  const { check, checking, shown } = useConnectionCheck(needsReconnect)
  const actor = toActor(user)
  const boardCheck = id != null && isFacebook && hasRole(actor, 'board') && !hasRole(actor, 'admin')
  if (!needsReconnect && !boardCheck) return null

  return (
    <div className="field-type newsroom-connection">
      {needsReconnect ? (
        <div className="newsroom-banner newsroom-banner--danger" data-needs-reconnect="true" role="alert">
          <strong>{t('newsroom:reconnectTitle')}</strong>
          <span>{t('newsroom:reconnectBody')}</span>
        </div>
      ) : null}
      {boardCheck ? (
        <div className="newsroom-connection__check">
          <Button
            buttonStyle="secondary"
            disabled={checking}
            extraButtonProps={{ 'data-channel-check': 'true' }}
            margin={false}
            onClick={() => void check((api) => checkChannel(api, id, language), { storedToken: true })}
            size="medium"
            type="button"
          >
            {checking ? t('newsroom:checking') : t('newsroom:checkConnection')}
          </Button>
        </div>
      ) : null}
      {shown ? <CheckResult shown={shown} /> : null}
    </div>
  )
}
