import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { createInsightsCollector } from '../../src/insights/collector'
import type { InsightsSettings } from '../../src/insights/settings'
import { nextCollectionAt } from '../../src/insights/schedule'
import { addDays, localDay, zonedInstant } from '../../src/time/vietnam'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { approvedStory, manualClock, type Newsroom, publicationsOf, testEngine } from '../helpers/publishing'
import { createStory, type Id, transition } from '../helpers/stories'

const HOUR = 3_600_000
const DAY = 24 * HOUR

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let admin: TestUser
let pages = 0
// One clock for the simulator (created times, growing figures, quotas), the delivery engine and the
// collector: 08:00 tomorrow in Vietnam (after any publish time set now; hours later still the same day).
const clock = manualClock(zonedInstant(addDays(localDay(new Date()), 1), '08:00'))

const collector = (overrides: Partial<InsightsSettings> = {}) =>
  createInsightsCollector(newsroom.payload, {
    graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 2_000 },
    now: clock.now,
    ...overrides,
  })

/** A new simulated page and its channel, connected by an admin over REST; every other channel is switched off. */
const connectPage = async () => {
  pages += 1
  const pageId = `77000${pages}`
  const token = `EAAB-insights-${pages}`
  simulator.addPage({ pageId, name: `Trang ${pages}`, followers: 33_000, accessToken: token })
  await newsroom.payload.update({ collection: 'channels', where: {}, data: { enabled: false } })
  const response = await newsroom.api('POST', '/api/channels', {
    token: admin.token,
    json: { name: `Trang ${pages}`, kind: 'facebook_page', pageId, accessToken: token },
  })
  expect(response.status).toBe(201)
  return { pageId, channel: response.body.doc.id as Id }
}

/**
 * `count` posts already out on the page: the simulator's posts, and their published publications.
 * Stories are created over REST; the publications are written as the delivery engine leaves them
 * (publishing a hundred stories one by one would test delivery, which has its own tests).
 */
const publishedPosts = async (page: { pageId: string; channel: Id }, count: number, at = clock.now()) => {
  const one = async (index: number) => {
    const story = await createStory(newsroom, people.ctv, { area: people.area, title: `Bài số ${index + 1}` })
    const post = simulator.seedPost({ pageId: page.pageId, at })
    const publication = await newsroom.payload.create({
      collection: 'publications',
      data: {
        story,
        channel: page.channel,
        state: 'published',
        scheduledFor: at.toISOString(),
        publishedAt: at.toISOString(),
        externalId: post.id,
      } as never,
    })
    return { publication: publication.id as Id, postId: post.id }
  }
  const made: { publication: Id; postId: string }[] = []
  // Twenty at a time: the requests overlap while the database takes its writes in turn.
  for (let index = 0; index < count; index += 20) {
    made.push(...(await Promise.all(Array.from({ length: Math.min(20, count - index) }, (_, k) => one(index + k)))))
  }
  return made
}

const metricsOf = async (publication: Id) =>
  (
    await newsroom.payload.find({
      collection: 'post-metrics',
      where: { publication: { equals: publication } },
      depth: 0,
      limit: 0,
      sort: 'day',
    })
  ).docs as unknown as { metric: string; day: string; value: number }[]

const valueOf = (rows: { metric: string; day: string; value: number }[], metric: string, day = localDay(clock.now())) =>
  rows.find((row) => row.metric === metric && row.day === day)?.value

/** Graph calls since `from`, by kind. */
const callsSince = (from: number) => {
  const requests = simulator.requests.slice(from)
  return {
    all: requests.length,
    ids: requests.filter((r) => r.method === 'GET' && /\/v24\.0\/?$/.test(r.path) && r.fields.ids),
    batch: requests.filter((r) => r.method === 'POST' && /\/v24\.0\/?$/.test(r.path)),
    page: requests.filter((r) => /\/insights$/.test(r.path) && /77000\d+\/insights/.test(r.path)),
  }
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator({ now: clock.now })
  process.env.FACEBOOK_GRAPH_URL = simulator.url
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', hashtags: '#KinhTe' } }))
    .id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  admin = await newsroom.makeUser(['admin'])
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})
afterEach(() => {
  // Forgets retired metrics, faults and expired tokens (pages stay; their channels are switched off).
  simulator.reset()
  simulator.setUsageBudget(null)
  clock.advance(30 * DAY)
})

