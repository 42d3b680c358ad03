import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../workflow/roles'
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
}

/**
 * Tells users something: one in-app notification each, written with `req` so it commits or rolls
 * back with the change that caused it. Email goes out later from these rows (the outbox), unless the
 * user muted this kind.
 */
export const notify = async (payload: Payload, userIds: readonly Id[], notice: Notice, req?: PayloadRequest) => {
  const unique = [...new Map(userIds.map((id) => [String(id), id])).values()]
  if (unique.length === 0) return
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  for (const user of users.docs) {
    const muted = ((user as { emailMuted?: string[] | null }).emailMuted ?? []).includes(notice.kind)
    await payload.create({
      collection: 'notifications',
      data: { user: user.id, ...notice, emailState: muted ? 'muted' : 'pending' } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}
