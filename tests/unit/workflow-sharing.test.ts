/**
 * Exhaustive check of the pure sharing rules (src/workflow/sharing.ts) against the oracle in
 * tests/unit/sharing-table.ts: every stage × reply × actor × offer state × channels for offers, every
 * stage × actor × page place × target for shares; plus the review table's refusal of pending offers
 * and the credit line in the post text.
 */
import { describe, expect, test } from '@jest/globals'

import { postText } from '../../src/publishing/postText'
import type { ApprovedContent } from '../../src/publishing/approved/content'
import {
  ACTIONS,
  type Actor,
  OFFER_REPLIES,
  OFFER_STATES,
  type Role,
  STAGES,
  type SharingPage,
  availableActions,
  availableReplies,
  decideOfferReply,
  decideShare,
  decideTransition,
  sourceCredit,
} from '../../src/workflow/index'
import { OFFER_ROWS, SHARE_ROWS, offerVerdict, shareVerdict } from './sharing-table'

const NOW = new Date('2031-03-14T09:00:00.000Z')
const LATER = '2031-03-14T12:00:00.000Z'
const EARLIER = '2031-03-14T06:00:00.000Z'

const ACTORS: readonly { kind: string; roles: Role[] }[] = [
  { kind: 'board', roles: ['board'] },
  { kind: 'board + editor', roles: ['board', 'editor'] },
  { kind: 'editor', roles: ['editor'] },
  { kind: 'collaborator', roles: ['collaborator'] },
  { kind: 'duty', roles: ['duty'] },
  { kind: 'admin (not board)', roles: ['admin'] },
  { kind: 'no roles in this page', roles: [] },
]

const ID_FORMS = ['number', 'string'] as const
const id = (form: (typeof ID_FORMS)[number], n: number) => (form === 'number' ? n : String(n))
const actorOf = (roles: Role[], form: (typeof ID_FORMS)[number] = 'number'): Actor => ({
  id: id(form, 5),
  roles,
  areas: [],
})

describe('the oracle as written', () => {
  test('two replies, both from awaiting_approval; only declining needs a note', () => {
    expect(OFFER_ROWS).toEqual([
      { reply: 'accept', from: 'awaiting_approval', to: 'scheduled', note: false },
      { reply: 'decline', from: 'awaiting_approval', to: 'rejected', note: true },
    ])
    expect([...OFFER_REPLIES]).toEqual(OFFER_ROWS.map((row) => row.reply))
    expect(SHARE_ROWS.map((row) => [row.level, row.targets])).toEqual([
      ['grassroots', 'parent'],
      ['district', 'children'],
    ])
  })
})