test('a story published to Facebook gets its figures and the page its daily figures; only the board reads them', async () => {
  const page = await connectPage()
  const story = await approvedStory(newsroom, people, { title: 'Ra quân làm đường' })
  expect(
    (await transition(newsroom, people.board, story, { action: 'publish_now', channels: [page.channel] })).status,
  ).toBe(200)
  await testEngine(newsroom, simulator, { now: clock.now }).runOnce()
  const [publication] = await publicationsOf(newsroom, story)
  expect(publication).toMatchObject({ state: 'published' })

  clock.advance(3 * HOUR)
  const round = await collector().runOnce()
  expect(round.posts.read).toBe(1)
  expect(round.pages.read).toBe(1)

  const expected = simulator.postFigures(publication!.externalId)
  expect(expected.post_total_media_view_unique).toBeGreaterThan(0)
  const board = await newsroom.api('GET', `/api/post-metrics?where[publication][equals]=${publication!.id}&limit=20`, {
    token: people.board.token,
  })
  expect(board.status).toBe(200)
  const figures = Object.fromEntries(board.body.docs.map((row: any) => [row.metric, row.value]))
  expect(figures).toEqual({
    post_total_media_view_unique: expected.post_total_media_view_unique,
    post_media_view: expected.post_media_view,
    reactions: expected.reactions,
    comments: expected.comments,
    shares: expected.shares,
  })
  expect(board.body.docs.every((row: any) => row.day === localDay(clock.now()))).toBe(true)
  expect(String(board.body.docs[0].story?.id ?? board.body.docs[0].story)).toBe(String(story))

  const follows = await newsroom.api('GET', `/api/page-metrics?where[metric][equals]=page_follows&sort=day&limit=10`, {
    token: people.board.token,
  })
  expect(follows.status).toBe(200)
  expect(follows.body.docs.length).toBeGreaterThanOrEqual(3)
  expect(follows.body.docs.at(-1).value).toBeGreaterThanOrEqual(33_000)

  // Figures belong to the channel's page: the board of another page of the network does not see them.
  const rows = await newsroom.payload.find({
    collection: 'post-metrics',
    where: { publication: { equals: publication!.id } },
  })
  expect(rows.docs.every((row) => String((row.page as any)?.id ?? row.page) === String(publication!.page))).toBe(true)
  const otherPage = await newsroom.payload.create({
    collection: 'pages',
    data: { name: 'Xã bên cạnh', slug: 'xa-ben-canh', level: 'grassroots', parent: publication!.page } as never,
  })
  const otherBoard = await newsroom.makeUser(['board'])
  await newsroom.payload.update({
    collection: 'users',
    id: otherBoard.id,
    data: { memberships: [{ page: otherPage.id, roles: ['board'] }] } as never,
  })
  const elsewhere = await newsroom.api('GET', '/api/post-metrics?limit=100', { token: otherBoard.token })
  expect(elsewhere.status).toBe(200)
  expect(elsewhere.body.docs).toEqual([])
  expect((await newsroom.api('GET', '/api/page-metrics?limit=100', { token: otherBoard.token })).body.docs).toEqual([])

  for (const user of [people.ctv, people.editor]) {
    expect((await newsroom.api('GET', '/api/post-metrics', { token: user.token })).status).toBe(403)
    expect((await newsroom.api('GET', '/api/page-metrics', { token: user.token })).status).toBe(403)
  }
  const write = await newsroom.api('POST', '/api/post-metrics', {
    token: admin.token,
    json: { publication: publication!.id, metric: 'reactions', day: '2026-11-02', value: 1 },
  })
  expect(write.status).toBe(403)
})

test('120 posts are read in 3 ?ids= calls and 3 batch calls, then not again until due', async () => {
  const page = await connectPage()
  await publishedPosts(page, 120)
  clock.advance(10 * 60_000)
  const from = simulator.requests.length
  const round = await collector().runOnce()
  const calls = callsSince(from)
  expect(round.posts).toMatchObject({ read: 120, rows: 600 })
  expect(calls.ids).toHaveLength(3)
  expect(calls.batch).toHaveLength(3)
  expect(calls.page).toHaveLength(1)
  expect(calls.all).toBe(7)
  expect(round.posts.calls + round.pages.calls).toBe(7)

  // Nothing is due until the hour is up; then all of them (they are less than a day old).
  const again = simulator.requests.length
  expect((await collector().runOnce()).posts.read).toBe(0)
  expect(simulator.requests.length).toBe(again)
  clock.advance(HOUR)
  expect((await collector().runOnce()).posts.read).toBe(120)
})

