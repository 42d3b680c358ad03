import type { Where } from 'payload'

import { addDays, dayStart } from '../../../time/vietnam'
import type { Actor } from '../../../workflow/roles'
import { inPagesWithRole } from '../../queues/pageScope'
import {
  CHANNEL_COLUMNS,
  INBOX_COLUMNS,
  PUBLICATION_COLUMNS,
  STORY_COLUMNS,
  type ChannelRow,
  type InboxRow,
  type PublicationRow,
  type StoryRow,
  type Viewer,
  findAs,
} from './rows'

/**
 * What must interrupt the board: posts that failed or may not have gone out, and channels whose
 * token Facebook rejected (error 190), after which every post on them fails — of the pages where the
 * user is on the board (every page for admins).
 */
export const loadAlerts = async (viewer: Viewer, actor: Actor) => {
  const board = (where: Where) => inPagesWithRole(actor, ['board'], where)
  const [problems, channels] = await Promise.all([
    findAs<PublicationRow>(viewer, 'publications', {
      where: board({ state: { in: ['failed', 'unconfirmed'] } }),
      sort: '-scheduledFor',
      limit: 20,
      depth: 1,
      select: PUBLICATION_COLUMNS,
    }),
    findAs<ChannelRow>(viewer, 'channels', {
      where: board({ needsReconnect: { equals: true } }),
      sort: 'name',
      limit: 20,
      select: CHANNEL_COLUMNS,
    }),
  ])
  return { problems, channels }
}

/**
 * The board's desk, over the pages where the user is on the board: urgent rebuttals, then the rest of
 * the approvals, today's posts, overdue inbox.
 */
export const loadBoardDesk = async (viewer: Viewer, actor: Actor, now: Date, today: string) => {
  const board = (where: Where) => inPagesWithRole(actor, ['board'], where)
  const [awaiting, todays, overdue] = await Promise.all([
    findAs<StoryRow>(viewer, 'stories', {
      where: board({ stage: { equals: 'awaiting_approval' } }),
      sort: 'stageChangedAt',
      limit: 50,
      depth: 1,
      select: STORY_COLUMNS,
    }),
    findAs<PublicationRow>(viewer, 'publications', {
      where: board({
        and: [
          { scheduledFor: { greater_than_equal: dayStart(today).toISOString() } },
          { scheduledFor: { less_than: dayStart(addDays(today, 1)).toISOString() } },
          { state: { not_equals: 'cancelled' } },
        ],
      }),
      sort: 'scheduledFor',
      limit: 50,
      depth: 1,
      select: PUBLICATION_COLUMNS,
    }),
    findAs<InboxRow>(viewer, 'inbox', {
      where: board({
        or: [
          { state: { equals: 'escalated' } },
          { and: [{ dueAt: { less_than: now.toISOString() } }, { state: { in: ['new', 'assigned'] } }] },
        ],
      }),
      sort: 'dueAt',
      limit: 20,
      depth: 1,
      select: INBOX_COLUMNS,
    }),
  ])
  const urgent = awaiting.docs
    .filter((story) => story.urgent)
    .sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? ''))
  const approvals = { docs: awaiting.docs.filter((story) => !story.urgent), totalDocs: awaiting.totalDocs - urgent.length }
  return { urgent, approvals, todays, overdue }
}