describe('offer replies: every stage × reply × actor × offer state × channels', () => {
  const REQUESTS: { reply?: unknown; note?: unknown }[] = [
    ...OFFER_REPLIES.flatMap((reply) => [{ reply }, { reply, note: '  Đã có tin tương tự. ' }, { reply, note: '   ' }]),
    { reply: 'approve' },
    { reply: 42 },
    {},
  ]
  const cases = ID_FORMS.flatMap((form) =>
    ACTORS.flatMap((actor) =>
      STAGES.flatMap((stage) =>
        [...OFFER_STATES, null].flatMap((offer) =>
          [0, 2].flatMap((channels) => REQUESTS.map((request) => ({ form, actor, stage, offer, channels, request }))),
        ),
      ),
    ),
  )
  test.each(
    cases.map(
      (c) =>
        [
          `[${c.form}] ${c.actor.kind}: ${JSON.stringify(c.request)} on ${c.stage}, offer ${c.offer}, ${c.channels} channels`,
          c,
        ] as const,
    ),
  )('%s', (_name, c) => {
    const story = {
      stage: c.stage,
      offer: c.offer,
      offeredPublishAt: LATER,
      channelIds: Array.from({ length: c.channels }, (_, n) => id(c.form, 100 + n)),
    }
    const decision = decideOfferReply(actorOf(c.actor.roles, c.form), story, c.request, NOW)
    const expected = offerVerdict(c.actor.roles, { stage: c.stage, offer: c.offer, channels: c.channels }, c.request)
    if (!expected.ok) {
      expect(decision).toStrictEqual({
        ok: false,
        status: expected.status,
        code: expected.code,
        message: expect.any(String),
      })
      return
    }
    expect(decision).toMatchObject({ ok: true, to: expected.to, reply: c.request.reply })
    if (!decision.ok) return
    expect(decision.entry).toEqual({
      action: c.request.reply === 'accept' ? 'offer_accepted' : 'offer_declined',
      from: c.stage,
      to: expected.to,
      by: id(c.form, 5),
      at: NOW.toISOString(),
      ...(typeof c.request.note === 'string' && c.request.note.trim() ? { note: 'Đã có tin tương tự.' } : {}),
    })
    // availableReplies lists exactly what would be accepted, inputs aside.
    expect(availableReplies(actorOf(c.actor.roles, c.form), story)).toContain(c.request.reply)
  })

  test('an accepted offer goes out at the district time if still ahead, else now, on every enabled channel', () => {
    const board = actorOf(['board'])
    const story = (offeredPublishAt: string | null) => ({
      stage: 'awaiting_approval' as const,
      offer: 'pending' as const,
      offeredPublishAt,
      channelIds: [7, '8'],
    })
    const at = (offered: string | null) => {
      const decision = decideOfferReply(board, story(offered), { reply: 'accept' }, NOW)
      return decision.ok ? decision.publication : decision
    }
    expect(at(LATER)).toEqual({ publishAt: LATER, channelIds: [7, '8'] })
    expect(at(EARLIER)).toEqual({ publishAt: NOW.toISOString(), channelIds: [7, '8'] })
    expect(at(null)).toEqual({ publishAt: NOW.toISOString(), channelIds: [7, '8'] })
    expect(at(NOW.toISOString())).toEqual({ publishAt: NOW.toISOString(), channelIds: [7, '8'] })
    const declined = decideOfferReply(board, story(LATER), { reply: 'decline', note: 'Không phù hợp' }, NOW)
    expect(declined.ok && declined.publication).toBeUndefined()
  })

  test('availableReplies: the board of the page, on a pending offer awaiting approval, and nobody else', () => {
    for (const actor of ACTORS) {
      for (const stage of STAGES) {
        for (const offer of [...OFFER_STATES, null]) {
          const replies = availableReplies(actorOf(actor.roles), {
            stage,
            offer,
            offeredPublishAt: null,
            channelIds: [],
          })
          const expected =
            actor.roles.includes('board') && offer === 'pending' && stage === 'awaiting_approval'
              ? ['accept', 'decline']
              : []
          expect(replies).toEqual(expected)
        }
      }
    }
  })
})

describe('a pending offer is not answered through the review table', () => {
  test.each(ACTIONS.flatMap((action) => STAGES.map((stage) => [action, stage] as const)))(
    '%s from %s → 409 offer_pending (after the action is known)',
    (action, stage) => {
      const story = { stage, authorId: 1, areaId: 2, title: 'Bài', channelIds: [3], offerPending: true }
      expect(availableActions(actorOf(['board', 'editor']), story)).toEqual([])
      expect(decideTransition(actorOf(['board']), story, { action, note: 'x', publishAt: LATER }, NOW)).toMatchObject({
        ok: false,
        status: 409,
        code: 'offer_pending',
      })
    },
  )
  test('an unknown action is still named first', () => {
    const story = { stage: 'awaiting_approval' as const, authorId: 1, areaId: 2, offerPending: true }
    expect(decideTransition(actorOf(['board']), story, { action: 'accept' }, NOW)).toMatchObject({
      code: 'unknown_action',
    })
  })
})