test('figures grow over simulated time: one row per day, updated in place within the day', async () => {
  const page = await connectPage()
  const [post] = await publishedPosts(page, 1)
  const c = collector()
  clock.advance(HOUR)
  await c.runOnce()
  const firstDay = localDay(clock.now())
  const first = valueOf(await metricsOf(post!.publication), 'post_total_media_view_unique')!
  clock.advance(HOUR)
  await c.runOnce()
  const second = valueOf(await metricsOf(post!.publication), 'post_total_media_view_unique')!
  expect(second).toBeGreaterThan(first)
  // Same local day: the row was updated, not added.
  expect((await metricsOf(post!.publication)).filter((row) => row.day === firstDay)).toHaveLength(5)

  clock.advance(DAY)
  await c.runOnce()
  const rows = await metricsOf(post!.publication)
  const later = valueOf(rows, 'post_total_media_view_unique')!
  expect(later).toBeGreaterThan(second)
  expect(new Set(rows.map((row) => row.day)).size).toBe(2)
  expect(later).toBe(simulator.postFigures(post!.postId).post_total_media_view_unique)
})

test('a retired metric is dropped and remembered; the other figures are still stored', async () => {
  const page = await connectPage()
  const [post] = await publishedPosts(page, 3)
  simulator.retireMetric('post_media_view')
  simulator.retireMetric('page_post_engagements')
  clock.advance(HOUR)
  const round = await collector().runOnce()
  expect(round.posts.read).toBe(3)
  const rows = await metricsOf(post!.publication)
  expect(rows.map((row) => row.metric).sort()).toEqual([
    'comments',
    'post_total_media_view_unique',
    'reactions',
    'shares',
  ])
  const channel = await newsroom.payload.findByID({ collection: 'channels', id: page.channel, depth: 0 })
  expect(channel.metricsUnsupported).toEqual(['page_post_engagements', 'post_media_view'])
  const pageRows = await newsroom.payload.find({
    collection: 'page-metrics',
    where: { channel: { equals: page.channel } },
    limit: 0,
  })
  expect(new Set(pageRows.docs.map((row) => row.metric))).toEqual(
    new Set(['page_follows', 'page_total_media_view_unique']),
  )

  // The next reading asks only for what the API still knows: no error, no probing.
  clock.advance(HOUR)
  const from = simulator.requests.length
  await collector().runOnce()
  const calls = callsSince(from)
  expect(calls.all).toBe(2)
  expect(calls.batch[0]!.fields.batch).not.toContain('post_media_view')
  expect(simulator.requests.slice(from).every((request) => request.status === 200)).toBe(true)
})

test('a post deleted on the page does not hold up the others of its batch', async () => {
  const page = await connectPage()
  const posts = await publishedPosts(page, 5)
  simulator.deletePost(posts[2]!.postId)
  clock.advance(HOUR)
  const from = simulator.requests.length
  const round = await collector().runOnce()
  // The ?ids= call fails for the whole chunk; its posts are asked one by one, the batch goes on.
  expect(round.posts.read).toBe(5)
  expect(callsSince(from).ids).toHaveLength(6)
  expect(valueOf(await metricsOf(posts[0]!.publication), 'reactions')).toBe(
    simulator.postFigures(posts[0]!.postId).reactions,
  )
  expect(await metricsOf(posts[2]!.publication)).toEqual([])
  // Its schedule goes on like the others': nothing is due in the next hour.
  clock.advance(30 * 60_000)
  expect((await collector().runOnce()).posts.read).toBe(0)
})

