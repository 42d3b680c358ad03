'use client'
import { useNewsroomTranslation } from '../i18n'
import type { Shown } from './useConnectionCheck'

/** What a connection check said: the page's name and followers, or Facebook's exact refusal. */
export const CheckResult = ({ shown }: { shown: Shown }) => {
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
