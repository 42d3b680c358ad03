/** The public entry form's pure checks (src/contests/entryInput.ts) and the vote cookie's signature. */
import { describe, expect, test } from '@jest/globals'

import {
  checkEntryForm,
  type ContestLimits,
  normalPhone,
  parseContact,
  plainText,
  videoLink,
} from '../../src/contests/entryInput'
import { readVotes, voteCookie } from '../../src/contests/voteCookie'

const PHOTO: ContestLimits = { kind: 'photo', maxPhotos: 3, maxWords: null }
const form = {
  name: 'Nguyễn Văn An',
  contact: '0912 345 678',
  title: 'Đồi chè',
  consentRules: true,
  consentPublication: true,
}

describe('contacts', () => {
  test.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084912345678', '0912345678'],
    ['(091) 234-5678', '0912345678'],
  ])('phone %s is %s', (given, normal) => expect(normalPhone(given)).toBe(normal))

  test.each(['12345', '091234567', 'abc', '+1 202 555 0100', ''])('not a phone: %s', (given) =>
    expect(normalPhone(given)).toBeNull(),
  )

  test('emails are lower-cased; anything else is refused', () => {
    expect(parseContact(' An.Nguyen@Example.VN ')).toEqual({ email: 'an.nguyen@example.vn' })
    for (const bad of ['a@b', '<a@b.vn>', 'a b@c.vn', 42, null]) expect(parseContact(bad)).toBeNull()
  })
})

describe('plain text', () => {
  test('markup and scripts go, the words stay', () => {
    expect(plainText('Quê <script>alert(1)</script><b>tôi</b>', 100)).toBe('Quê tôi')
    expect(plainText('<img src=x onerror=alert(1)>Ảnh', 100)).toBe('Ảnh')
    expect(plainText('a < b > c', 100)).toBe('a b c')
    expect(plainText('x\u202ey\u200bz\u0000', 100)).toBe('xyz')
    expect(plainText('một\n\n\n\nhai', 100)).toBe('một\n\nhai')
    expect(plainText('dài quá', 3)).toBe('dài')
    expect(plainText({ toString: () => 'x' }, 10)).toBe('')
  })
})

describe('video links', () => {
  test.each([
    'https://www.youtube.com/watch?v=abc',
    'https://youtu.be/abc',
    'http://m.facebook.com/watch/?v=1',
    'https://fb.watch/x',
    'https://www.tiktok.com/@a/video/1',
  ])('accepted: %s', (link) => expect(videoLink(link)).not.toBeNull())

  test.each([
    'javascript:alert(1)',
    'ftp://youtube.com/x',
    'https://evilyoutube.com/x',
    'https://youtube.com.evil.vn/x',
    'https://user:pw@youtube.com/x',
    'youtube.com/x',
    'https://example.com',
  ])('refused: %s', (link) => expect(videoLink(link)).toBeNull())
})

describe('the whole form', () => {
  test('a good photo entry comes back clean with its contact key', () => {
    expect(checkEntryForm(form, 2, PHOTO)).toEqual({
      ok: true,
      entry: {
        name: 'Nguyễn Văn An',
        phone: '0912345678',
        email: null,
        contactKey: 'phone:0912345678',
        place: '',
        title: 'Đồi chè',
        story: '',
        text: '',
        link: null,
      },
    })
  })

  test.each([
    [{ ...form, name: '' }, 1, PHOTO, 'entry_name_required'],
    [{ ...form, contact: 'x' }, 1, PHOTO, 'entry_contact_invalid'],
    [{ ...form, title: '<b></b>' }, 1, PHOTO, 'entry_title_required'],
    [{ ...form, consentRules: false }, 1, PHOTO, 'entry_consent_required'],
    [{ ...form, consentPublication: 'no' }, 1, PHOTO, 'entry_consent_required'],
    [form, 0, PHOTO, 'entry_photos_required'],
    [form, 4, PHOTO, 'entry_too_many_photos'],
    [form, 1, { kind: 'writing', maxPhotos: 3, maxWords: 10 }, 'entry_too_many_photos'],
    [form, 0, { kind: 'writing', maxPhotos: 3, maxWords: 10 }, 'entry_text_required'],
    [{ ...form, text: 'a b c d' }, 0, { kind: 'writing', maxPhotos: 3, maxWords: 3 }, 'entry_too_many_words'],
    [{ ...form, link: 'https://x.vn' }, 0, { kind: 'video_link', maxPhotos: 3, maxWords: null }, 'entry_link_invalid'],
  ] as const)('refused with %#', (given, photos, limits, code) =>
    expect(checkEntryForm(given, photos, limits as ContestLimits)).toEqual({ ok: false, code }),
  )
})

describe('the vote cookie', () => {
  test('reads back what it wrote, and nothing once edited or signed with another secret', () => {
    const cookie = voteCookie(['12', 'abc'], 'secret-1', false).split(';')[0]!
    expect(readVotes(cookie, 'secret-1')).toEqual(['12', 'abc'])
    expect(readVotes(cookie, 'secret-2')).toEqual([])
    expect(readVotes(cookie.replace('12', '13'), 'secret-1')).toEqual([])
    expect(readVotes(null, 'secret-1')).toEqual([])
  })
})
