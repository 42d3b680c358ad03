import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { notify } from '../../src/notifications/notify'
import { createEmailSender, type EmailSender } from '../../src/notifications/emailSender'
import type { EmailSettings } from '../../src/notifications/email/settings'
import { notifyTransition } from '../../src/notifications/transition'
import { createDeliveryEngine } from '../../src/publishing/engine/scheduler'
import type { Accepted } from '../../src/workflow/machine'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { approvedStory, type Newsroom } from '../helpers/publishing'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtp'
import { createStory, type Id, transition, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let smtp: LocalSmtp
let people: Newsroom
let otherEditor: TestUser
let board2: TestUser
let localFeed: Id

const SERVER_URL = 'http://toasoan.test'
const storyPath = (id: Id) => `/admin/collections/stories/${id}`

type Row = Record<string, any>

const sender = (overrides: Partial<EmailSettings> = {}): EmailSender =>
  createEmailSender(newsroom.payload, {
    smtp: { host: smtp.host, port: smtp.port, secure: false },
    serverUrl: SERVER_URL,
    ...overrides,
  })

/** Everything written to the outbox, oldest first. */
const allNotifications = async () =>
  (await newsroom.payload.find({ collection: 'notifications', sort: 'createdAt', limit: 0, depth: 0 })).docs as Row[]

const notificationsOf = async (user: TestUser) =>
  (await allNotifications()).filter((row) => String(row.user) === String(user.id))

const rebuttal = (title: string) => ({
  title,
  format: 'rebuttal',
  falseClaim: { text: 'Tin đồn: xã sắp thu hồi đất làm khu công nghiệp' },
  officialSources: [{ url: 'https://phurieng.binhphuoc.gov.vn/thong-bao', title: 'Thông báo của UBND xã' }],
})

beforeAll(async () => {
  newsroom = await startNewsroom()
  smtp = await startLocalSmtp()
  const area = await newsroom.makeArea('Kinh tế')
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board', 'duty']),
  }
  otherEditor = await newsroom.makeUser(['editor'], { areas: [await newsroom.makeArea('Văn hóa - Xã hội')] })
  board2 = await newsroom.makeUser(['board'])
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
})
afterAll(async () => {
  await smtp?.close()
  await newsroom?.stop()
})
beforeEach(async () => {
  await newsroom.payload.delete({ collection: 'notifications', where: { id: { exists: true } } })
  await newsroom.payload.delete({ collection: 'shifts', where: { id: { exists: true } } })
  smtp.reset()
})

