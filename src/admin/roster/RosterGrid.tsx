'use client'
import type { RosterPerson } from '../../roster/people'
import { shortDate, weekdayIndex } from '../../time/vietnam'
import type { RosterWeek } from '../../roster/weekData'
import type { Id } from '../../workflow/roles'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import { holdsNow } from './dates'
import { RosterCell } from './RosterCell'

interface Props {
  week: RosterWeek
  me: Id
  now: number
  candidates?: readonly RosterPerson[]
  busyCell: string | null
  onChange?: (day: string, slot: string, members: Id[]) => void
}

/**
 * Days down, slots across: a row reads as one person's day, which is how the board plans it. On a
 * phone each day becomes a card of its slots, each cell naming its own slot (RosterView.scss).
 */
export const RosterGrid = ({ week, me, now, candidates, busyCell, onChange }: Props) => {
  const { t } = useNewsroomTranslation()
  const slotTimes = new Map(week.slots.map((slot) => [slot.name, `${slot.start}–${slot.end}`]))
  return (
    <div className="newsroom-roster__scroll">
      <table className="newsroom-roster__grid">
        <thead>
          <tr>
            <th scope="col">{t('newsroom:roster_day')}</th>
            {week.slots.map((slot) => (
              <th key={slot.name} scope="col">
                <span className="newsroom-roster__slot-name">{slot.name}</span>
                <span className="newsroom-roster__slot-time">
                  {slot.start}–{slot.end}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {week.days.map((day) => {
            const today = day === week.today
            return (
              <tr className={today ? 'newsroom-roster__row--today' : undefined} data-day={day} key={day}>
                <th scope="row">
                  <span className="newsroom-roster__weekday">
                    {t(`newsroom:roster_weekday${weekdayIndex(day)}` as NewsroomKey)}
                  </span>
                  <span className="newsroom-roster__date">{shortDate(day)}</span>
                  {today ? <span className="newsroom-roster__today">{t('newsroom:roster_today')}</span> : null}
                </th>
                {week.cells
                  .filter((cell) => cell.day === day)
                  .map((cell) => (
                    <RosterCell
                      slotTime={slotTimes.get(cell.slot) ?? ''}
                      busy={busyCell !== null}
                      candidates={candidates}
                      cell={cell}
                      key={cell.slot}
                      me={me}
                      onChange={onChange ? (members) => onChange(cell.day, cell.slot, members) : undefined}
                      onNow={holdsNow(cell, now)}
                      past={Date.parse(cell.endsAt) <= now}
                    />
                  ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
