import Link from 'next/link'

import { PUBLICATION_STATE_LABELS } from '../../publishing/states'
import type { ServerTranslation } from '../dashboard/serverI18n'
import { PublicationStateBadge } from '../publications/PublicationStateBadge'
import type { CalendarPeriod } from './calendarRange'
import { WEEKDAYS, WEEKDAYS_SHORT } from './labels'
import type { CalendarArea, CalendarEntry } from './loadCalendar'
import { dayLabel, vnClock, weekdayIndex } from '../../time/vietnam'

interface GridProps {
  adminRoute: string
  areas: CalendarArea[]
  entries: CalendarEntry[]
  period: CalendarPeriod
  today: string
  tr: ServerTranslation
}

const Entry = ({
  entry,
  colour,
  compact,
  adminRoute,
  tr,
}: {
  entry: CalendarEntry
  colour: string | undefined
  compact: boolean
  adminRoute: string
  tr: ServerTranslation
}) => {
  const content = (
    <>
      <span className="newsroom-cal-entry__time">{vnClock(entry.at)}</span>
      <span className="newsroom-cal-entry__title">{entry.title}</span>
      {compact ? null : (
        <span className="newsroom-cal-entry__meta">
          <span className="newsroom-cal-entry__channel">{entry.channel}</span>
          <PublicationStateBadge state={entry.state} />
        </span>
      )}
    </>
  )
  const props = {
    className: `newsroom-cal-entry newsroom-cal-entry--${entry.state}${compact ? ' newsroom-cal-entry--compact' : ''}`,
    'data-publication': entry.id,
    'data-state': entry.state,
    style: { ['--area' as string]: colour ?? 'var(--theme-elevation-400)' },
    title: `${vnClock(entry.at)} · ${entry.title} · ${entry.channel} · ${tr.pick(PUBLICATION_STATE_LABELS[entry.state])}`,
  }
  return entry.storyId ? (
    <Link {...props} href={`${adminRoute}/collections/stories/${entry.storyId}`} prefetch={false}>
      {content}
    </Link>
  ) : (
    <span {...props}>{content}</span>
  )
}

/** Week: seven columns with every detail. Month: whole weeks, entries compact, other months dimmed. */
export const CalendarGrid = ({ adminRoute, areas, entries, period, today, tr }: GridProps) => {
  const colours = new Map(areas.map((area) => [area.id, area.colour]))
  const byDay = new Map<string, CalendarEntry[]>()
  for (const entry of [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry])
  }
  const compact = period.mode === 'month'
  const names = compact ? WEEKDAYS_SHORT[tr.language] : WEEKDAYS[tr.language]

  return (
    <div className={`newsroom-cal newsroom-cal--${period.mode}`} data-entries={entries.length}>
      {names.map((name) => (
        <div className="newsroom-cal__weekday" key={name}>
          {name}
        </div>
      ))}
      {period.days.map((day) => {
        const dayEntries = byDay.get(day) ?? []
        const outside = day < period.from || day > period.to
        const classes = [
          'newsroom-cal__day',
          day === today ? 'newsroom-cal__day--today' : '',
          outside ? 'newsroom-cal__day--outside' : '',
          day < today ? 'newsroom-cal__day--past' : '',
        ]
        return (
          <section aria-label={dayLabel(day)} className={classes.filter(Boolean).join(' ')} data-day={day} key={day}>
            <div className="newsroom-cal__date">
              <span>
                {compact ? null : (
                  <span className="newsroom-cal__dow">{WEEKDAYS[tr.language][weekdayIndex(day)]} </span>
                )}
                {compact ? Number(day.slice(8)) : dayLabel(day, false)}
              </span>
              {day === today ? <span className="newsroom-cal__today">{tr.t('newsroom:today')}</span> : null}
            </div>
            <div className="newsroom-cal__entries">
              {dayEntries.map((entry) => (
                <Entry
                  adminRoute={adminRoute}
                  colour={entry.areaId ? colours.get(entry.areaId) : undefined}
                  compact={compact}
                  entry={entry}
                  key={entry.id}
                  tr={tr}
                />
              ))}
              {!compact && dayEntries.length === 0 ? <span className="newsroom-cal__empty">—</span> : null}
            </div>
          </section>
        )
      })}
      {entries.length === 0 ? <p className="newsroom-cal__none">{tr.t('newsroom:calendarEmpty')}</p> : null}
    </div>
  )
}
