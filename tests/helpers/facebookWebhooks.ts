// Page webhook deliveries shaped like Meta's (graphapi.md §3.5), for the inbox tests.

let sequence = 0
const next = () => {
  sequence += 1
  return sequence
}

/** JSON as Meta serialises it for signing: every non-ASCII character \u-escaped, lowercase hex. */
export const metaJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

export interface CommentInput {
  pageId: string
  postId?: string
  commentId?: string
  message?: string
  from?: { id: string; name: string }
  item?: string
  verb?: string
  createdTime?: number
  permalink?: string
}

export const commentChange = (input: CommentInput) => {
  const postId = input.postId ?? `${input.pageId}_${next()}`
  return {
    field: 'feed',
    value: {
      from: input.from ?? { id: `70${next()}`, name: 'Nguyễn Văn Dân' },
      post: {
        status_type: 'added_photos',
        is_published: true,
        updated_time: '2026-03-02T09:31:16+0000',
        permalink_url: input.permalink ?? `https://www.facebook.com/${input.pageId}/posts/${postId.split('_').pop()}`,
        promotion_status: 'inactive',
        id: postId,
      },
      message: input.message ?? 'Bài viết rất hay, cảm ơn Ban biên tập!',
      post_id: postId,
      comment_id: input.commentId ?? `${postId.split('_').pop()}_${next()}`,
      parent_id: postId,
      created_time: input.createdTime ?? Math.floor(Date.now() / 1000),
      item: input.item ?? 'comment',
      verb: input.verb ?? 'add',
    },
  }
}

export interface MessageInput {
  pageId: string
  psid?: string
  mid?: string
  text?: string | null
  timestamp?: number
  isEcho?: boolean
}

export const messagingItem = (input: MessageInput) => {
  const message: Record<string, unknown> = { mid: input.mid ?? `m_${next()}` }
  if (input.text !== null) message.text = input.text ?? 'Xin chào, cho tôi hỏi về lịch tiếp dân.'
  if (input.isEcho) message.is_echo = true
  return {
    sender: { id: input.isEcho ? input.pageId : (input.psid ?? `psid-${next()}`) },
    recipient: { id: input.isEcho ? (input.psid ?? 'psid-x') : input.pageId },
    timestamp: input.timestamp ?? Date.now(),
    message,
  }
}

/** One delivery for one page: feed changes and/or Messenger items. */
export const delivery = (pageId: string, parts: { changes?: unknown[]; messaging?: unknown[] }) => ({
  object: 'page',
  entry: [{ id: pageId, time: Date.now(), ...parts }],
})