describe('who is told, in the bell and by email', () => {
  test('submit: the area editor gets a notification and an email with a Vietnamese subject', async () => {
    const id = await createStory(newsroom, people.ctv, { title: 'Phú Riềng  ra quân làm đường', area: people.area })
    await walk(newsroom, id, [[people.ctv, 'submit']])

    const [row, ...others] = await allNotifications()
    expect(others).toHaveLength(0)
    expect(row).toMatchObject({
      user: people.editor.id,
      kind: 'queue_entered',
      title: 'Bài “Phú Riềng ra quân làm đường” chờ biên tập',
      link: storyPath(id),
      emailState: 'pending',
    })
    expect(row!.body).toContain('mảng Kinh tế')

    expect(await sender().runOnce()).toBe(1)
    expect(smtp.received).toHaveLength(1)
    const [mail] = smtp.to(people.editor.email)
    expect(mail!.parsed.subject).toBe('Bài “Phú Riềng ra quân làm đường” chờ biên tập')
    expect(mail!.parsed.from?.value[0]).toMatchObject({ address: 'no-reply@localhost', name: 'Tòa soạn cộng tác viên' })
    expect(mail!.parsed.text).toContain(`${SERVER_URL}${storyPath(id)}`)
    expect(mail!.parsed.html).toContain(`href="${SERVER_URL}${storyPath(id)}"`)
    expect(await notificationsOf(people.editor)).toMatchObject([{ emailState: 'sent', emailAttempts: 1 }])

    // The editor sees it over REST, the way the bell reads it.
    const bell = await newsroom.api('GET', '/api/notifications?sort=-createdAt&limit=20', {
      token: people.editor.token,
    })
    expect(bell.body.docs.map((doc: Row) => doc.title)).toEqual([row!.title])
    const unread = await newsroom.api('GET', '/api/notifications/count?where[readAt][exists]=false', {
      token: people.editor.token,
    })
    expect(unread.body.totalDocs).toBe(1)
  })

  test('a kind the user muted (set on their own account over REST) is in the bell but not emailed', async () => {
    const area = await newsroom.makeArea('Quốc phòng - An ninh')
    const editor = await newsroom.makeUser(['editor'], { areas: [area] })
    const muted = await newsroom.api('PATCH', `/api/users/${editor.id}`, {
      token: editor.token,
      json: { emailMuted: ['queue_entered'] },
    })
    expect(muted.status).toBe(200)
    expect(muted.body.doc.emailMuted).toEqual(['queue_entered'])
    // Only their own account: muting someone else's email is refused.
    const meddling = await newsroom.api('PATCH', `/api/users/${people.editor.id}`, {
      token: editor.token,
      json: { emailMuted: ['queue_entered'] },
    })
    expect(meddling.status).toBe(403)

    const id = await createStory(newsroom, people.ctv, { title: 'Diễn tập phòng cháy', area })
    await walk(newsroom, id, [[people.ctv, 'submit']])
    expect(await notificationsOf(editor)).toMatchObject([{ kind: 'queue_entered', emailState: 'muted' }])
    expect(await sender().runOnce()).toBe(0)
    expect(smtp.received).toHaveLength(0)
  })

  test('muting after the notification was written still stops the email', async () => {
    const id = await createStory(newsroom, people.ctv, { title: 'Hội thi nông dân giỏi', area: people.area })
    await walk(newsroom, id, [[people.ctv, 'submit']])
    await newsroom.api('PATCH', `/api/users/${people.editor.id}`, {
      token: people.editor.token,
      json: { emailMuted: ['queue_entered'] },
    })
    try {
      expect(await sender().runOnce()).toBe(0)
      expect(await notificationsOf(people.editor)).toMatchObject([{ emailState: 'muted' }])
    } finally {
      await newsroom.api('PATCH', `/api/users/${people.editor.id}`, {
        token: people.editor.token,
        json: { emailMuted: [] },
      })
    }
  })

  test('request_changes: the author is told, with the note; the editor who asked is not', async () => {
    const id = await createStory(newsroom, people.ctv, { title: 'Mùa tiêu bội thu', area: people.area })
    await walk(newsroom, id, [
      [people.ctv, 'submit'],
      [people.editor, 'claim'],
      [people.editor, 'request_changes', { note: 'Bổ sung tên người trong ảnh và nguồn số liệu.' }],
    ])

    const [row, ...more] = await notificationsOf(people.ctv)
    expect(more).toHaveLength(0)
    expect(row).toMatchObject({
      kind: 'changes_requested',
      title: 'Bài “Mùa tiêu bội thu” cần sửa',
      link: storyPath(id),
    })
    expect(row!.body).toContain('Bổ sung tên người trong ảnh và nguồn số liệu.')
    expect((await notificationsOf(people.editor)).map((r) => r.kind)).toEqual(['queue_entered'])

    await sender().runOnce()
    const [mail] = smtp.to(people.ctv.email)
    expect(mail!.parsed.subject).toBe('Bài “Mùa tiêu bội thu” cần sửa')
    expect(mail!.parsed.text).toContain('Bổ sung tên người trong ảnh và nguồn số liệu.')
  })

  test('the actor is never told about their own action', async () => {
    // An editor filing into their own area: the area's other editor is told, not the author.
    const writingEditor = await newsroom.makeUser(['editor'], { areas: [people.area] })
    const own = await createStory(newsroom, writingEditor, { title: 'Bài của biên tập viên', area: people.area })
    await walk(newsroom, own, [[writingEditor, 'submit']])
    // A board member who forwards: the rest of the board is told, not them.
    const other = await createStory(newsroom, people.ctv, { title: 'Chuyển lên Ban', area: people.area })
    await walk(newsroom, other, [
      [people.ctv, 'submit'],
      [people.board, 'claim'],
      [people.board, 'forward'],
    ])

    const rows = await allNotifications()
    expect(rows.filter((row) => String(row.user) === String(writingEditor.id))).toEqual([
      expect.objectContaining({ link: storyPath(other) }),
    ])
    expect(rows.filter((row) => String(row.user) === String(people.board.id))).toEqual([])
    expect(rows.filter((row) => row.title === 'Bài “Chuyển lên Ban” chờ duyệt').map((row) => row.user)).toEqual([
      board2.id,
    ])
    expect(rows.filter((row) => String(row.user) === String(otherEditor.id))).toEqual([])
  })

  test('approve, schedule and the story going out each tell the author', async () => {
    const id = await approvedStory(newsroom, people, { title: 'Khánh thành cầu treo ấp 5' })
    const publishAt = new Date(Date.now() + 60 * 60_000)
    publishAt.setUTCSeconds(0, 0)
    await walk(newsroom, id, [
      [people.board, 'schedule', { publishAt: publishAt.toISOString(), channels: [localFeed] }],
    ])
    await createDeliveryEngine(newsroom.payload, { now: () => new Date(publishAt.getTime() + 1_000) }).runOnce()

    const rows = await notificationsOf(people.ctv)
    expect(rows.map((row) => row.kind)).toEqual(['approved', 'scheduled', 'published'])
    expect(rows[0]!.title).toBe('Bài “Khánh thành cầu treo ấp 5” đã được duyệt')
    expect(rows[1]!.title).toMatch(
      /^Bài “Khánh thành cầu treo ấp 5” được lên lịch đăng lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/,
    )
    expect(rows[2]!.title).toBe('Bài “Khánh thành cầu treo ấp 5” đã được đăng')

    await sender().runOnce()
    expect(smtp.to(people.ctv.email).map((mail) => mail.parsed.subject)).toEqual(rows.map((row) => row.title))
  })

  test('a rebuttal goes to the board members on duty now, or to the whole board when nobody is', async () => {
    const dutyOnly = await newsroom.makeUser(['duty'])
    const now = Date.now()
    await newsroom.payload.create({
      collection: 'shifts',
      data: {
        day: '2026-11-28',
        slot: 'now',
        startsAt: new Date(now - 60 * 60_000).toISOString(),
        endsAt: new Date(now + 60 * 60_000).toISOString(),
        members: [people.board.id, dutyOnly.id],
      },
    })
    await newsroom.payload.create({
      collection: 'shifts',
      data: {
        day: '2026-11-28',
        slot: 'later',
        startsAt: new Date(now + 60 * 60_000).toISOString(),
        endsAt: new Date(now + 120 * 60_000).toISOString(),
        members: [dutyOnly.id],
      },
    })
    const first = await createStory(newsroom, people.ctv, rebuttal('Không có chuyện thu hồi đất'))
    await walk(newsroom, first, [[people.ctv, 'submit']])
    const told = (await allNotifications()).filter((row) => row.link === storyPath(first))
    expect(told.map((row) => [row.user, row.kind])).toEqual([[people.board.id, 'rebuttal_waiting']])
    expect(told[0]!.title).toBe('Bài phản bác tin sai “Không có chuyện thu hồi đất” cần duyệt gấp')
    expect(told[0]!.body).toContain('Tin sai: Tin đồn: xã sắp thu hồi đất')

    await newsroom.payload.delete({ collection: 'shifts', where: { slot: { equals: 'now' } } })
    const second = await createStory(newsroom, people.ctv, rebuttal('Không có dịch bệnh ở ấp 3'))
    await walk(newsroom, second, [[people.ctv, 'submit']])
    const everyone = (await allNotifications()).filter((row) => row.link === storyPath(second))
    expect(everyone.map((row) => String(row.user)).sort()).toEqual([people.board.id, board2.id].map(String).sort())

    await sender().runOnce()
    expect(smtp.to(board2.email).map((mail) => mail.parsed.subject)).toEqual([
      'Bài phản bác tin sai “Không có dịch bệnh ở ấp 3” cần duyệt gấp',
    ])
  })

  test('publishing failed: the board is told which channel and why', async () => {
    const id = await approvedStory(newsroom, people, { title: 'Lễ ra quân mùa khô' })
    await walk(newsroom, id, [[people.board, 'publish_now', { channels: [localFeed] }]])
    const refused = {
      publish: async () => ({ kind: 'failed' as const, error: 'Trang từ chối quyền đăng bài (200).' }),
      reconcile: async () => ({ kind: 'not_found' as const }),
    }
    await createDeliveryEngine(newsroom.payload, {
      adapterFor: () => refused,
      now: () => new Date(Date.now() + 60_000),
    }).runOnce()

    const failed = (await allNotifications()).filter((row) => row.kind === 'publishing_failed')
    expect(failed.map((row) => String(row.user)).sort()).toEqual([people.board.id, board2.id].map(String).sort())
    expect(failed[0]).toMatchObject({
      title: 'Đăng bài “Lễ ra quân mùa khô” lên “Fanpage (xem trước)” bị lỗi',
      link: storyPath(id),
    })
    expect(failed[0]!.body).toContain('Trang từ chối quyền đăng bài (200).')

    await sender().runOnce()
    expect(smtp.to(board2.email).map((mail) => mail.parsed.subject)).toContain(failed[0]!.title)
  })
})

