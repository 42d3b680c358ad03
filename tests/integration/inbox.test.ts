import { DEFAULT_SLOTS } from '../../src/roster/slots'
import { shiftWindow } from '../../src/inbox/dutySlots'
import { escalateItem, escalateOverdue } from '../../src/inbox/escalation'
import { moveState } from '../../src/inbox/stateMove'
import { createInboxWorker, inboxWorkerSettingsFromEnv, processPendingEvents } from '../../src/inbox/worker'
import { extractEvents } from '../../src/webhooks/events'
import { storeEvents } from '../../src/webhooks/store'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { postForm } from '../graph-simulator/testing'
import { commentChange, delivery, messagingItem } from '../helpers/facebookWebhooks'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createFacebookChannel, PAGE_ID, PAGE_TOKEN } from '../helpers/publishing'

type Id = string | number
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = '2026-03-02'
/** An instant given as Vietnam wall-clock time on the rostered day. */
const local = (time: string, day = DAY) => new Date(`${day}T${time}+07:00`)

let newsroom: TestNewsroom
let simulator: GraphSimulator
let admin: TestUser
let ctv: TestUser
let d1: TestUser
let d2: TestUser
let d3: TestUser
let b1: TestUser
let b2: TestUser
let boardIds: string[]

const same = (a: unknown, b: unknown) => String(a) === String(b)
const inboxItem = async (externalId: string) =>
  (await newsroom.payload.find({ collection: 'inbox', where: { externalId: { equals: externalId } }, depth: 0 }))
    .docs[0] as any
const notificationsOf = async (user: TestUser, kind: string) =>
  (
    await newsroom.payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: user.id } }, { kind: { equals: kind } }] },
      depth: 0,
      limit: 0,
    })
  ).docs as any[]

/** What the webhook would store at `at`, then filed by the worker as of `at`. */
const arrive = async (parts: { changes?: unknown[]; messaging?: unknown[] }, at: Date) => {
  const events = extractEvents(delivery(PAGE_ID, parts))
  await storeEvents(newsroom.payload, events, at)
  await processPendingEvents(newsroom.payload, inboxWorkerSettingsFromEnv({ now: () => at }))
  return Promise.all(
    events.map((event) =>
      inboxItem(String((event.payload.event as any).comment_id ?? (event.payload.event as any).message.mid)),
    ),
  )
}
const arriveComment = async (at: Date, input: Partial<Parameters<typeof commentChange>[0]> = {}) =>
  (await arrive({ changes: [commentChange({ pageId: PAGE_ID, ...input })] }, at))[0]
const arriveMessage = async (at: Date, input: Partial<Parameters<typeof messagingItem>[0]> = {}) =>
  (await arrive({ messaging: [messagingItem({ pageId: PAGE_ID, timestamp: at.getTime(), ...input })] }, at))[0]

const handOver = (item: { id: Id }, user: TestUser) =>
  newsroom.payload.update({ collection: 'inbox', id: item.id, data: { assignee: user.id } as never, depth: 0 })

const act = (user: TestUser | null, item: { id: Id }, action: string, json: unknown = {}) =>
  newsroom.api('POST', `/api/inbox/${item.id}/${action}`, { token: user?.token, json })

/** A post on the simulated page and a visitor's comment under it, as Facebook would hold them. */
const simulatedComment = async (message: string) => {
  const post = await postForm(simulator.url, `/v24.0/${PAGE_ID}/feed`, {
    message: 'Bài đăng thử',
    access_token: PAGE_TOKEN,
  })
  const comment = simulator.addComment({ parentId: post.body.id, message, from: { id: '7001', name: 'Người xem' } })
  return { postId: post.body.id as string, comment }
}

