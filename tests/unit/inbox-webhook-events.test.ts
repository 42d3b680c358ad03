import { describe, expect, it } from '@jest/globals'

import { commentPermalink } from '../../src/inbox/links'
import { dedupeKeyOf, extractEvents, inboxDraftFrom } from '../../src/webhooks/events'
import { commentChange, delivery, messagingItem } from '../helpers/facebookWebhooks'

const PAGE = '1000111'

describe('extractEvents', () => {
  it('keeps a visitor’s new comment, with its dedupe key and what the inbox files', () => {
    const change = commentChange({
      pageId: PAGE,
      postId: `${PAGE}_42`,
      commentId: '42_9001',
      message: 'Đường này bao giờ làm xong ạ?',
      from: { id: '7001', name: 'Trần Thị Bé' },
      createdTime: 1772443876,
    })
    const [event, ...rest] = extractEvents(delivery(PAGE, { changes: [change] }))
    expect(rest).toEqual([])
    expect(event!.dedupeKey).toBe(`fb:feed:${PAGE}:42_9001:add:1772443876`)
    expect(inboxDraftFrom(event!.payload)).toEqual({
      kind: 'comment',
      text: 'Đường này bao giờ làm xong ạ?',
      from: { id: '7001', name: 'Trần Thị Bé' },
      externalId: '42_9001',
      pageId: PAGE,
      postId: `${PAGE}_42`,
      parentId: `${PAGE}_42`,
      sentAt: new Date(1772443876 * 1000),
      postPermalink: `https://www.facebook.com/${PAGE}/posts/42`,
    })
  })

  it('keeps a Messenger text message, keyed by its mid', () => {
    const item = messagingItem({
      pageId: PAGE,
      psid: 'psid-1',
      mid: 'm_abc',
      text: 'Cho hỏi giờ làm việc?',
      timestamp: 1772443876123,
    })
    const [event] = extractEvents(delivery(PAGE, { messaging: [item] }))
    expect(event!.dedupeKey).toBe(`fb:message:${PAGE}:psid-1:m_abc`)
    expect(inboxDraftFrom(event!.payload)).toMatchObject({
      kind: 'message',
      text: 'Cho hỏi giờ làm việc?',
      from: { id: 'psid-1', name: null },
      externalId: 'm_abc',
      sentAt: new Date(1772443876123),
    })
  })

  it.each([
    ['the page’s own comment', commentChange({ pageId: PAGE, from: { id: PAGE, name: 'Phú Riềng đỏ' } })],
    [
      'the page’s own new post',
      { field: 'feed', value: { item: 'status', verb: 'add', post_id: `${PAGE}_5`, from: { id: PAGE } } },
    ],
    ['a reaction', commentChange({ pageId: PAGE, item: 'reaction' })],
    ['an edited comment', commentChange({ pageId: PAGE, verb: 'edited' })],
    ['a removed comment', commentChange({ pageId: PAGE, verb: 'remove' })],
    ['a comment without text (a sticker)', commentChange({ pageId: PAGE, message: '  ' })],
    ['another field', { field: 'ratings', value: { item: 'comment', verb: 'add', comment_id: '1_2' } }],
  ])('ignores %s', (_label, change) => {
    expect(extractEvents(delivery(PAGE, { changes: [change] }))).toEqual([])
  })

  it.each([
    ['an echo of the page’s own message', messagingItem({ pageId: PAGE, isEcho: true })],
    ['a message without text (an attachment)', messagingItem({ pageId: PAGE, text: null })],
    ['a read receipt', { sender: { id: 'psid-1' }, recipient: { id: PAGE }, timestamp: 1, read: { watermark: 1 } }],
  ])('ignores %s', (_label, item) => {
    expect(extractEvents(delivery(PAGE, { messaging: [item] }))).toEqual([])
  })

  it('ignores what is not a page delivery, and malformed parts', () => {
    expect(extractEvents({ object: 'user', entry: [] })).toEqual([])
    expect(extractEvents(null)).toEqual([])
    expect(extractEvents({ object: 'page', entry: [null, { id: PAGE, changes: 'x', messaging: [1] }] })).toEqual([])
  })

  it('splits a batch into events and drops a repeat inside the same batch', () => {
    const first = commentChange({ pageId: PAGE })
    const message = messagingItem({ pageId: PAGE })
    const body = {
      object: 'page',
      entry: [
        { id: PAGE, time: 1, changes: [first, first, commentChange({ pageId: PAGE })] },
        { id: PAGE, time: 2, messaging: [message, message] },
      ],
    }
    expect(extractEvents(body)).toHaveLength(3)
  })

  it('gives a replayed event the same key and a different event a different one', () => {
    const change = commentChange({ pageId: PAGE })
    const key = (value: unknown) =>
      dedupeKeyOf({ pageId: PAGE, field: 'feed', event: value as Record<string, unknown> })
    expect(key(structuredClone(change.value))).toBe(key(change.value))
    expect(key({ ...change.value, created_time: 1 })).not.toBe(key(change.value))
  })
})

describe('commentPermalink', () => {
  it('opens the post at the comment', () => {
    expect(
      commentPermalink({
        postPermalink: 'https://www.facebook.com/1000111/posts/42',
        postId: '1000111_42',
        commentId: '42_9001',
      }),
    ).toBe('https://www.facebook.com/1000111/posts/42?comment_id=9001')
  })
  it('falls back to the post id as a Facebook address', () => {
    expect(commentPermalink({ postPermalink: null, postId: '1000111_42', commentId: '42_9001' })).toBe(
      'https://www.facebook.com/1000111_42?comment_id=9001',
    )
    expect(commentPermalink({ postPermalink: null, postId: null, commentId: '42_9001' })).toBeNull()
  })
})