describe('shares: every stage × actor × place × target', () => {
  const GRASSROOTS: SharingPage = { id: 'a', level: 'grassroots', parent: 'd', children: [] }
  const ORPHAN: SharingPage = { id: 'o', level: 'grassroots', parent: null, children: [] }
  const DISTRICT: SharingPage = { id: 'd', level: 'district', parent: null, children: ['a', 'b'] }
  const PLACES = [
    ['grassroots page', GRASSROOTS],
    ['grassroots page without parent', ORPHAN],
    ['district page', DISTRICT],
  ] as const
  const TARGETS: ('parent' | string[] | unknown)[] = [
    'parent',
    ['d'],
    ['a'],
    ['b'],
    ['a', 'b'],
    ['a', 'a'],
    ['a', 'x'],
    ['x'],
    [],
    'children',
    [null],
    undefined,
  ]
  const ALREADY = [[], ['d'], ['b']]
  const cases = ACTORS.flatMap((actor) =>
    STAGES.flatMap((stage) =>
      PLACES.flatMap(([place, page]) =>
        TARGETS.flatMap((to) => ALREADY.map((already) => ({ actor, stage, place, page, to, already }))),
      ),
    ),
  )
  test.each(
    cases.map(
      (c) =>
        [
          `${c.actor.kind}, ${c.stage} story of a ${c.place}: to ${JSON.stringify(c.to)}, already in ${JSON.stringify(c.already)}`,
          c,
        ] as const,
    ),
  )('%s', (_name, c) => {
    const decision = decideShare(actorOf(c.actor.roles), { stage: c.stage }, c.page, { to: c.to }, c.already)
    const valid =
      c.to === 'parent' ||
      (Array.isArray(c.to) && c.to.length > 0 && c.to.every((target) => typeof target === 'string'))
    if (!valid) {
      expect(decision).toMatchObject({ ok: false, status: 400, code: 'share_target_required' })
      return
    }
    const page = c.page as { level: 'grassroots' | 'district'; parent: string | null; children: readonly string[] }
    const expected = shareVerdict(c.actor.roles, c.stage, page, c.to as 'parent' | string[], c.already)
    if (!expected.ok) {
      expect(decision).toStrictEqual({
        ok: false,
        status: expected.status,
        code: expected.code,
        message: expect.any(String),
      })
      return
    }
    expect(decision).toEqual({
      ok: true,
      direction: c.page.level === 'grassroots' ? 'up' : 'down',
      targets: expected.targets,
    })
  })

  test('ids compare as text whatever the adapter: 1 and "1" are the same page', () => {
    const page: SharingPage = { id: 3, level: 'district', parent: null, children: [1, 2] }
    expect(decideShare(actorOf(['board']), { stage: 'approved' }, page, { to: ['1', 2] }, [])).toEqual({
      ok: true,
      direction: 'down',
      targets: ['1', 2],
    })
    expect(decideShare(actorOf(['board']), { stage: 'approved' }, page, { to: [1] }, ['1'])).toMatchObject({
      code: 'share_duplicate',
    })
  })
})

describe('the credit line of a shared story in the post text', () => {
  const content = (extra: Partial<ApprovedContent> = {}): ApprovedContent => ({
    version: 1,
    title: 'Xã A gặt lúa',
    summary: null,
    body: null,
    format: 'news',
    falseClaim: null,
    officialSources: [],
    hashtags: ['#XaA'],
    photos: [],
    ...extra,
  })
  const photo = {
    media: 1,
    caption: 'c',
    width: 1,
    height: 1,
    mimeType: 'image/jpeg',
    filename: 'a.jpg',
    file: 'a.jpg',
    sha256: null,
  }

  test('"Nguồn: <page> — <author>", after the photo credits', () => {
    expect(sourceCredit(' Xã A ', ' Lê Văn B ')).toBe('Nguồn: Xã A — Lê Văn B')
    expect(sourceCredit('Xã A', null)).toBe('Nguồn: Xã A')
    expect(postText(content({ source: 'Nguồn: Xã A — Lê Văn B' })).credit).toBe('Nguồn: Xã A — Lê Văn B')
    expect(
      postText(content({ source: 'Nguồn: Xã A — Lê Văn B', photos: [{ ...photo, credit: 'Ảnh Xã' }] })).credit,
    ).toBe('Ảnh: Ảnh Xã\nNguồn: Xã A — Lê Văn B')
  })

  test('stories that were not shared read as before', () => {
    expect(postText(content()).credit).toBe('')
    expect(postText(content({ source: null, photos: [{ ...photo, credit: 'Ảnh Xã' }] })).credit).toBe('Ảnh: Ảnh Xã')
  })
})
