import { dayLabel, vnClock, vnDay } from '../../../time/vietnam'
import { Clock } from '../Clock'
import { type DashboardContext, loadSafely } from '../context'
import { loadMyInbox, loadMyShifts } from '../data/duty'
import type { ShiftRow } from '../data/rows'
import { FailedPanel, Panel, Rows } from '../Panel'
import type { ServerTranslation } from '../serverI18n'
import { InboxItemRow } from './inboxRow'

const ShiftLine = ({
  shift,
  current,
  today,
  tr,
}: {
  shift: ShiftRow
  current: boolean
  today: string
  tr: ServerTranslation
}) => {
  const day = vnDay(shift.startsAt) ?? shift.day
  return (
    <div
      className={`newsroom-shift${current ? ' newsroom-shift--current' : ''}`}
      data-shift={current ? 'current' : 'next'}
    >
      <span className="newsroom-shift__label">{current ? tr.t('newsroom:onDutyNow') : tr.t('newsroom:nextShift')}</span>
      <strong>
        {shift.slot} · {day === today ? tr.t('newsroom:todayLower') : dayLabel(day)} · {vnClock(shift.startsAt)}–
        {vnClock(shift.endsAt)}
      </strong>
      <Clock at={current ? shift.endsAt : shift.startsAt} kind={current ? 'endsIn' : 'startsIn'} />
    </div>
  )
}

/** The duty member's shift (now or next) and the comments and messages waiting for their answer. */
export const DutySection = async ({ ctx }: { ctx: DashboardContext }) => {
  const { tr, links, actor, now, today, adminRoute } = ctx
  const loaded = await loadSafely(ctx, 'duty', () =>
    Promise.all([loadMyShifts(ctx.viewer, actor.id, now), loadMyInbox(ctx.viewer, actor.id)]),
  )
  if (!loaded)
    return <FailedPanel id="duty" message={tr.t('newsroom:sectionFailed')} title={tr.t('newsroom:myShiftTitle')} />
  const [{ current, next }, inbox] = loaded
  return (
    <div className="newsroom-dashboard__grid newsroom-dashboard__grid--duty">
      <Panel
        id="my-shift"
        more={{ href: `${adminRoute}/lich-truc`, label: tr.t('newsroom:openRoster') }}
        title={tr.t('newsroom:myShiftTitle')}
      >
        <div className="newsroom-shifts">
          {current ? <ShiftLine current shift={current} today={today} tr={tr} /> : null}
          {next ? <ShiftLine current={false} shift={next} today={today} tr={tr} /> : null}
          {!current && !next ? <p className="newsroom-panel__empty">{tr.t('newsroom:noShift')}</p> : null}
        </div>
      </Panel>
      <Panel
        count={inbox.totalDocs}
        empty={tr.t('newsroom:noInboxForMe')}
        id="my-inbox"
        more={{
          href: links.list('inbox', { assignee: { equals: actor.id } }, 'dueAt'),
          label: tr.t('newsroom:openInbox'),
        }}
        title={tr.t('newsroom:myInboxTitle')}
      >
        {inbox.docs.length > 0 ? (
          <Rows>
            {inbox.docs.map((item) => (
              <InboxItemRow item={item} key={String(item.id)} links={links} tr={tr} />
            ))}
          </Rows>
        ) : null}
      </Panel>
    </div>
  )
}
