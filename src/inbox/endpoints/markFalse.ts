import type { PayloadRequest } from 'payload'

import { relationId } from '../../auth/actor'
import { compareAndSet } from '../../db/compareAndSet'
import { inTransaction } from '../../db/transaction'
import { commentPermalink, excerpt, postPermalinkOf } from '../links'
import { actionDone, type InboxDoc, itemAction, refuse } from './shared'

class AlreadyMarked extends Error {}

const falseClaimLink = async (req: PayloadRequest, item: InboxDoc) => {
  // A Messenger conversation has no public address.
  if (item.kind !== 'comment') return null
  const postPermalink = await postPermalinkOf(req.payload, item)
  return commentPermalink({ postPermalink, postId: item.postId ?? null, commentId: item.externalId })
}

/**
 * `POST /api/inbox/:id/mark-false`: the item spreads false information, so it becomes the claim of a
 * rebuttal draft written by the acting user. The story and the link to it are one transaction,
 * conditional on the item having no rebuttal yet: two clicks make one story.
 */
export const markFalseEndpoint = itemAction('mark-false', async (req, { item }) => {
  if (relationId(item.rebuttal as never) !== null) return refuse(req, 'already_marked_false', 409)
  const text = item.text ?? ''
  const link = await falseClaimLink(req, item)

  let story: { id: string | number; title: string; format: string; stage: string }
  try {
    story = await inTransaction(
      req.payload,
      async (tx) => {
        const created = await req.payload.create({
          collection: 'stories',
          data: {
            title: `Phản bác tin sai: ${excerpt(text, 80) || (item.kind === 'comment' ? 'bình luận' : 'tin nhắn')}`,
            format: 'rebuttal',
            falseClaim: { text, link },
          } as never,
          overrideAccess: true,
          depth: 0,
          req: tx,
        })
        const linked = await compareAndSet(
          req.payload,
          { collection: 'inbox', id: item.id, expect: { rebuttal: null }, set: { rebuttal: created.id } },
          tx,
        )
        if (!linked) throw new AlreadyMarked()
        return created as unknown as typeof story
      },
      req,
    )
  } catch (error) {
    if (error instanceof AlreadyMarked) return refuse(req, 'already_marked_false', 409)
    throw error
  }
  const { id, title, format, stage } = story
  return actionDone(req, item.id, 'marked_false', { story: { id, title, format, stage } }, 201)
})
