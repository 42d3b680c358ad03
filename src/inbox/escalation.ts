import type { Payload, PayloadRequest } from 'payload'

import { compareAndSet } from '../db/compareAndSet'
import { inTransaction } from '../db/transaction'
import { notify } from '../notifications/notify'
import { boardMembers } from '../notifications/recipients'
import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import { excerpt, inboxLink } from './links'

/** States an item can be escalated from: nobody has answered it yet. */
export const ESCALATABLE_STATES = ['new', 'assigned'] as const

export interface EscalatableItem {
  id: Id
  kind: string
  text?: string | null
  state: string
  from?: { name?: string | null } | null
  page?: unknown
}

/**
 * Moves one item to the board of its page and tells each of them (never another page's board), in
 * one transaction. Conditional on the
 * state read, so an escalation racing a reply (or a second escalation) changes nothing.
 */
export const escalateItem = async (
  payload: Payload,
  item: EscalatableItem,
  options: { now: Date; reason: 'overdue' | 'manual'; req?: PayloadRequest },
): Promise<boolean> =>
  inTransaction(
    payload,
    async (req) => {
      if (!(ESCALATABLE_STATES as readonly string[]).includes(item.state)) return false
      const won = await compareAndSet(
        payload,
        {
          collection: 'inbox',
          id: item.id,
          expect: { state: item.state },
          set: { state: 'escalated', escalatedAt: options.now },
        },
        req,
      )
      if (!won) return false
      const page = relationId(item.page as never)
      const what = item.kind === 'comment' ? 'Bình luận' : 'Tin nhắn'
      const who = item.from?.name ? ` của ${item.from.name}` : ''
      await notify(
        payload,
        page === null ? [] : await boardMembers(payload, page, req),
        {
          kind: options.reason === 'overdue' ? 'inbox_overdue' : 'inbox_assigned',
          title:
            options.reason === 'overdue'
              ? `${what}${who} quá hạn trả lời, chuyển Ban Biên tập`
              : `${what}${who} được chuyển Ban Biên tập xử lý`,
          body: excerpt(item.text ?? ''),
          link: inboxLink(item.id),
          page,
        },
        req,
      )
      return true
    },
    options.req,
  )

/** Escalates every unanswered item whose reply deadline has passed; returns how many moved. */
export const escalateOverdue = async (payload: Payload, now: Date): Promise<number> => {
  const overdue = await payload.find({
    collection: 'inbox',
    where: { and: [{ state: { in: [...ESCALATABLE_STATES] } }, { dueAt: { less_than: now.toISOString() } }] },
    sort: 'dueAt',
    depth: 0,
    limit: 100,
  })
  let moved = 0
  for (const item of overdue.docs as unknown as EscalatableItem[]) {
    if (await escalateItem(payload, item, { now, reason: 'overdue' })) moved += 1
  }
  return moved
}
