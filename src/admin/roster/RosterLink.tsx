'use client'
import { Button, useConfig } from '@payloadcms/ui'

import { useNewsroomTranslation } from '../i18n'
import './RosterView.scss'

/** Above the shifts list: rows are made a week at a time in the roster view, not one by one here. */
export const RosterLink = () => {
  const { t } = useNewsroomTranslation()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  return (
    <div className="newsroom-roster-link">
      <Button buttonStyle="secondary" el="link" margin={false} size="medium" url={`${adminRoute}/lich-truc`}>
        {t('newsroom:roster_open')} →
      </Button>
    </div>
  )
}