const clearInbox = async () => {
  const { payload } = newsroom
  await payload.delete({ collection: 'inbox', where: { id: { exists: true } } })
  await payload.delete({ collection: 'webhook-events', where: { id: { exists: true } } })
  await payload.delete({ collection: 'notifications', where: { id: { exists: true } } })
  await payload.update({ collection: 'shifts', where: { id: { exists: true } }, data: { nextAssignee: 0 } as never })
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  process.env.FACEBOOK_GRAPH_URL = simulator.url
  admin = await newsroom.makeUser(['admin'])
  ctv = await newsroom.makeUser(['collaborator'])
  d1 = await newsroom.makeUser(['duty'])
  d2 = await newsroom.makeUser(['duty'])
  d3 = await newsroom.makeUser(['duty'])
  b1 = await newsroom.makeUser(['board'])
  b2 = await newsroom.makeUser(['board'])
  boardIds = [String(b1.id), String(b2.id)]
  await createFacebookChannel(newsroom, admin, simulator)
  const roster: Record<string, TestUser[]> = { Sáng: [d1, d2], Chiều: [d3], Tối: [d2, d3] }
  for (const slot of DEFAULT_SLOTS) {
    const window = shiftWindow(DAY, slot)
    await newsroom.payload.create({
      collection: 'shifts',
      data: {
        day: DAY,
        slot: slot.name,
        startsAt: window.startsAt.toISOString(),
        endsAt: window.endsAt.toISOString(),
        members: roster[slot.name]!.map((user) => user.id),
      } as never,
    })
  }
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})
beforeEach(async () => {
  simulator.reset()
  await clearInbox()
})

