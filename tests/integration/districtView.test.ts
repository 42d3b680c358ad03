import crypto from 'node:crypto'

import { raiseNetworkAlerts } from '../../src/network/alerts'
import { networkFigures, type PageFigures } from '../../src/network/figures'
import { addDays, dayStart, localDay } from '../../src/time/vietnam'
import { districtPage, makeMember, makePage } from '../helpers/pages'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

type Id = string | number
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

let newsroom: TestNewsroom
/** The fixture's clock: every row below is placed relative to it. */
const NOW = new Date()
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString()
const today = localDay(NOW)
/** The period asked for: three local days back to tomorrow. */
const FROM_DAY = addDays(today, -3)
const TO_DAY = addDays(today, 1)
const PERIOD = { from: dayStart(FROM_DAY), to: dayStart(addDays(TO_DAY, 1)) }

let district: Id
let g1: Id
let g2: Id
let otherDistrict: Id
let g3: Id
let districtBoard: TestUser
let otherDistrictBoard: TestUser
let grassrootsBoard: TestUser
let admin: TestUser

const same = (a: unknown, b: unknown) => String(a) === String(b)
const make = async (collection: string, page: Id, data: Record<string, unknown>) =>
  (await newsroom.payload.create({ collection: collection as never, data: { ...data, page } as never, depth: 0 }))
    .id as Id

const history = (entries: [action: string, from: string, to: string, offsetMs: number][]) =>
  entries.map(([action, from, to, offsetMs]) => ({ action, from, to, at: at(offsetMs) }))

/** An inbox item received `receivedAgo` before NOW, first answered `firstReplyAfter` later (if given). */
const inboxItem = (page: Id, item: { receivedAgo: number; state: string; dueIn?: number; replyAfter?: number[] }) =>
  make('inbox', page, {
    kind: 'comment',
    text: 'Bình luận',
    externalId: `ext-${crypto.randomBytes(6).toString('hex')}`,
    receivedAt: at(-item.receivedAgo),
    dueAt: at(item.dueIn ?? -item.receivedAgo + 30 * MINUTE),
    state: item.state,
    replies: (item.replyAfter ?? []).map((after) => ({ text: 'Cảm ơn bạn', at: at(-item.receivedAgo + after) })),
  })

const figuresOf = (all: PageFigures[], page: Id) => all.find((figures) => same(figures.page.id, page))!

