import type { Payload } from 'payload'

import { relationId, toActor } from '../auth/actor'
import type { NotificationKind } from '../notifications/kinds'
import { notify } from '../notifications/notify'
import { rolesInPage } from '../fanpages/membership'
import { localDay } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import type { NetworkAlert } from './types'
import { OPEN_INBOX_STATES } from './windows'

export const ALERT_KINDS: Record<NetworkAlert, NotificationKind> = {
  channel_reconnect: 'network_channel_reconnect',
  inbox_overdue: 'network_inbox_overdue',
}

/** Where the alert sends the board: the page's column of the district view. The day makes it once a day. */
export const alertLink = (page: Id, day: string) => `/admin/network?ngay=${day}#trang-${String(page)}`

const pagesOf = (docs: { page?: unknown }[]) =>
  new Set(
    docs
      .map((doc) => relationId(doc.page as never))
      .filter((page): page is Id => page !== null)
      .map(String),
  )

/** Grassroots pages with an enabled channel to reconnect, and with an open inbox item past its reply time. */
export const pagesInTrouble = async (payload: Payload, now: Date): Promise<Record<NetworkAlert, Set<string>>> => {
  const [channels, overdue] = await Promise.all([
    payload.find({
      collection: 'channels',
      where: { and: [{ needsReconnect: { equals: true } }, { enabled: { equals: true } }] },
      select: { page: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'inbox',
      where: { and: [{ state: { in: [...OPEN_INBOX_STATES] } }, { dueAt: { less_than: now.toISOString() } }] },
      select: { page: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  return { channel_reconnect: pagesOf(channels.docs), inbox_overdue: pagesOf(overdue.docs) }
}

const noticeText = (alert: NetworkAlert, pageName: string) =>
  alert === 'channel_reconnect'
    ? {
        title: `Trang “${pageName}” có kênh cần kết nối lại`,
        body: 'Mã truy cập Facebook của kênh đã hết hạn hoặc bị thu hồi: bài của trang sẽ không đăng được đến khi kết nối lại.',
      }
    : {
        title: `Trang “${pageName}” có bình luận/tin nhắn quá hạn trả lời`,
        body: 'Hộp thư trực trang của trang cơ sở có mục đã quá hạn mà chưa được trả lời.',
      }

/** The board members of a page (its own board, not admins). */
const boardOf = async (payload: Payload, page: Id): Promise<Id[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { 'memberships.page': { equals: page } },
    select: { roles: true, memberships: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((user) => {
      const actor = toActor(user as never)
      return actor !== null && rolesInPage({ ...actor, roles: [] }, page).includes('board')
    })
    .map((user) => user.id as Id)
}

/**
 * Tells the board of each district page when a grassroots page under it has a channel to reconnect or
 * an overdue inbox: one notification per page, per condition, per local day (the day is in the
 * notice's link, so a second run that day finds it and writes nothing). Run by the inbox loop's tick.
 * Returns how many alerts were raised.
 */
export const raiseNetworkAlerts = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const trouble = await pagesInTrouble(payload, now)
  const troubled = [...new Set([...trouble.channel_reconnect, ...trouble.inbox_overdue])]
  if (troubled.length === 0) return 0
  const { docs: pages } = await payload.find({
    collection: 'pages',
    where: { and: [{ id: { in: troubled } }, { level: { equals: 'grassroots' } }, { parent: { exists: true } }] },
    select: { name: true, parent: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const day = localDay(now)
  const boards = new Map<string, Id[]>()
  let raised = 0
  for (const page of pages) {
    const district = relationId(page.parent as never)
    if (district === null) continue
    for (const alert of Object.keys(ALERT_KINDS) as NetworkAlert[]) {
      if (!trouble[alert].has(String(page.id))) continue
      const link = alertLink(page.id as Id, day)
      const already = await payload.count({
        collection: 'notifications',
        where: { and: [{ kind: { equals: ALERT_KINDS[alert] } }, { link: { equals: link } }] },
        overrideAccess: true,
      })
      if (already.totalDocs > 0) continue
      const board = boards.get(String(district)) ?? (await boardOf(payload, district))
      boards.set(String(district), board)
      if (board.length === 0) continue
      await notify(payload, board, {
        kind: ALERT_KINDS[alert],
        ...noticeText(alert, String(page.name)),
        link,
        page: district,
      })
      raised += 1
    }
  }
  return raised
}