describe('assignment at arrival', () => {
  test('slot boundaries: 05:59 → board, 06:00 → morning shift, 21:59 → evening shift, 22:00 → board', async () => {
    const early = await arriveComment(local('05:59:00'))
    const morning = await arriveComment(local('06:00:00'))
    const evening = await arriveComment(local('21:59:00'))
    const late = await arriveComment(local('22:00:00'))
    expect(boardIds).toContain(String(early.assignee))
    expect(same(morning.assignee, d1.id)).toBe(true)
    expect(same(evening.assignee, d2.id)).toBe(true)
    expect(boardIds).toContain(String(late.assignee))
    for (const item of [early, morning, evening, late]) expect(item.state).toBe('assigned')
  })

  test('11:00 is the afternoon shift’s, not the morning’s', async () => {
    expect(same((await arriveComment(local('11:00:00'))).assignee, d3.id)).toBe(true)
  })

  test('round-robin within a slot', async () => {
    const items = []
    for (const minute of ['10', '20', '30', '40', '50']) items.push(await arriveComment(local(`07:${minute}:00`)))
    expect(items.map((item) => String(item.assignee))).toEqual([d1, d2, d1, d2, d1].map((user) => String(user.id)))
    const [morning] = (
      await newsroom.payload.find({ collection: 'shifts', where: { slot: { equals: 'Sáng' } }, depth: 0 })
    ).docs as any[]
    expect(Number(morning.nextAssignee)).toBe(5)
  })

  test('round-robin holds when several items are filed at once', async () => {
    const at = local('08:00:00')
    await storeEvents(
      newsroom.payload,
      extractEvents(delivery(PAGE_ID, { changes: [1, 2, 3, 4].map(() => commentChange({ pageId: PAGE_ID })) })),
      at,
    )
    const settings = inboxWorkerSettingsFromEnv({ now: () => at })
    await Promise.all([
      processPendingEvents(newsroom.payload, settings),
      processPendingEvents(newsroom.payload, settings),
    ])
    const items = (await newsroom.payload.find({ collection: 'inbox', depth: 0, limit: 0 })).docs as any[]
    expect(items).toHaveLength(4)
    const counts = new Map<string, number>()
    for (const item of items) counts.set(String(item.assignee), (counts.get(String(item.assignee)) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({ [String(d1.id)]: 2, [String(d2.id)]: 2 })
  })

  test('outside every slot the least loaded board member gets it, then the one waiting longest', async () => {
    const first = await arriveComment(local('23:00:00'))
    const second = await arriveComment(local('23:10:00'))
    expect(new Set([String(first.assignee), String(second.assignee)])).toEqual(new Set(boardIds))
    const third = await arriveComment(local('23:20:00'))
    expect(same(third.assignee, first.assignee)).toBe(true)
    // Closing an item lightens the load: the next one goes to whoever has fewer open items.
    await act(b1, same(first.assignee, b1.id) ? first : second, 'close')
    await act(b1, same(third.assignee, b1.id) ? third : second, 'close')
    const fourth = await arriveComment(local('23:30:00'))
    expect(same(fourth.assignee, b1.id)).toBe(true)
  })

  test('a day without a roster sends items to the board, even inside a slot', async () => {
    expect(boardIds).toContain(String((await arriveComment(local('08:00:00', '2026-03-05'))).assignee))
  })

  test('a rostered member who no longer holds the duty role is skipped', async () => {
    const former = await newsroom.makeUser(['duty'])
    const [afternoon] = (
      await newsroom.payload.find({ collection: 'shifts', where: { slot: { equals: 'Chiều' } }, depth: 0 })
    ).docs as any[]
    await newsroom.payload.update({
      collection: 'shifts',
      id: afternoon.id,
      data: { members: [former.id, d3.id] } as never,
    })
    const [membership] = (await newsroom.payload.findByID({ collection: 'users', id: former.id, depth: 0 }))
      .memberships as any[]
    await newsroom.payload.update({
      collection: 'users',
      id: former.id,
      data: { memberships: [{ page: membership.page, roles: ['collaborator'] }] } as never,
    })
    try {
      const items = [await arriveComment(local('12:00:00')), await arriveComment(local('12:10:00'))]
      expect(items.map((item) => String(item.assignee))).toEqual([String(d3.id), String(d3.id)])
    } finally {
      await newsroom.payload.update({ collection: 'shifts', id: afternoon.id, data: { members: [d3.id] } as never })
    }
  })

  test('the assignee is notified, and the deadline follows the page’s response target', async () => {
    const at = local('06:30:00')
    const item = await arriveComment(at, {
      message: 'Xin hỏi lịch tiếp công dân tuần này?',
      from: { id: '7100', name: 'Phạm Thị Hoa' },
    })
    expect(new Date(item.dueAt).getTime()).toBe(at.getTime() + 30 * MINUTE)
    const [notice] = await notificationsOf(d1, 'inbox_assigned')
    expect(notice).toMatchObject({
      title: 'Bình luận mới của Phạm Thị Hoa cần trả lời',
      link: `/admin/collections/inbox/${item.id}`,
    })

    const setTarget = (minutes: number) =>
      newsroom.payload.update({ collection: 'pages', id: item.page, data: { responseTargetMinutes: minutes } })
    await setTarget(10)
    try {
      const quick = await arriveComment(local('06:40:00'))
      expect(new Date(quick.dueAt).getTime()).toBe(local('06:50:00').getTime())
    } finally {
      await setTarget(30)
    }
  })
})

describe('overdue escalation (the clock is passed in)', () => {
  test('an unanswered item escalates once its deadline has passed, and the board is told once', async () => {
    const at = local('07:00:00')
    const item = await arriveComment(at, { message: 'Sao chưa ai trả lời?' })
    expect(await escalateOverdue(newsroom.payload, new Date(at.getTime() + 29 * MINUTE))).toBe(0)
    expect(await escalateOverdue(newsroom.payload, new Date(at.getTime() + 30 * MINUTE))).toBe(0)
    const late = new Date(at.getTime() + 31 * MINUTE)
    expect(await escalateOverdue(newsroom.payload, late)).toBe(1)
    const escalated = await inboxItem(item.externalId)
    expect(escalated).toMatchObject({ state: 'escalated' })
    expect(new Date(escalated.escalatedAt).getTime()).toBe(late.getTime())
    expect(same(escalated.assignee, d1.id)).toBe(true)
    for (const member of [b1, b2]) {
      const notices = await notificationsOf(member, 'inbox_overdue')
      expect(notices).toHaveLength(1)
      expect(notices[0].title).toContain('quá hạn')
    }
    expect(await escalateOverdue(newsroom.payload, new Date(at.getTime() + 60 * MINUTE))).toBe(0)
    expect(await notificationsOf(b1, 'inbox_overdue')).toHaveLength(1)
  })

  test('the background worker escalates as of its clock; replied and closed items are left alone', async () => {
    const at = local('07:00:00')
    const open = await arriveComment(at)
    const replied = await arriveComment(at)
    const closed = await arriveComment(at)
    await moveState(newsroom.payload, replied, ['assigned'], 'replied')
    await moveState(newsroom.payload, closed, ['assigned'], 'closed')
    const result = await createInboxWorker(newsroom.payload, { now: () => new Date(at.getTime() + HOUR) }).runOnce()
    expect(result).toEqual({ filed: 0, escalated: 1 })
    expect((await inboxItem(open.externalId)).state).toBe('escalated')
    expect((await inboxItem(replied.externalId)).state).toBe('replied')
    expect((await inboxItem(closed.externalId)).state).toBe('closed')
  })

  test('escalation racing a reply: whichever lands second changes nothing', async () => {
    const item = await arriveComment(local('07:00:00'))
    const staleRead = { ...item }
    expect(await moveState(newsroom.payload, item, ['assigned'], 'replied')).toBe('assigned')
    expect(await escalateItem(newsroom.payload, staleRead, { now: new Date(), reason: 'overdue' })).toBe(false)
    expect((await inboxItem(item.externalId)).state).toBe('replied')
    expect(await notificationsOf(b1, 'inbox_overdue')).toHaveLength(0)
  })
})

describe('replies through the Graph API', () => {
  test('a reply to a comment reaches Facebook as a comment under it', async () => {
    const { postId, comment } = await simulatedComment('Con đường này khi nào thông xe?')
    const item = await arriveComment(local('07:00:00'), { postId, commentId: comment.id, message: comment.message })
    const text = 'Dạ, dự kiến thông xe vào cuối tháng 3 ạ. Cảm ơn bạn đã quan tâm!'
    const response = await act(d1, item, 'reply', { text })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ state: 'replied' })
    expect(response.body.doc.replies).toHaveLength(1)
    expect(response.body.doc.replies[0]).toMatchObject({ text })
    expect(same(response.body.doc.replies[0].by, d1.id)).toBe(true)
    const sent = simulator.comments(comment.id)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ message: text, from: { id: PAGE_ID } })
    expect(response.body.doc.replies[0].externalId).toBe(sent[0]!.id)
  })

  test('two people replying at once send one reply', async () => {
    const { postId, comment } = await simulatedComment('Ai trả lời giúp với?')
    const item = await arriveComment(local('07:00:00'), { postId, commentId: comment.id })
    const responses = await Promise.all([
      act(d1, item, 'reply', { text: 'Trả lời 1' }),
      act(b1, item, 'reply', { text: 'Trả lời 2' }),
    ])
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
    expect(simulator.comments(comment.id)).toHaveLength(1)
    const again = await act(d1, item, 'reply', { text: 'Lần nữa' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('đã được trả lời')
  })

  test('when Facebook refuses, the item is handed back and can be answered again', async () => {
    const { postId, comment } = await simulatedComment('Thử lỗi')
    const item = await arriveComment(local('07:00:00'), { postId, commentId: comment.id })
    simulator.injectFault({
      match: { pathIncludes: '/comments' },
      kind: { type: 'error', status: 400, code: 100, message: '(#100) Không thể bình luận' },
    })
    const refused = await act(d1, item, 'reply', { text: 'Trả lời' })
    expect(refused.status).toBe(502)
    expect(refused.body.errors[0].message).toMatch(/^Facebook từ chối gửi trả lời/)
    expect((await inboxItem(item.externalId)).state).toBe('assigned')
    expect((await act(d1, item, 'reply', { text: 'Trả lời' })).status).toBe(200)
  })

  test('an empty or too long reply is refused before anything is sent', async () => {
    const item = await arriveComment(local('07:00:00'))
    expect((await act(d1, item, 'reply', { text: '   ' })).status).toBe(400)
    expect((await act(d1, item, 'reply', { text: 'x'.repeat(8001) })).status).toBe(400)
    expect(simulator.requests).toHaveLength(0)
  })
})

