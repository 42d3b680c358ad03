'use client'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { toActor } from '../../auth/actor'
import { hasAnyRole, hasRole } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { TokenEntry } from './TokenEntry'
import { type Shown, useConnectionCheck } from './useConnectionCheck'
import './ConnectionPanel.scss'

const Result = ({ shown }: { shown: Shown }) => {
  const { t, language } = useNewsroomTranslation()
  const count = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-US' : 'vi-VN').format(value)
  return (
    <div
      className={`newsroom-connection__result newsroom-connection__result--${shown.ok ? 'ok' : 'failed'}`}
      data-check-result={shown.ok ? 'ok' : 'failed'}
      role="status"
    >
      <strong>{t(shown.headline)}</strong>
      {shown.ok ? (
        <span>
          {shown.followers != null
            ? t('newsroom:checkPage', { name: shown.name ?? '', followers: count(shown.followers) })
            : t('newsroom:checkReady', { name: shown.name ?? '' })}
        </span>
      ) : null}
      {shown.detail ? <code className="newsroom-connection__detail">{shown.detail}</code> : null}
    </div>
  )
}

/**
 * Top of the channel's edit view: a red banner while Facebook rejects the page token, "Kiểm tra kết
 * nối" (the page name and followers, or Facebook's exact refusal), and for admins a write-only box
 * for a new token.
 */
export const ConnectionPanel = () => {
  const { t, language } = useNewsroomTranslation()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const needsReconnect = useFormFields(([fields]) => fields.needsReconnect?.value) === true
  const isFacebook = useFormFields(([fields]) => fields.kind?.value) === 'facebook_page'
  const { api, check, checking, shown } = useConnectionCheck(id, language, needsReconnect)
  const actor = toActor(user)

  return (
    <div className="field-type newsroom-connection">
      {needsReconnect ? (
        <div className="newsroom-banner newsroom-banner--danger" data-needs-reconnect="true" role="alert">
          <strong>{t('newsroom:reconnectTitle')}</strong>
          <span>{t('newsroom:reconnectBody')}</span>
        </div>
      ) : null}
      {hasAnyRole(actor, ['admin', 'board']) ? (
        <div className="newsroom-connection__check">
          <Button
            buttonStyle="secondary"
            disabled={id == null || checking}
            extraButtonProps={{ 'data-channel-check': 'true' }}
            margin={false}
            onClick={() => void check()}
            size="medium"
            type="button"
          >
            {checking ? t('newsroom:checking') : t('newsroom:checkConnection')}
          </Button>
          {id == null ? <span className="newsroom-connection__hint">{t('newsroom:saveChannelFirst')}</span> : null}
        </div>
      ) : null}
      {shown ? <Result shown={shown} /> : null}
      {id != null && isFacebook && hasRole(actor, 'admin') ? (
        <TokenEntry apiRoute={api} id={id} onSaved={check} />
      ) : null}
    </div>
  )
}