describe('only what committed is sent', () => {
  test('a transition that rolls back (unschedule while a post is being sent: 409) leaves nothing to send', async () => {
    const id = await approvedStory(newsroom, people, { title: 'Đang đăng dở' })
    await walk(newsroom, id, [[people.board, 'publish_now', { channels: [localFeed] }]])
    const { docs } = await newsroom.payload.find({ collection: 'publications', where: { story: { equals: id } } })
    await newsroom.payload.update({
      collection: 'publications',
      id: docs[0]!.id,
      data: {
        state: 'publishing',
        leaseOwner: 'test',
        leaseUntil: new Date(Date.now() + 60_000).toISOString(),
      } as never,
    })
    await newsroom.payload.delete({ collection: 'notifications', where: { id: { exists: true } } })

    const response = await transition(newsroom, people.board, id, { action: 'unschedule' })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].data.code).toBe('publication_in_progress')
    expect(await allNotifications()).toEqual([])
    expect(await sender().runOnce()).toBe(0)
    expect(smtp.received).toHaveLength(0)
  })

  test('notifications written in a transaction that is then rolled back are never emailed', async () => {
    const id = await createStory(newsroom, people.ctv, { title: 'Hủy giữa chừng', area: people.area })
    const req = await createLocalReq(
      {
        user: {
          ...(await newsroom.payload.findByID({ collection: 'users', id: people.editor.id })),
          collection: 'users',
        } as never,
      },
      newsroom.payload,
    )
    await initTransaction(req)
    const decision: Accepted = {
      ok: true,
      to: 'changes_requested',
      entry: {
        action: 'request_changes',
        from: 'in_review',
        to: 'changes_requested',
        by: people.editor.id,
        at: new Date().toISOString(),
        note: 'Viết lại đoạn mở đầu.',
      },
    }
    await notifyTransition(req, { id, title: 'Hủy giữa chừng', author: people.ctv.id, area: people.area }, decision)
    const inside = await newsroom.payload.find({ collection: 'notifications', req, depth: 0 })
    expect(inside.docs.map((row) => row.kind)).toEqual(['changes_requested'])
    // Not committed yet: a sender sees nothing.
    expect(await sender().runOnce()).toBe(0)

    await killTransaction(req)
    expect(await allNotifications()).toEqual([])
    expect(await sender().runOnce()).toBe(0)
    expect(smtp.received).toHaveLength(0)
  })

  test('two board members approving at once: one wins, the author is told once', async () => {
    const id = await createStory(newsroom, people.ctv, { title: 'Duyệt cùng lúc', area: people.area })
    await walk(newsroom, id, [
      [people.ctv, 'submit'],
      [people.editor, 'claim'],
      [people.editor, 'forward'],
    ])
    const statuses = (
      await Promise.all([people.board, board2].map((user) => transition(newsroom, user, id, { action: 'approve' })))
    ).map((response) => response.status)
    expect(statuses.sort()).toEqual([200, 409])
    expect((await notificationsOf(people.ctv)).map((row) => row.kind)).toEqual(['approved'])
  })
})