describe('the Messenger window', () => {
  const messageAged = async (ageMs: number, psid = `psid-${ageMs}`) => {
    const item = await arriveMessage(new Date(Date.now() - ageMs), { psid, text: 'Cho tôi hỏi thủ tục cấp giấy?' })
    await handOver(item, d1)
    return item
  }
  const lastSent = () => simulator.messages(PAGE_ID).at(-1)

  test('23h59 after the last message: a standard RESPONSE', async () => {
    const item = await messageAged(23 * HOUR + 59 * MINUTE, 'psid-2359')
    const response = await act(d1, item, 'reply', { text: 'Dạ, bạn mang CCCD đến bộ phận một cửa ạ.' })
    expect(response.status).toBe(200)
    expect(simulator.messages(PAGE_ID)).toHaveLength(1)
    expect(lastSent()).toMatchObject({
      messagingType: 'RESPONSE',
      tag: null,
      recipient: { id: 'psid-2359' },
      message: { text: 'Dạ, bạn mang CCCD đến bộ phận một cửa ạ.' },
    })
    expect(response.body.doc.replies[0]).toMatchObject({ tag: 'RESPONSE', externalId: lastSent()!.id })
  })

  test('25 h after: only with MESSAGE_TAG + HUMAN_AGENT', async () => {
    const item = await messageAged(25 * HOUR)
    const response = await act(d1, item, 'reply', { text: 'Xin lỗi vì trả lời muộn.' })
    expect(response.status).toBe(200)
    expect(lastSent()).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' })
    expect(response.body.doc.replies[0].tag).toBe('HUMAN_AGENT')
  })

  test('8 days after: refused with a clear reason, nothing sent, nothing changed', async () => {
    const item = await messageAged(8 * 24 * HOUR)
    const response = await act(d1, item, 'reply', { text: 'Muộn quá rồi' })
    expect(response.status).toBe(422)
    expect(response.body.errors[0].data.code).toBe('messaging_window_closed')
    expect(response.body.errors[0].message).toContain('đã quá 7 ngày kể từ tin nhắn cuối')
    expect(simulator.messages(PAGE_ID)).toHaveLength(0)
    expect(simulator.requests).toHaveLength(0)
    expect((await inboxItem(item.externalId)).state).toBe('assigned')
  })

  test('the window runs from the person’s latest message, not from the item answered', async () => {
    const old = await messageAged(3 * 24 * HOUR, 'psid-again')
    await arriveMessage(new Date(Date.now() - HOUR), { psid: 'psid-again', text: 'Alo, có ai không?' })
    expect((await act(d1, old, 'reply', { text: 'Dạ có ạ.' })).status).toBe(200)
    expect(lastSent()).toMatchObject({ messagingType: 'RESPONSE', recipient: { id: 'psid-again' } })
  })
})