test('usage close to the quota rests the page before Facebook throttles it; a throttle waits as long as asked', async () => {
  const page = await connectPage()
  await publishedPosts(page, 60)
  // 120 calls an hour: 50 + 50 objects is 83 %, 10 more is 92 % → stop and rest.
  simulator.setUsageBudget({ calls: 120, windowMs: HOUR })
  clock.advance(HOUR)
  const from = simulator.requests.length
  const round = await collector().runOnce()
  expect(round.posts.read).toBe(50)
  expect(simulator.requests.slice(from).every((request) => request.status === 200)).toBe(true)
  const rested = simulator.requests.length
  clock.advance(5 * 60_000)
  const c = collector()
  expect((await c.runOnce()).posts.read).toBe(0)
  expect(simulator.requests.length).toBe(rested)

  // A throttle (#80001 with estimated_time_to_regain_access: 7 minutes) is honoured to the minute.
  clock.advance(HOUR)
  simulator.setUsageBudget(null)
  simulator.injectFault({
    match: { method: 'GET' },
    kind: { type: 'throttle', code: 32, usageHeader: 'x-business-use-case-usage', estimatedTimeToRegainAccess: 7 },
  })
  const throttled = await c.runOnce()
  expect(throttled.posts.read).toBe(0)
  expect(c.pauses.get(String(page.channel))).toBe(clock.now().getTime() + 7 * 60_000)
  const before = simulator.requests.length
  clock.advance(6 * 60_000)
  await c.runOnce()
  expect(simulator.requests.length).toBe(before)
  clock.advance(2 * 60_000)
  expect((await c.runOnce()).posts.read).toBe(60)
})

test('an expired token marks the channel as needing reconnect, as publishing does', async () => {
  const page = await connectPage()
  const [post] = await publishedPosts(page, 2)
  simulator.expireToken(page.pageId)
  clock.advance(HOUR)
  const round = await collector().runOnce()
  expect(round.posts.read).toBe(0)
  const channel = await newsroom.api('GET', `/api/channels/${page.channel}`, { token: people.board.token })
  expect(channel.body.needsReconnect).toBe(true)
  expect(await metricsOf(post!.publication)).toEqual([])
  // Disconnected, the page is not called again.
  const from = simulator.requests.length
  clock.advance(HOUR)
  await collector().runOnce()
  expect(simulator.requests.length).toBe(from)
})

test('two collectors at once read each post once', async () => {
  const page = await connectPage()
  const posts = await publishedPosts(page, 80)
  clock.advance(HOUR)
  const from = simulator.requests.length
  const [a, b] = await Promise.all([
    collector({ workerId: 'worker-a' }).runOnce(),
    collector({ workerId: 'worker-b' }).runOnce(),
  ])
  expect(a.posts.read + b.posts.read).toBe(80)
  const asked = callsSince(from).batch.flatMap((request) =>
    (JSON.parse(request.fields.batch!) as { relative_url: string }[]).map((item) => item.relative_url.split('/')[0]),
  )
  expect(asked.sort()).toEqual(posts.map((post) => post.postId).sort())
  expect(callsSince(from).page).toHaveLength(1)
})

test('the schedule backs off with age and stops after 90 days', async () => {
  const page = await connectPage()
  const [post] = await publishedPosts(page, 1)
  const publishedAt = clock.now()
  const c = collector()
  const readings: number[] = []
  // Jump from one due time to the next, as the loop would find them.
  for (let round = 0; round < 200; round += 1) {
    if ((await c.runOnce()).posts.read === 1) readings.push(clock.now().getTime())
    const row = await newsroom.payload.findByID({ collection: 'publications', id: post!.publication, depth: 0 })
    if (!row.metricsDueAt) break
    clock.advance(Math.max(0, Date.parse(row.metricsDueAt) - clock.now().getTime()))
  }
  const expected = [publishedAt.getTime()]
  for (let next = nextCollectionAt(publishedAt, publishedAt); next; next = nextCollectionAt(publishedAt, next)) {
    expected.push(next.getTime())
  }
  expect(readings).toEqual(expected)
  const age = (at: number) => at - publishedAt.getTime()
  expect(readings.filter((at) => age(at) < DAY)).toHaveLength(24)
  expect(readings.filter((at) => age(at) >= DAY && age(at) < 28 * DAY)).toHaveLength(27)
  expect(Math.max(...readings.map(age))).toBeLessThan(90 * DAY)
  // Past its last reading the post is never read again.
  clock.advance(10 * DAY)
  expect((await c.runOnce()).posts.read).toBe(0)
  const stored = await metricsOf(post!.publication)
  expect(new Set(stored.map((row) => row.day)).size).toBe(new Set(readings.map((at) => localDay(new Date(at)))).size)
}, 120_000)
