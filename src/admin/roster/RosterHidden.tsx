'use client'
import { useNewsroomTranslation } from '../i18n'

export const RosterHidden = () => {
  const { t } = useNewsroomTranslation()
  return (
    <div className="newsroom-roster">
      <h1>{t('newsroom:roster_title')}</h1>
      <p className="newsroom-roster__warning" role="alert">
        {t('newsroom:roster_hidden')}
      </p>
    </div>
  )
}