describe('mark as false information', () => {
  test('turns a comment into a rebuttal draft by the acting user, linked from the item', async () => {
    const claim = 'Nghe nói xã sắp thu hồi toàn bộ đất vườn để làm khu công nghiệp!'
    const item = await arriveComment(local('07:00:00'), {
      postId: `${PAGE_ID}_55`,
      commentId: '55_901',
      message: claim,
      permalink: `https://www.facebook.com/${PAGE_ID}/posts/55`,
    })
    const response = await act(d1, item, 'mark-false')
    expect(response.status).toBe(201)
    expect(response.body.story).toMatchObject({ format: 'rebuttal', stage: 'draft' })
    const story = (await newsroom.payload.findByID({
      collection: 'stories',
      id: response.body.story.id,
      depth: 0,
    })) as any
    expect(story).toMatchObject({
      format: 'rebuttal',
      stage: 'draft',
      falseClaim: { text: claim, link: `https://www.facebook.com/${PAGE_ID}/posts/55?comment_id=901` },
    })
    expect(story.title).toContain('Phản bác tin sai')
    expect(same(story.author, d1.id)).toBe(true)
    expect(same(response.body.doc.rebuttal, story.id)).toBe(true)
    // The author can open and edit their draft like any story of theirs.
    expect((await newsroom.api('GET', `/api/stories/${story.id}`, { token: d1.token })).status).toBe(200)
    const again = await act(d1, item, 'mark-false')
    expect(again.status).toBe(409)
    expect(again.body.errors[0].data.code).toBe('already_marked_false')
  })

  test('two clicks at once make one story', async () => {
    const item = await arriveComment(local('07:00:00'))
    const countRebuttals = async () =>
      (await newsroom.payload.count({ collection: 'stories', where: { format: { equals: 'rebuttal' } } })).totalDocs
    const before = await countRebuttals()
    const responses = await Promise.all([act(d1, item, 'mark-false'), act(b1, item, 'mark-false')])
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409])
    expect(await countRebuttals()).toBe(before + 1)
  })

  test('a Messenger message has no public link', async () => {
    const item = await arriveMessage(local('07:00:00'))
    const response = await act(d1, item, 'mark-false')
    expect(response.status).toBe(201)
    const story = (await newsroom.payload.findByID({
      collection: 'stories',
      id: response.body.story.id,
      depth: 0,
    })) as any
    expect(story.falseClaim).toMatchObject({ text: item.text })
    expect(story.falseClaim.link ?? null).toBeNull()
  })
})

