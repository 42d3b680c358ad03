import type { PageFigures } from '../../network/types'
import { dayLabel } from '../../time/vietnam'
import { formatDuration } from '../dashboard/duration'
import type { Language } from '../i18n'
import { NETWORK_LABELS, type NetworkLabel } from './labels'

type Say = (label: NetworkLabel) => string

const seconds = (value: number | null, language: Language, say: Say) =>
  value === null ? say('noAnswers') : formatDuration(value * 1000, language)

const Figure = ({ label, value, warn }: { label: string; value: string | number; warn?: boolean }) => (
  <div className={`network-figure${warn ? ' network-figure--warn' : ''}`}>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
)

/** One page's column of the district view: figures only, with its flags on top. */
export const PageCard = ({ figures, language, today }: { figures: PageFigures; language: Language; today: string }) => {
  const say: Say = (label) => NETWORK_LABELS[label][language]
  const { page, inbox, responseTimes, stories, channels, calendar, alerts } = figures
  const flagged = alerts.length > 0
  const busiest = Math.max(1, ...calendar.map((day) => day.scheduled + day.published + day.failed))
  return (
    <section
      className={`network-page${flagged ? ' network-page--flagged' : ''}`}
      data-flagged={flagged ? 'true' : 'false'}
      data-page-slug={page.slug}
      id={`trang-${String(page.id)}`}
    >
      <header className="network-page__header">
        <h2>{page.name}</h2>
        <span className="network-page__level">{say(page.level === 'district' ? 'district' : 'grassroots')}</span>
      </header>
      <ul className="network-page__flags" aria-live="polite">
        {alerts.includes('channel_reconnect') ? (
          <li className="network-flag" data-alert="channel_reconnect">
            ⚠ {say('flagReconnect')}
          </li>
        ) : null}
        {alerts.includes('inbox_overdue') ? (
          <li className="network-flag" data-alert="inbox_overdue">
            ⚠ {say('flagOverdue')}: {inbox.overdue}
          </li>
        ) : null}
        {flagged ? null : <li className="network-flag network-flag--fine">{say('fine')}</li>}
      </ul>

      <h3>{say('inbox')}</h3>
      <dl className="network-page__figures">
        <Figure label={say('open')} value={inbox.open} />
        <Figure label={say('overdue')} value={inbox.overdue} warn={inbox.overdue > 0} />
      </dl>

      <h3>{say('responses')}</h3>
      <dl className="network-page__figures">
        <Figure label={say('median')} value={seconds(responseTimes.medianSeconds, language, say)} />
        <Figure label={say('p90')} value={seconds(responseTimes.p90Seconds, language, say)} />
        <Figure label={say('answered')} value={responseTimes.answered} />
      </dl>

      <h3>{say('stories')}</h3>
      <dl className="network-page__figures">
        <Figure label={say('submitted')} value={stories.submitted} />
        <Figure label={say('approved')} value={stories.approved} />
        <Figure label={say('published')} value={stories.published} />
        <Figure label={say('rebuttals')} value={`${stories.rebuttalsSubmitted}/${stories.rebuttalsPublished}`} />
      </dl>

      <h3>{say('calendar')}</h3>
      <ol className="network-calendar">
        {calendar.map((day) => {
          const total = day.scheduled + day.published + day.failed
          const title = `${dayLabel(day.day)}: ${day.published} ${say('calendarPublished')}, ${day.scheduled} ${say('calendarScheduled')}, ${day.failed} ${say('calendarFailed')}`
          return (
            <li
              className={`network-calendar__day${day.day === today ? ' network-calendar__day--today' : ''}`}
              key={day.day}
              title={title}
              aria-label={title}
            >
              <span className="network-calendar__bar" style={{ height: `${(total / busiest) * 3}rem` }}>
                <span className="network-calendar__failed" style={{ flexGrow: day.failed }} />
                <span className="network-calendar__scheduled" style={{ flexGrow: day.scheduled }} />
                <span className="network-calendar__published" style={{ flexGrow: day.published }} />
              </span>
              <span className="network-calendar__count">{total || ''}</span>
              <span className="network-calendar__date">{day.day.slice(8, 10)}</span>
            </li>
          )
        })}
      </ol>

      <h3>{say('channels')}</h3>
      {channels.length === 0 ? (
        <p className="network-page__empty">{say('noChannels')}</p>
      ) : (
        <ul className="network-page__channels">
          {channels.map((channel) => {
            const state = !channel.enabled ? 'off' : channel.needsReconnect ? 'reconnect' : 'ok'
            return (
              <li key={String(channel.id)} data-channel-state={state}>
                <span>{channel.name}</span>
                <span className={`network-channel network-channel--${state}`}>
                  {say(state === 'off' ? 'channelOff' : state === 'reconnect' ? 'channelReconnect' : 'channelOk')}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
