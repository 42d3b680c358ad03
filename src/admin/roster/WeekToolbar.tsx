'use client'
import { Button } from '@payloadcms/ui'

import { addDays } from '../../time/vietnam'
import { useNewsroomTranslation } from '../i18n'

interface Props {
  rosterPath: string
  monday: string
  thisMonday: string
  copying: boolean
  onCopy?: () => void
}

/** Week navigation (`?tuan=` holds the Monday) and, for the board, copying the week forward. */
export const WeekToolbar = ({ rosterPath, monday, thisMonday, copying, onCopy }: Props) => {
  const { t } = useNewsroomTranslation()
  // rosterPath may already name the page (`?page=`): the week is added to it.
  const link = (day: string) =>
    day === thisMonday ? rosterPath : `${rosterPath}${rosterPath.includes('?') ? '&' : '?'}tuan=${day}`
  return (
    <div className="newsroom-roster__toolbar">
      <nav aria-label={t('newsroom:roster_title')} className="newsroom-roster__nav">
        <Button buttonStyle="secondary" el="link" margin={false} size="medium" url={link(addDays(monday, -7))}>
          ← {t('newsroom:roster_previousWeek')}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={monday === thisMonday}
          el="link"
          margin={false}
          size="medium"
          url={link(thisMonday)}
        >
          {t('newsroom:roster_thisWeek')}
        </Button>
        <Button buttonStyle="secondary" el="link" margin={false} size="medium" url={link(addDays(monday, 7))}>
          {t('newsroom:roster_nextWeek')} →
        </Button>
      </nav>
      {onCopy ? (
        <Button
          buttonStyle="primary"
          className="newsroom-roster__copy"
          disabled={copying}
          margin={false}
          onClick={onCopy}
          size="medium"
          type="button"
        >
          {copying ? t('newsroom:working') : t('newsroom:roster_copyToNextWeek')}
        </Button>
      ) : null}
    </div>
  )
}
