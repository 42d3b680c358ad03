'use client'
import { Button, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useId, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { checkConnection } from './api'
import { CheckResult } from './CheckResult'
import { useConnectionCheck } from './useConnectionCheck'
import './ConnectionPanel.scss'

/**
 * Connecting a Facebook page on one screen (admins): the page token goes into the form like any
 * field and is saved, sealed, with the channel; "Kiểm tra kết nối" tries the page id and token as
 * typed first. Once a token is stored it is never shown: the field says so and offers "Kết nối lại"
 * to enter a new one.
 */
export const TokenField = ({ path }: TextFieldClientProps) => {
  const { t, language } = useNewsroomTranslation()
  const inputId = useId()
  const { id } = useDocumentInfo()
  const { value, setValue } = useField<string>({ path })
  const pageId = useFormFields(([fields]) => fields.facebookPageId?.value)
  const tokenStored = useFormFields(([fields]) => fields.tokenStored?.value) === true
  const needsReconnect = useFormFields(([fields]) => fields.needsReconnect?.value) === true
  const [replacing, setReplacing] = useState(false)
  const { check, checking, shown, say } = useConnectionCheck(needsReconnect)
  const typed = typeof value === 'string' ? value.trim() : ''

  // A save that stored the typed token brings the field back to its "stored" state.
  useEffect(() => {
    if (tokenStored) setReplacing(false)
  }, [tokenStored])

  const runCheck = () => {
    const page = typeof pageId === 'string' ? pageId.trim() : ''
    if (!page) return say('newsroom:pageIdFirst')
    if (!typed && !(tokenStored && id != null)) return say('newsroom:tokenFirst')
    void check(
      (api) => checkConnection(api, { pageId: page, ...(typed ? { accessToken: typed } : { channel: id }) }, language),
      {
        storedToken: !typed,
      },
    )
  }

  const entering = !tokenStored || replacing
  return (
    <div className="field-type newsroom-token" data-token-field={tokenStored ? 'stored' : 'empty'}>
      <label className="field-label newsroom-token__label" htmlFor={inputId}>
        {t('newsroom:tokenLabel')}
      </label>
      {entering ? (
        <input
          autoComplete="new-password"
          className="newsroom-token__input"
          data-token-input="true"
          id={inputId}
          onChange={(event) => setValue(event.target.value)}
          placeholder="EAAB…"
          spellCheck={false}
          type="password"
          value={typeof value === 'string' ? value : ''}
        />
      ) : (
        <p className="newsroom-token__stored" id={inputId}>
          {t('newsroom:tokenStored')}
        </p>
      )}
      <div className="newsroom-token__row">
        <Button
          buttonStyle="secondary"
          disabled={checking}
          extraButtonProps={{ 'data-channel-check': 'true' }}
          margin={false}
          onClick={runCheck}
          size="medium"
          type="button"
        >
          {checking ? t('newsroom:checking') : t('newsroom:checkConnection')}
        </Button>
        {tokenStored && !replacing ? (
          <Button
            buttonStyle="secondary"
            extraButtonProps={{ 'data-token-reconnect': 'true' }}
            margin={false}
            onClick={() => setReplacing(true)}
            size="medium"
            type="button"
          >
            {t('newsroom:reconnect')}
          </Button>
        ) : null}
        {tokenStored && replacing ? (
          <Button
            buttonStyle="subtle"
            margin={false}
            onClick={() => {
              setValue(undefined)
              setReplacing(false)
            }}
            size="medium"
            type="button"
          >
            {t('newsroom:keepToken')}
          </Button>
        ) : null}
      </div>
      <span className="newsroom-connection__hint">
        {tokenStored ? '' : `${t('newsroom:tokenMissing')} `}
        {t('newsroom:tokenHint')} {entering ? t('newsroom:checkBeforeSave') : ''}
      </span>
      {shown ? <CheckResult shown={shown} /> : null}
    </div>
  )
}