describe('the sender', () => {
  test('two senders running at once send each email exactly once', async () => {
    const users = [people.ctv, people.editor, board2]
    for (let index = 0; index < 8; index += 1) {
      await notify(
        newsroom.payload,
        users.map((user) => user.id),
        {
          kind: 'approved',
          title: `Thông báo số ${index + 1}`,
          link: '/admin',
        },
      )
    }
    const [a, b] = [sender({ batchSize: 5 }), sender({ batchSize: 5 })]
    let sent = 0
    for (let pass = 0; pass < 10; pass += 1) {
      const counts = await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()])
      sent += counts.reduce((sum, count) => sum + count, 0)
    }

    expect(sent).toBe(24)
    expect(smtp.received).toHaveLength(24)
    const deliveries = smtp.received.map((mail) => `${mail.to.join()}|${mail.parsed.subject}`)
    expect(new Set(deliveries).size).toBe(24)
    expect((await allNotifications()).every((row) => row.emailState === 'sent' && row.emailAttempts === 1)).toBe(true)
  })

  test('a refused email is retried later with backoff, and given up after the last attempt', async () => {
    await notify(newsroom.payload, [people.ctv.id], { kind: 'approved', title: 'Thử lại', link: '/admin' })
    let now = Date.now()
    const retrying = sender({ now: () => new Date(now), maxAttempts: 2 })

    smtp.refuseNext(1)
    expect(await retrying.runOnce()).toBe(0)
    const [failed] = await allNotifications()
    expect(failed).toMatchObject({ emailState: 'failed', emailAttempts: 1 })
    expect(failed!.emailError).toContain('Try again later')
    expect(new Date(failed!.emailNextAttemptAt).getTime()).toBe(now + 30_000)

    expect(await retrying.runOnce()).toBe(0) // not due yet
    now += 30_000
    smtp.refuseNext(1)
    expect(await retrying.runOnce()).toBe(0)
    expect(await allNotifications()).toMatchObject([
      { emailState: 'failed', emailAttempts: 2, emailNextAttemptAt: null },
    ])
    now += 24 * 60 * 60_000 - 60_000
    expect(await retrying.runOnce()).toBe(0) // given up for good
    expect(smtp.received).toHaveLength(0)
  })

  test('a row left "sending" by a sender that died is taken over after its lease', async () => {
    await notify(newsroom.payload, [people.ctv.id], { kind: 'approved', title: 'Bị bỏ dở', link: '/admin' })
    const [row] = await allNotifications()
    const leaseEnd = new Date(Date.now() + 60_000)
    await newsroom.payload.update({
      collection: 'notifications',
      id: row!.id,
      data: { emailState: 'sending', emailAttempts: 1, emailNextAttemptAt: leaseEnd.toISOString() } as never,
    })
    expect(await sender().runOnce()).toBe(0)
    expect(await sender({ now: () => new Date(leaseEnd.getTime() + 1) }).runOnce()).toBe(1)
    expect(await allNotifications()).toMatchObject([{ emailState: 'sent', emailAttempts: 2 }])
  })
})

