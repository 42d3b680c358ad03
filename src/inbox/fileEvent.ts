import type { Payload } from 'payload'

import { compareAndSet } from '../db/compareAndSet'
import { inTransaction } from '../db/transaction'
import { notify } from '../notifications/notify'
import { inboxDraftFrom, type StoredEventPayload } from '../webhooks/events'
import type { Id } from '../workflow/roles'
import { resolveAssignee } from './duty'
import { excerpt, inboxLink, publicationOfPost } from './links'

export interface StoredEventRow {
  id: Id
  payload: StoredEventPayload
  receivedAt: string
}

export type FileOutcome = 'filed' | 'ignored' | 'already_filed' | 'taken'

const MINUTE_MS = 60_000

/**
 * Files one stored event in the inbox. Marking the event processed, the item, the turn taken on the
 * shift and the assignee's notification are one transaction, conditional on the event not being
 * processed yet: any number of loops (or processes) can run this on the same event and it is filed once.
 */
export const fileEvent = async (
  payload: Payload,
  row: StoredEventRow,
  options: { now: Date; responseTargetMinutes: number },
): Promise<FileOutcome> =>
  inTransaction(payload, async (req) => {
    const won = await compareAndSet(
      payload,
      {
        collection: 'webhook-events',
        id: row.id,
        expect: { processedAt: null },
        set: { processedAt: options.now, error: null },
      },
      req,
    )
    if (!won) return 'taken'
    const draft = inboxDraftFrom(row.payload)
    if (!draft) return 'ignored'
    const existing = await payload.count({
      collection: 'inbox',
      where: { externalId: { equals: draft.externalId } },
      req,
    })
    if (existing.totalDocs > 0) return 'already_filed'

    // Duty and the deadline run from arrival; receivedAt keeps Meta's time (capped at arrival), which
    // is what the Messenger window is measured from.
    const arrivedAt = new Date(row.receivedAt)
    const writtenAt = draft.sentAt && draft.sentAt.getTime() < arrivedAt.getTime() ? draft.sentAt : arrivedAt
    const assignee = await resolveAssignee(payload, arrivedAt, req)
    const publication =
      draft.kind === 'comment' ? await publicationOfPost(payload, draft.pageId, draft.postId, req) : null

    const item = await payload.create({
      collection: 'inbox',
      data: {
        kind: draft.kind,
        text: draft.text,
        from: { senderId: draft.from.id, name: draft.from.name },
        externalId: draft.externalId,
        facebookPageId: draft.pageId,
        postId: draft.postId,
        parentId: draft.parentId,
        receivedAt: writtenAt.toISOString(),
        assignee,
        state: assignee === null ? 'new' : 'assigned',
        dueAt: new Date(arrivedAt.getTime() + options.responseTargetMinutes * MINUTE_MS).toISOString(),
        story: publication?.storyId ?? null,
      } as never,
      depth: 0,
      req,
    })
    if (assignee !== null) {
      const who = draft.from.name ? ` của ${draft.from.name}` : ''
      await notify(
        payload,
        [assignee],
        {
          kind: 'inbox_assigned',
          title: draft.kind === 'comment' ? `Bình luận mới${who} cần trả lời` : `Tin nhắn mới${who} cần trả lời`,
          body: excerpt(draft.text),
          link: inboxLink(item.id),
        },
        req,
      )
    }
    return 'filed'
  })
