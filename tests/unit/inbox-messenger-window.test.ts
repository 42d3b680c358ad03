import { describe, expect, it } from '@jest/globals'

import { messengerReplyPolicy } from '../../src/inbox/messengerWindow'

const now = new Date('2026-03-10T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('messengerReplyPolicy', () => {
  it.each([
    ['just now', 0],
    ['1 hour', HOUR],
    ['23h59', 23 * HOUR + 59 * MINUTE],
  ])('%s after the last message: a standard RESPONSE', (_label, age) => {
    expect(messengerReplyPolicy(ago(age), now)).toEqual({ allowed: true, messagingType: 'RESPONSE' })
  })

  it.each([
    ['exactly 24 h', DAY],
    ['25 h', 25 * HOUR],
    ['6 days 23 h', 6 * DAY + 23 * HOUR],
  ])('%s after: only as a human agent (MESSAGE_TAG + HUMAN_AGENT)', (_label, age) => {
    expect(messengerReplyPolicy(ago(age), now)).toEqual({
      allowed: true,
      messagingType: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
    })
  })

  it.each([
    ['exactly 7 days', 7 * DAY],
    ['8 days', 8 * DAY],
    ['a month', 30 * DAY],
  ])('%s after: refused', (_label, age) => {
    expect(messengerReplyPolicy(ago(age), now)).toEqual({ allowed: false, code: 'messaging_window_closed' })
  })

  it('a message stamped slightly in the future (clock skew) counts as just now', () => {
    expect(messengerReplyPolicy(new Date(now.getTime() + 5 * MINUTE), now)).toMatchObject({ messagingType: 'RESPONSE' })
  })
})
