'use client'
import { Button, toast } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { saveToken } from './api'

/**
 * Write-only entry of a new page token. The token field itself is unreadable to everyone, so Payload
 * does not render it; this box sends the token once and forgets it, then checks the connection.
 */
export const TokenEntry = ({
  apiRoute,
  id,
  onSaved,
}: {
  apiRoute: string
  id: Id
  onSaved: () => Promise<void> | void
}) => {
  const { t, language } = useNewsroomTranslation()
  const inputId = useId()
  const [token, setToken] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    if (!token.trim() || saving) return
    setSaving(true)
    setError(null)
    try {
      const refusal = await saveToken(apiRoute, id, token.trim(), language)
      if (refusal) {
        setError(refusal)
        return
      }
      setToken('')
      toast.success(t('newsroom:tokenSaved'))
      await onSaved()
    } catch {
      setError(t('newsroom:networkError'))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="newsroom-token">
      <label className="newsroom-token__label" htmlFor={inputId}>
        {t('newsroom:newToken')}
      </label>
      <div className="newsroom-token__row">
        <input
          autoComplete="off"
          className="newsroom-token__input"
          data-token-input="true"
          id={inputId}
          onChange={(event) => setToken(event.target.value)}
          onKeyDown={(event) => {
            // Enter would submit the whole channel form; here it means "save this token".
            if (event.key === 'Enter') {
              event.preventDefault()
              void save()
            }
          }}
          placeholder="EAAB…"
          spellCheck={false}
          type="password"
          value={token}
        />
        <Button
          buttonStyle="primary"
          disabled={!token.trim() || saving}
          extraButtonProps={{ 'data-token-save': 'true' }}
          margin={false}
          onClick={() => void save()}
          size="medium"
          type="button"
        >
          {saving ? t('newsroom:working') : t('newsroom:saveToken')}
        </Button>
      </div>
      <span className="newsroom-connection__hint">{t('newsroom:tokenHint')}</span>
      {error ? (
        <p className="newsroom-connection__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