describe('REST: each user sees and changes only their own notifications', () => {
  test('a duty user cannot read or modify someone else’s; they can mark their own read, and nothing else', async () => {
    const duty = await newsroom.makeUser(['duty'])
    await notify(newsroom.payload, [people.ctv.id], { kind: 'approved', title: 'Của cộng tác viên', link: '/admin' })
    await notify(newsroom.payload, [duty.id], { kind: 'inbox_assigned', title: 'Của người trực', link: '/admin' })
    const [theirs, mine] = await allNotifications()
    const as = (method: string, path: string, json?: unknown) =>
      newsroom.api(method, path, { token: duty.token, ...(json ? { json } : {}) })

    expect((await as('GET', '/api/notifications')).body.docs.map((row: Row) => row.title)).toEqual(['Của người trực'])
    expect((await as('GET', `/api/notifications?where[user][equals]=${people.ctv.id}`)).body.docs).toEqual([])
    expect((await as('GET', `/api/notifications/${theirs!.id}`)).status).toBe(404)
    expect([403, 404]).toContain(
      (await as('PATCH', `/api/notifications/${theirs!.id}`, { readAt: new Date().toISOString() })).status,
    )
    expect([403, 404]).toContain((await as('DELETE', `/api/notifications/${theirs!.id}`)).status)
    expect((await as('POST', '/api/notifications', { user: duty.id, kind: 'approved', title: 'Giả' })).status).toBe(403)
    // Marking all read (the bell's bulk PATCH) touches only the caller's rows.
    expect(
      (await as('PATCH', '/api/notifications?where[readAt][exists]=false', { readAt: new Date().toISOString() }))
        .status,
    ).toBe(200)

    const readAt = new Date().toISOString()
    const own = await as('PATCH', `/api/notifications/${mine!.id}`, {
      readAt,
      title: 'Đổi tiêu đề',
      emailState: 'sent',
      user: people.ctv.id,
    })
    expect(own.status).toBe(200)
    const [theirsAfter, mineAfter] = await allNotifications()
    expect(theirsAfter).toMatchObject({ readAt: null, title: 'Của cộng tác viên' })
    expect(mineAfter).toMatchObject({ title: 'Của người trực', emailState: 'pending', user: duty.id })
    expect(mineAfter!.readAt).toBeTruthy()
  })
})