beforeAll(async () => {
  newsroom = await startNewsroom()
  district = await districtPage(newsroom)
  // The view orders the pages under a district by name: "Xa Hai Hai" (G2) before "Xa Mot" (G1).
  g1 = (await makePage(newsroom, 'Xa Mot', district)).id
  g2 = (await makePage(newsroom, 'Xa Hai Hai', district)).id
  otherDistrict = (
    await newsroom.payload.create({
      collection: 'pages',
      data: {
        name: 'Huyen Khac',
        slug: `huyen-khac-${crypto.randomBytes(3).toString('hex')}`,
        level: 'district',
      } as never,
    })
  ).id
  g3 = (await makePage(newsroom, 'Xa Ba', otherDistrict)).id

  districtBoard = await makeMember(newsroom, [{ page: district, roles: ['board'] }])
  otherDistrictBoard = await makeMember(newsroom, [{ page: otherDistrict, roles: ['board'] }])
  grassrootsBoard = await makeMember(newsroom, [{ page: g1, roles: ['board'] }])
  admin = await newsroom.makeUser(['admin'])

  // G1: a channel to reconnect, a publishing week, five answered items, two overdue, stories.
  const facebook = await make('channels', g1, { name: 'Fanpage Xa Mot', kind: 'facebook_page', needsReconnect: true })
  await make('channels', g1, { name: 'Tin Xa Mot', kind: 'local_feed' })
  await make('stories', g1, {
    title: 'Bài xã Một',
    history: history([
      ['submit', 'draft', 'submitted', -5 * HOUR],
      ['approve', 'awaiting_approval', 'approved', -4 * HOUR],
      ['schedule', 'approved', 'scheduled', -3 * HOUR],
      ['auto_publish', 'scheduled', 'published', -2 * HOUR],
    ]),
  })
  await make('stories', g1, {
    title: 'Phản bác tin sai xã Một',
    format: 'rebuttal',
    history: history([
      ['submit', 'draft', 'awaiting_approval', -90 * MINUTE],
      ['publish_now', 'approved', 'published', -MINUTE * 30],
    ]),
  })
  // Outside the period: counted nowhere.
  await make('stories', g1, { title: 'Bài cũ', history: history([['submit', 'draft', 'submitted', -40 * DAY]]) })

  // One publication per story and channel: each post its own story.
  const post = async (state: string, offsetMs: number, published = false) =>
    make('publications', g1, {
      story: await make('stories', g1, { title: `Bài lịch ${state} ${offsetMs}` }),
      channel: facebook,
      state,
      scheduledFor: at(offsetMs),
      ...(published ? { publishedAt: at(offsetMs + MINUTE) } : {}),
    })
  await post('published', -DAY, true)
  await post('published', -DAY - HOUR, true)
  await post('queued', 2 * DAY)
  await post('failed', 2 * DAY)
  await post('cancelled', 2 * DAY)
  await post('published', -10 * DAY, true)

  // First replies after 60 s, 120 s, 300 s, 600 s, 1 h (a later reply does not count).
  for (const seconds of [600, 60, 3600, 300, 120]) {
    await inboxItem(g1, {
      receivedAgo: 3 * HOUR,
      state: 'replied',
      replyAfter: [seconds * 1000, seconds * 1000 + HOUR],
    })
  }
  await inboxItem(g1, { receivedAgo: 40 * DAY, state: 'replied', replyAfter: [10_000] })
  await inboxItem(g1, { receivedAgo: 2 * HOUR, state: 'new', dueIn: -HOUR })
  await inboxItem(g1, { receivedAgo: 3 * HOUR, state: 'escalated', dueIn: -2 * HOUR })
  await inboxItem(g1, { receivedAgo: 10 * MINUTE, state: 'assigned', dueIn: 20 * MINUTE })

  // G2: healthy, one answer in 30 s and one item still within its time.
  await make('channels', g2, { name: 'Fanpage Xa Hai', kind: 'facebook_page' })
  await inboxItem(g2, { receivedAgo: HOUR, state: 'replied', replyAfter: [30_000] })
  await inboxItem(g2, { receivedAgo: 5 * MINUTE, state: 'new', dueIn: 25 * MINUTE })

  // G3, under another district: overdue too.
  await inboxItem(g3, { receivedAgo: 2 * HOUR, state: 'assigned', dueIn: -HOUR })
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('figures, counted by the database', () => {
  let figures: PageFigures[]
  beforeAll(async () => {
    figures = await networkFigures(newsroom.payload, { pages: [district, g1, g2], ...PERIOD, now: NOW })
  })

  it('gives every page asked for, in that order', () => {
    expect(figures.map((row) => String(row.page.id))).toEqual([district, g1, g2].map(String))
    expect(figuresOf(figures, g1).page).toMatchObject({ name: 'Xa Mot', level: 'grassroots' })
    expect(same(figuresOf(figures, g1).page.parent, district)).toBe(true)
  })

  it('counts the inbox backlog and what is overdue', () => {
    expect(figuresOf(figures, g1).inbox).toEqual({ open: 3, overdue: 2 })
    expect(figuresOf(figures, g2).inbox).toEqual({ open: 1, overdue: 0 })
    expect(figuresOf(figures, district).inbox).toEqual({ open: 0, overdue: 0 })
  })

  it('gives the median and p90 time to first reply over 30 days (nearest rank)', () => {
    expect(figuresOf(figures, g1).responseTimes).toEqual({ answered: 5, medianSeconds: 300, p90Seconds: 3600 })
    expect(figuresOf(figures, g2).responseTimes).toEqual({ answered: 1, medianSeconds: 30, p90Seconds: 30 })
    expect(figuresOf(figures, district).responseTimes).toEqual({ answered: 0, medianSeconds: null, p90Seconds: null })
  })

  it('counts the workflow inside the period', () => {
    expect(figuresOf(figures, g1).stories).toEqual({
      submitted: 2,
      approved: 1,
      published: 2,
      rebuttalsSubmitted: 1,
      rebuttalsPublished: 1,
    })
    expect(figuresOf(figures, g2).stories.submitted).toBe(0)
  })

  it('lays out the publishing calendar a week each way, by local day', () => {
    const calendar = figuresOf(figures, g1).calendar
    expect(calendar).toHaveLength(15)
    expect(calendar[7]!.day).toBe(today)
    const dayOf = (offsetMs: number) =>
      calendar.find((row) => row.day === localDay(new Date(NOW.getTime() + offsetMs)))!
    expect(dayOf(2 * DAY)).toMatchObject({ scheduled: 1, failed: 1, published: 0 })
    const total = calendar.reduce((sum, row) => sum + row.published + row.scheduled + row.failed, 0)
    // Two published a day ago, the queued and failed posts; not the cancelled one, nor the one 10 days ago.
    expect(total).toBe(4)
    expect(calendar.reduce((sum, row) => sum + row.published, 0)).toBe(2)
  })

  it('lists the channels and flags the page in trouble', () => {
    expect(figuresOf(figures, g1).channels.map((channel) => [channel.name, channel.needsReconnect])).toEqual([
      ['Fanpage Xa Mot', true],
      ['Tin Xa Mot', false],
    ])
    expect(figuresOf(figures, g1).alerts).toEqual(['channel_reconnect', 'inbox_overdue'])
    expect(figuresOf(figures, g2).alerts).toEqual([])
  })

  it('gives the same figures as the local API path (MongoDB, the bench baseline)', async () => {
    const local = await networkFigures(newsroom.payload, { pages: [district, g1, g2], ...PERIOD, now: NOW }, 'localApi')
    expect(local).toEqual(figures)
  })
})

describe('GET /api/network/figures', () => {
  const get = (user: TestUser | null, query = `?from=${FROM_DAY}&to=${TO_DAY}`) =>
    newsroom.api('GET', `/api/network/figures${query}`, { token: user?.token })

  it('shows the district board its page and the grassroots pages under it, figures only', async () => {
    const response = await get(districtBoard)
    expect(response.status).toBe(200)
    expect(response.body.from).toBe(FROM_DAY)
    // Its own page first, then the grassroots pages by name.
    expect(response.body.pages.map((row: PageFigures) => String(row.page.id))).toEqual([district, g2, g1].map(String))
    const g1Figures = figuresOf(response.body.pages, g1)
    expect(g1Figures.inbox).toEqual({ open: 3, overdue: 2 })
    expect(g1Figures.responseTimes.medianSeconds).toBe(300)
    expect(g1Figures.alerts).toEqual(['channel_reconnect', 'inbox_overdue'])
    // The figures, never the documents: the page's inbox stays closed to the district board.
    const items = await newsroom.api('GET', `/api/inbox?where[page][equals]=${g1}`, { token: districtBoard.token })
    expect(items.body.totalDocs).toBe(0)
  })

  it('refuses a grassroots board (403) and anyone signed out (401)', async () => {
    const refused = await get(grassrootsBoard)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toEqual(expect.any(String))
    expect(refused.body.errors[0].data.code).toBe('not_permitted')
    expect((await get(null)).status).toBe(401)
  })

  it('shows an admin every page, each district followed by its pages', async () => {
    const response = await get(admin)
    expect(response.status).toBe(200)
    const ids = response.body.pages.map((row: PageFigures) => String(row.page.id))
    for (const page of [district, g1, g2, otherDistrict, g3]) expect(ids).toContain(String(page))
    expect(ids.indexOf(String(g3))).toBe(ids.indexOf(String(otherDistrict)) + 1)
  })

  it('refuses a bad period with 400 and a message', async () => {
    for (const query of [
      '?from=2026-02-30&to=2026-03-01',
      `?from=${TO_DAY}&to=${FROM_DAY}`,
      '?from=2025-01-01&to=2026-06-01',
    ]) {
      const response = await get(districtBoard, query)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.code).toBe('bad_period')
    }
  })
})

describe('alerts to the district board', () => {
  const alertsOf = async (user: TestUser) =>
    (
      await newsroom.payload.find({
        collection: 'notifications',
        where: {
          and: [
            { user: { equals: user.id } },
            { kind: { in: ['network_channel_reconnect', 'network_inbox_overdue'] } },
          ],
        },
        depth: 0,
        limit: 0,
        sort: 'createdAt',
      })
    ).docs as any[]

  it('tells each district board once per page, condition and day', async () => {
    expect(await raiseNetworkAlerts(newsroom.payload, NOW)).toBe(3)
    const mine = await alertsOf(districtBoard)
    expect(mine.map((notice) => notice.kind).sort()).toEqual(['network_channel_reconnect', 'network_inbox_overdue'])
    expect(mine.every((notice) => notice.link.endsWith(`#trang-${g1}`))).toBe(true)
    expect(mine.every((notice) => same(notice.page, district))).toBe(true)
    expect((await alertsOf(otherDistrictBoard)).map((notice) => notice.kind)).toEqual(['network_inbox_overdue'])
    expect(await alertsOf(grassrootsBoard)).toHaveLength(0)

    // Idempotent: the next ticks that day write nothing.
    expect(await raiseNetworkAlerts(newsroom.payload, NOW)).toBe(0)
    expect(await raiseNetworkAlerts(newsroom.payload, new Date(NOW.getTime() + MINUTE))).toBe(0)
    expect(await alertsOf(districtBoard)).toHaveLength(2)

    // The next day, still in trouble: told again — and of G2 too, whose item is now past its time.
    expect(await raiseNetworkAlerts(newsroom.payload, new Date(NOW.getTime() + DAY))).toBe(4)
    const nextDay = (await alertsOf(districtBoard)).slice(2)
    expect(nextDay.map((notice) => [notice.kind, notice.link.split('#')[1]]).sort()).toEqual(
      [
        ['network_channel_reconnect', `trang-${g1}`],
        ['network_inbox_overdue', `trang-${g1}`],
        ['network_inbox_overdue', `trang-${g2}`],
      ].sort(),
    )
  })
})

describe("the admin's page context (switcher cookie → list filter)", () => {
  const listFilter = async (collection: string, user: TestUser, cookie: string) => {
    const config = newsroom.payload.config.collections.find((candidate) => candidate.slug === collection)!
    const filter = config.admin.baseFilter!
    const fullUser = await newsroom.payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    const req = { headers: new Headers({ cookie }), user: fullUser, payload: newsroom.payload } as never
    return filter({ req, limit: 10, page: 1, sort: '-createdAt' })
  }

  it('filters a member of several pages by the chosen one, among their pages only', async () => {
    const both = await makeMember(newsroom, [
      { page: g1, roles: ['editor'] },
      { page: g2, roles: ['collaborator'] },
    ])
    expect(await listFilter('stories', both, `newsroom-page=${g2}`)).toEqual({ page: { equals: g2 } })
    expect(await listFilter('inbox', both, `other=1; newsroom-page=${g1}`)).toEqual({ page: { equals: g1 } })
    expect(await listFilter('users', both, `newsroom-page=${g1}`)).toEqual({ 'memberships.page': { equals: g1 } })
    // "Tất cả trang", no choice, or a page they do not belong to: no filter (access decides).
    expect(await listFilter('stories', both, 'newsroom-page=all')).toBeNull()
    expect(await listFilter('stories', both, '')).toBeNull()
    expect(await listFilter('stories', both, `newsroom-page=${g3}`)).toBeNull()
    // An admin may pick any page.
    expect(await listFilter('publications', admin, `newsroom-page=${g3}`)).toEqual({ page: { equals: g3 } })
  })

  it('shows the page column in page-owned lists', () => {
    for (const slug of ['stories', 'inbox', 'publications', 'channels']) {
      const config = newsroom.payload.config.collections.find((candidate) => candidate.slug === slug)!
      expect(config.admin.defaultColumns).toContain('page')
    }
  })
})
