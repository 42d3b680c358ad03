import type { Payload, PayloadRequest } from 'payload'

import { insertRows } from '../db/insertRows'
import { inTransaction } from '../db/transaction'
import { defaultPageId } from '../fanpages/defaultPage'
import type { Id } from '../workflow/roles'
import type { NoticeAttachment } from './attachments'
import type { NotificationKind } from './kinds'
import type { NoticeLink } from './links'

export interface Notice {
  kind: NotificationKind
  /** Vietnamese, shown in the bell and used as the email subject. */
  title: string
  body?: string
  /** Admin path to open, e.g. /admin/collections/stories/12 */
  link?: string
  /** Further places to look, outside the admin: a published post on the local feed or on Facebook. */
  links?: NoticeLink[]
  /** Files sent with the email (never shown in the admin: they are read from storage when the mail goes). */
  attachments?: NoticeAttachment[]
  /**
   * The page the notice is about (the story's, the inbox item's): notifications belong to it. Without
   * one (installation-wide notices), the district page (`hooks/pages/setPage.ts`).
   */
  page?: Id | null
}

/**
 * Tells users something: one in-app notification each, written with `req` so it commits or rolls
 * back with the change that caused it (in a transaction of their own without one). Email goes out
 * later from these rows (the outbox), unless the user muted this kind.
 */
export const notify = (payload: Payload, userIds: readonly Id[], notice: Notice, req?: PayloadRequest) =>
  notifyEach(payload, [{ userIds, notice }], req)

const unique = (ids: readonly Id[]) => [...new Map(ids.map((id) => [String(id), id])).values()]

/** Several notices at once (say, one to each author of a round of stories): their users read once. */
export const notifyEach = async (
  payload: Payload,
  notices: readonly { userIds: readonly Id[]; notice: Notice }[],
  req?: PayloadRequest,
) => {
  const everyone = unique(notices.flatMap(({ userIds }) => userIds))
  if (everyone.length === 0) return
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: everyone } },
    select: { emailMuted: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const byId = new Map(users.docs.map((user) => [String(user.id), user as { id: Id; emailMuted?: string[] | null }]))
  const rows = notices.flatMap(({ userIds, notice }) =>
    unique(userIds).flatMap((id) => {
      const user = byId.get(String(id))
      if (!user) return []
      const muted = (user.emailMuted ?? []).includes(notice.kind)
      return [{ ...notice, user: user.id, emailState: muted ? 'muted' : 'pending', emailAttempts: 0 }]
    }),
  )
  if (rows.length === 0) return
  await inTransaction(
    payload,
    async (tx) => {
      const district = rows.some((row) => row.page == null) ? await defaultPageId(tx) : null
      await insertRows(
        payload,
        'notifications',
        rows.map((row) => ({ ...row, page: row.page ?? district })),
        tx,
      )
    },
    req,
  )
}
