import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../auth/actor'
import { newsroomFieldError } from '../i18n/errors'
import { notify } from '../notifications/notify'
import { pageMembersWithRole } from '../notifications/recipients'
import { sameId } from '../workflow/roles'
import { excerpt, inboxLink } from './links'

const assigneeChanged = (before: unknown, after: unknown) => {
  const next = relationId(after as never)
  return next !== null && !sameId(next, relationId(before as never))
}

/**
 * An item is answered by its own page's team: handing it to someone who is neither on duty nor on the
 * board in that page is refused (400 `assignee_other_page`), whoever asks.
 */
export const refuseAssigneeOutsidePage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!assigneeChanged(originalDoc?.assignee, data.assignee)) return data
  const page = relationId((data.page ?? originalDoc?.page) as never)
  const assignee = relationId(data.assignee as never)!
  const inTeam =
    page !== null &&
    ((await pageMembersWithRole(req.payload, page, 'duty', req, [assignee])).length > 0 ||
      (await pageMembersWithRole(req.payload, page, 'board', req, [assignee])).length > 0)
  if (!inTeam) throw newsroomFieldError(req, 'assignee_other_page', 'assignee')
  return data
}

/** The board hands an unassigned item to someone in the admin: it is then assigned, not new. */
export const markAssignedOnHandover: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'update' && originalDoc?.state === 'new' && assigneeChanged(originalDoc?.assignee, data.assignee)) {
    return { ...data, state: data.state && data.state !== 'new' ? data.state : 'assigned' }
  }
  return data
}

/** Whoever the board hands an item to hears about it, as they would at arrival. */
export const notifyNewAssignee: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || !assigneeChanged(previousDoc?.assignee, doc.assignee)) return doc
  await notify(
    req.payload,
    [relationId(doc.assignee)!],
    {
      kind: 'inbox_assigned',
      title: doc.kind === 'comment' ? 'Bạn được giao trả lời một bình luận' : 'Bạn được giao trả lời một tin nhắn',
      body: excerpt(doc.text ?? ''),
      link: inboxLink(doc.id),
      page: relationId(doc.page),
    },
    req,
  )
  return doc
}
