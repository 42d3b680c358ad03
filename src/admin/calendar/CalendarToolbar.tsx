import { Button } from '@payloadcms/ui'
import Link from 'next/link'

import type { ServerTranslation } from '../dashboard/serverI18n'
import { type CalendarMode, type CalendarPeriod, type CalendarQuery, calendarSearch, stepAnchor } from './calendarRange'
import type { CalendarArea } from './loadCalendar'
import { dayLabel } from '../../time/vietnam'

/** Previous / today / next, week or month, and the area filter that doubles as the colour legend. */
export const CalendarToolbar = ({
  base,
  areas,
  period,
  query,
  today,
  tr,
}: {
  /** The view's own URL, admin route included. */
  base: string
  areas: CalendarArea[]
  period: CalendarPeriod
  query: CalendarQuery
  today: string
  tr: ServerTranslation
}) => {
  const href = (next: Partial<Omit<CalendarQuery, 'anchor'>> & { anchor?: string | null }) =>
    `${base}${calendarSearch({ mode: query.mode, anchor: query.anchor === today ? null : query.anchor, area: query.area, ...next })}`
  const showsToday = today >= period.from && today <= period.to
  const title =
    period.mode === 'week'
      ? tr.t('newsroom:weekTitle', { from: dayLabel(period.from, false), to: dayLabel(period.to) })
      : tr.t('newsroom:monthTitle', { month: period.from.slice(5, 7), year: period.from.slice(0, 4) })
  const modes: [CalendarMode, string][] = [
    ['week', tr.t('newsroom:viewWeek')],
    ['month', tr.t('newsroom:viewMonth')],
  ]

  return (
    <div className="newsroom-calendar__controls">
      <div className="newsroom-calendar__toolbar">
        <div className="newsroom-calendar__steps">
          <Button
            buttonStyle="secondary"
            el="link"
            margin={false}
            size="small"
            to={href({ anchor: stepAnchor(query, -1) })}
          >
            ‹ {tr.t('newsroom:previous')}
          </Button>
          <Button
            buttonStyle={showsToday ? 'primary' : 'secondary'}
            el="link"
            margin={false}
            size="small"
            to={href({ anchor: null })}
          >
            {tr.t('newsroom:today')}
          </Button>
          <Button
            buttonStyle="secondary"
            el="link"
            margin={false}
            size="small"
            to={href({ anchor: stepAnchor(query, 1) })}
          >
            {tr.t('newsroom:next')} ›
          </Button>
        </div>
        <h2 className="newsroom-calendar__period" data-period={`${period.from}/${period.to}`}>
          {title}
        </h2>
        <nav aria-label={tr.t('newsroom:viewMode')} className="newsroom-calendar__modes">
          {modes.map(([mode, label]) => (
            <Link
              aria-current={mode === query.mode ? 'page' : undefined}
              className={`newsroom-calendar__mode${mode === query.mode ? ' newsroom-calendar__mode--active' : ''}`}
              href={href({ mode })}
              key={mode}
              prefetch={false}
            >
              {label}
            </Link>
          ))}
        </nav>
      </div>
      <nav aria-label={tr.t('newsroom:areaFilter')} className="newsroom-calendar__areas">
        <Link
          aria-current={query.area === null ? 'true' : undefined}
          className={`newsroom-calendar__area${query.area === null ? ' newsroom-calendar__area--active' : ''}`}
          href={href({ area: null })}
          prefetch={false}
        >
          {tr.t('newsroom:allAreas')}
        </Link>
        {areas.map((area) => (
          <Link
            aria-current={query.area === area.id ? 'true' : undefined}
            className={`newsroom-calendar__area${query.area === area.id ? ' newsroom-calendar__area--active' : ''}`}
            data-area={area.id}
            href={href({ area: area.id })}
            key={area.id}
            prefetch={false}
            style={{ ['--area' as string]: area.colour }}
          >
            <span aria-hidden="true" className="newsroom-calendar__swatch" />
            {area.name}
          </Link>
        ))}
      </nav>
    </div>
  )
}
