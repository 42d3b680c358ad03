'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { RosterPerson } from '../../roster/people'
import { addDays, shortDate } from '../../time/vietnam'
import type { RosterWeek, UpcomingShift } from '../../roster/weekData'
import type { Id } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { copyWeek, saveCell } from './api'
import { weekRange } from './dates'
import { MyShifts } from './MyShifts'
import { RosterGrid } from './RosterGrid'
import { WeekToolbar } from './WeekToolbar'

export interface RosterScreenProps {
  week: RosterWeek
  thisMonday: string
  me: Id
  /** ISO instant the page was rendered at: the client marks "now" with it, not with its own clock. */
  now: string
  /** The board's candidates; absent for a read-only view. */
  candidates?: RosterPerson[]
  /** Present for people who hold the duty role. */
  mine?: UpcomingShift[]
  settingsUrl?: string
  /** The roster's address with its page named (`…/lich-truc?page=…`) when the user has several. */
  rosterPath?: string
  /** The page picker, for users with several pages. */
  picker?: React.ReactNode
}

export const RosterScreen = ({
  week: initial,
  thisMonday,
  me,
  now,
  candidates,
  mine,
  settingsUrl,
  rosterPath: namedPath,
  picker,
}: RosterScreenProps) => {
  const { t, language } = useNewsroomTranslation()
  const router = useRouter()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const [week, setWeek] = useState(initial)
  const [busyCell, setBusyCell] = useState<string | null>(null)
  const [copying, setCopying] = useState(false)
  const editable = candidates !== undefined
  const range = weekRange(week.days)
  const at = Date.parse(now)
  const rosterPath = namedPath ?? `${adminRoute}/lich-truc`

  const change = async (day: string, slot: string, members: Id[]) => {
    setBusyCell(`${day}|${slot}`)
    try {
      const answer = await saveCell(apiRoute, { page: week.page, monday: week.monday, day, slot, members }, language)
      if (answer.ok) {
        setWeek(answer.body.week)
        toast.success(answer.body.message)
      } else {
        toast.error(answer.message ?? t('newsroom:networkError'))
      }
    } catch {
      toast.error(t('newsroom:networkError'))
    } finally {
      setBusyCell(null)
    }
  }

  const copyForward = async () => {
    const target = addDays(week.monday, 7)
    const label = `${shortDate(target)}–${shortDate(addDays(target, 6))}`
    setCopying(true)
    try {
      const answer = await copyWeek(apiRoute, week.page, week.monday, target, language)
      if (!answer.ok) {
        toast.error(answer.message ?? t('newsroom:networkError'))
        return
      }
      const { added } = answer.body
      if (added > 0) toast.success(t('newsroom:roster_copyDone', { count: added, week: label }))
      else toast.info(t('newsroom:roster_copyNothing', { week: label }))
      router.push(`${rosterPath}${rosterPath.includes('?') ? '&' : '?'}tuan=${target}`)
    } catch {
      toast.error(t('newsroom:networkError'))
    } finally {
      setCopying(false)
    }
  }

  return (
    <div className="newsroom-roster" data-editable={editable} data-monday={week.monday}>
      <header className="newsroom-roster__header">
        <div>
          <h1>{t('newsroom:roster_title')}</h1>
          <p className="newsroom-roster__range">
            {t('newsroom:roster_week', range)} · <span>{t('newsroom:roster_timeZone')}</span>
            {settingsUrl ? (
              <>
                {' · '}
                <a href={settingsUrl}>{t('newsroom:roster_editSlots')}</a>
              </>
            ) : null}
          </p>
        </div>
        <WeekToolbar
          copying={copying}
          monday={week.monday}
          onCopy={editable ? () => void copyForward() : undefined}
          rosterPath={rosterPath}
          thisMonday={thisMonday}
        />
      </header>
      {picker}
      {mine ? <MyShifts now={at} shifts={mine} /> : null}
      <p className="newsroom-roster__hint">
        {editable ? t('newsroom:roster_boardHint') : t('newsroom:roster_readOnly')}
      </p>
      {editable && candidates.length === 0 ? (
        <p className="newsroom-roster__warning" role="status">
          {t('newsroom:roster_noDutyMembers')}
        </p>
      ) : null}
      <p
        className={`newsroom-roster__summary${week.gaps > 0 ? ' newsroom-roster__summary--gaps' : ''}`}
        data-gaps={week.gaps}
        role="status"
      >
        {week.gaps > 0 ? t('newsroom:roster_gaps', { count: week.gaps }) : t('newsroom:roster_noGaps')}
      </p>
      <RosterGrid
        busyCell={busyCell}
        candidates={candidates}
        me={me}
        now={at}
        onChange={editable ? (day, slot, members) => void change(day, slot, members) : undefined}
        week={week}
      />
    </div>
  )
}
