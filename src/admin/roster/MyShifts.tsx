'use client'
import type { UpcomingShift } from '../../roster/weekData'
import { shortDate, weekdayIndex } from '../../time/vietnam'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import { holdsNow } from './dates'

/** "Ca trực sắp tới của tôi": the member's own next shifts, across weeks, soonest first. */
export const MyShifts = ({ shifts, now }: { shifts: readonly UpcomingShift[]; now: number }) => {
  const { t } = useNewsroomTranslation()
  return (
    <section aria-labelledby="newsroom-roster-mine" className="newsroom-roster__mine">
      <h2 id="newsroom-roster-mine">{t('newsroom:roster_myShifts')}</h2>
      {shifts.length === 0 ? (
        <p className="newsroom-roster__hint">{t('newsroom:roster_noUpcoming')}</p>
      ) : (
        <ol className="newsroom-roster__mine-list">
          {shifts.map((shift) => (
            <li
              className={`newsroom-roster__mine-item${holdsNow(shift, now) ? ' newsroom-roster__mine-item--now' : ''}`}
              key={`${shift.day}|${shift.slot}`}
            >
              <strong>
                {t(`newsroom:roster_weekday${weekdayIndex(shift.day)}` as NewsroomKey)} {shortDate(shift.day)}
              </strong>
              <span>
                {shift.slot} · {shift.start}–{shift.end}
              </span>
              {holdsNow(shift, now) ? <span className="newsroom-roster__now">{t('newsroom:roster_onNow')}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
