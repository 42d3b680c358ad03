import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Id } from '../../workflow/roles'
import { median } from './breakdowns'
import { instantsOf } from './postFigures'
import type { InsightsQuery, PageScope } from './query'
import { idList, idOf, isoOf, sqlRows, usesSql } from './sqlRows'

/** One duty member's inbox in the period: how much came in and how fast it was answered. */
export interface DutyFigures {
  assigneeId: Id | null
  name: string
  items: number
  replied: number
  /** Minutes from arrival to the first reply, over the items answered. */
  medianResponseMinutes: number | null
}

export interface InboxFigures {
  items: number
  comments: number
  messages: number
  replied: number
  medianResponseMinutes: number | null
  byMember: DutyFigures[]
}

interface ItemRow {
  assigneeId: Id | null
  name: string | null
  kind: string
  receivedAt: string
  firstReplyAt: string | null
}

/** One row per item, its first reply found by the database (the replies are an array table). */
const itemsSql = async (payload: Payload, start: string, end: string, pages: PageScope): Promise<ItemRow[]> => {
  const rows = await sqlRows(
    payload,
    sql`SELECT i.id, i.assignee_id, u.name, i.kind, MIN(i.received_at) AS received_at, MIN(r.at) AS first_reply
        FROM inbox i
        LEFT JOIN inbox_replies r ON r._parent_id = i.id
        LEFT JOIN users u ON u.id = i.assignee_id
        WHERE i.received_at >= ${start} AND i.received_at < ${end}
          ${pages ? sql`AND i.page_id IN (${idList(pages)})` : sql``}
        GROUP BY i.id, i.assignee_id, u.name, i.kind`,
  )
  return rows.map((row) => ({
    assigneeId: idOf(row.assignee_id),
    name: (row.name as string | null) ?? null,
    kind: String(row.kind),
    receivedAt: isoOf(row.received_at)!,
    firstReplyAt: isoOf(row.first_reply),
  }))
}

const itemsLocal = async (payload: Payload, start: string, end: string, pages: PageScope): Promise<ItemRow[]> => {
  const found = await payload.find({
    collection: 'inbox',
    where: {
      and: [
        { receivedAt: { greater_than_equal: start } },
        { receivedAt: { less_than: end } },
        ...(pages ? [{ page: { in: [...pages] } }] : []),
      ],
    },
    select: { assignee: true, kind: true, receivedAt: true, replies: true },
    populate: { users: { name: true } } as never,
    depth: 1,
    limit: 0,
    pagination: false,
  })
  return (found.docs as unknown as Record<string, any>[]).map((doc) => {
    const replies = ((doc.replies ?? []) as { at: string }[]).map((reply) => reply.at).sort()
    return {
      assigneeId: doc.assignee && typeof doc.assignee === 'object' ? doc.assignee.id : (doc.assignee ?? null),
      name: doc.assignee && typeof doc.assignee === 'object' ? (doc.assignee.name ?? null) : null,
      kind: doc.kind,
      receivedAt: doc.receivedAt,
      firstReplyAt: replies[0] ?? null,
    }
  })
}

const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000))

const summarise = (items: readonly ItemRow[]) => {
  const answered = items.filter((item) => item.firstReplyAt !== null)
  return {
    items: items.length,
    replied: answered.length,
    medianResponseMinutes:
      answered.length === 0
        ? null
        : median(answered.map((item) => minutesBetween(item.receivedAt, item.firstReplyAt!))),
  }
}

/** The inbox's volume and response times in the period, overall and by the member each item was assigned to. */
export const loadInboxFigures = async (
  payload: Payload,
  query: Pick<InsightsQuery, 'from' | 'to'>,
  pages: PageScope,
): Promise<InboxFigures> => {
  const { start, end } = instantsOf(query)
  const items = usesSql(payload)
    ? await itemsSql(payload, start, end, pages)
    : await itemsLocal(payload, start, end, pages)
  const members = new Map<string, ItemRow[]>()
  for (const item of items) {
    const key = item.assigneeId === null ? '' : String(item.assigneeId)
    members.set(key, [...(members.get(key) ?? []), item])
  }
  return {
    ...summarise(items),
    comments: items.filter((item) => item.kind === 'comment').length,
    messages: items.filter((item) => item.kind === 'message').length,
    byMember: [...members.values()]
      .map((own) => ({
        assigneeId: own[0]!.assigneeId,
        name: own[0]!.name ?? (own[0]!.assigneeId === null ? 'Chưa giao' : String(own[0]!.assigneeId)),
        ...summarise(own),
      }))
      .sort((a, b) => b.items - a.items),
  }
}