describe('access', () => {
  test('a duty member sees only their items; the board sees all', async () => {
    const mine = await arriveComment(local('07:00:00'))
    const theirs = await arriveComment(local('07:10:00'))
    await arriveComment(local('23:00:00'))
    expect(same(mine.assignee, d1.id) && same(theirs.assignee, d2.id)).toBe(true)

    const d1List = await newsroom.api('GET', '/api/inbox?depth=0', { token: d1.token })
    expect(d1List.body.docs.map((doc: any) => doc.id)).toEqual([mine.id])
    expect((await newsroom.api('GET', `/api/inbox/${theirs.id}`, { token: d1.token })).status).toBe(404)
    expect((await newsroom.api('GET', '/api/inbox', { token: b1.token })).body.totalDocs).toBe(3)
    expect((await newsroom.api('GET', '/api/inbox', { token: ctv.token })).status).toBe(403)
  })

  test('a duty member can act only on their own items; the board on any', async () => {
    const mine = await arriveComment(local('07:00:00'))
    const theirs = await arriveComment(local('07:10:00'))
    for (const action of ['reply', 'close', 'escalate', 'mark-false']) {
      const response = await act(d1, theirs, action, { text: 'Không phải việc của tôi' })
      expect(response.status).toBe(404)
    }
    expect(simulator.requests).toHaveLength(0)
    expect((await act(ctv, mine, 'close')).status).toBe(403)
    expect((await act(null, mine, 'close')).status).toBe(401)
    // A duty member never changes an item directly, only through the actions.
    expect(
      (await newsroom.api('PATCH', `/api/inbox/${mine.id}`, { token: d1.token, json: { state: 'closed' } })).status,
    ).toBe(403)

    expect((await act(d1, mine, 'close')).body.doc.state).toBe('closed')
    expect((await act(d1, mine, 'close')).status).toBe(409)
    expect((await act(b1, theirs, 'close')).body.doc.state).toBe('closed')
  })

  test('a duty member hands an item to the board by escalating it', async () => {
    const item = await arriveComment(local('07:00:00'), { from: { id: '7200', name: 'Đỗ Văn Nam' } })
    const response = await act(d1, item, 'escalate')
    expect(response.status).toBe(200)
    expect(response.body.doc.state).toBe('escalated')
    expect(response.body.doc.escalatedAt).toBeTruthy()
    expect((await notificationsOf(b2, 'inbox_assigned'))[0].title).toBe(
      'Bình luận của Đỗ Văn Nam được chuyển Ban Biên tập xử lý',
    )
    expect((await act(d1, item, 'escalate')).body.errors[0].data.code).toBe('already_escalated')
    // Still theirs to answer if they can.
    expect((await newsroom.api('GET', `/api/inbox/${item.id}`, { token: d1.token })).status).toBe(200)
  })

  test('the board hands an unassigned item to a member, who is told', async () => {
    const item = await newsroom.payload.create({
      collection: 'inbox',
      data: {
        kind: 'comment',
        text: 'Chưa ai nhận',
        externalId: 'handover-1',
        receivedAt: new Date().toISOString(),
      } as never,
    })
    expect(item.state).toBe('new')
    const response = await newsroom.api('PATCH', `/api/inbox/${item.id}`, {
      token: b1.token,
      json: { assignee: d3.id },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.state).toBe('assigned')
    expect(await notificationsOf(d3, 'inbox_assigned')).toHaveLength(1)
  })
})
