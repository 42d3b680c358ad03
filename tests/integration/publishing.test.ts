import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { startInFlightProxy } from '../graph-simulator/inFlight'
import { claim, findDue } from '../../src/publishing/engine/claims'
import { plainImage } from '../helpers/images'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import {
  approvedStory,
  createFacebookChannel,
  manualClock,
  type Newsroom,
  PAGE_ID,
  PAGE_TOKEN,
  publicationsOf,
  testEngine,
} from '../helpers/publishing'
import { type Id, storedStory, transition } from '../helpers/stories'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let admin: TestUser
let facebook: Id
let localFeed: Id

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const body = (...texts: string[]) => ({ root: { type: 'root', version: 1, children: texts.map(paragraph) } })

const uploadPhoto = async (seed: number, credit: string) => {
  const form = new FormData()
  const bytes = await plainImage(1200 + seed, 800, 'jpeg')
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `anh-${seed}.jpg`)
  form.append('_payload', JSON.stringify({ caption: `Ảnh ${seed}`, credit }))
  const response = await newsroom.api('POST', '/api/media', { token: people.ctv.token, body: form })
  if (response.status !== 201) throw new Error(JSON.stringify(response.body))
  return response.body.doc as { id: Id; sizes: { fanpage: { filename: string } } }
}

const publishNow = async (story: Id, channels: Id[]) => {
  const response = await transition(newsroom, people.board, story, { action: 'publish_now', channels })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  // The connection check reads the Graph API root from the environment, as in production.
  process.env.FACEBOOK_GRAPH_URL = simulator.url
  const area = (
    await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', hashtags: '#KinhTe #PhuRiengDo' } })
  ).id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  admin = await newsroom.makeUser(['admin'])
  facebook = await createFacebookChannel(newsroom, admin, simulator)
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Xem trước', kind: 'local_feed' } })
  ).id
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})
beforeEach(() => simulator.reset())

describe('post shapes', () => {
  test('a text story goes to /feed with title, body, hashtags and its marker, Vietnamese intact', async () => {
    const story = await approvedStory(newsroom, people, {
      title: 'Phú Riềng  ra quân làm đường',
      body: body('Bà con góp công, góp đất.', 'Tuyến đường dài 2,5 km.'),
    })
    await publishNow(story, [facebook])
    await testEngine(newsroom, simulator).runOnce()

    const [post] = simulator.posts(PAGE_ID)
    const [publication] = await publicationsOf(newsroom, story)
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(post!.message).toBe(
      [
        'Phú Riềng ra quân làm đường',
        'Bà con góp công, góp đất.',
        'Tuyến đường dài 2,5 km.',
        '#KinhTe #PhuRiengDo',
        post!.message!.split('\n').at(-1),
      ].join('\n\n'),
    )
    expect(post!.message!.split('\n').at(-1)).toMatch(new RegExp(`^ref: tsctv-${publication!.id}-`))
    expect(post!.message).toBe(post!.message!.normalize('NFC'))
    expect(simulator.requests.find((request) => request.path.endsWith('/feed'))!.path).toBe(`/v24.0/${PAGE_ID}/feed`)
    expect(publication).toMatchObject({
      state: 'published',
      externalId: post!.id,
      permalink: post!.permalink_url,
      attempts: 1,
    })
  })

  test('one photo goes to /photos as the multipart source, with the message as caption', async () => {
    const photo = await uploadPhoto(1, 'Nguyễn Văn A')
    const story = await approvedStory(newsroom, people, { title: 'Một ảnh', photos: [photo.id] })
    await publishNow(story, [facebook])
    await testEngine(newsroom, simulator).runOnce()

    const photos = simulator.photos(PAGE_ID)
    expect(photos).toHaveLength(1)
    expect(photos[0]).toMatchObject({ origin: 'upload', published: true })
    expect(photos[0]!.caption).toContain('Ảnh: Nguyễn Văn A')
    const stored = fs.readFileSync(path.join(process.env.MEDIA_DIR!, photo.sizes.fanpage.filename))
    expect(photos[0]!.sha256).toBe(crypto.createHash('sha256').update(stored).digest('hex'))
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
  })

  test('several photos are uploaded unpublished, then attached to one /feed post in the story’s order', async () => {
    const uploaded = [await uploadPhoto(2, 'A'), await uploadPhoto(3, 'B'), await uploadPhoto(4, 'A')]
    const order = [uploaded[2]!, uploaded[0]!, uploaded[1]!]
    const story = await approvedStory(newsroom, people, { title: 'Ba ảnh', photos: order.map((photo) => photo.id) })
    await publishNow(story, [facebook])
    await testEngine(newsroom, simulator).runOnce()

    const photos = simulator.photos(PAGE_ID)
    expect(photos.map((photo) => photo.published)).toEqual([false, false, false])
    const [post] = simulator.posts(PAGE_ID)
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(post!.attachedMedia).toEqual(photos.map((photo) => photo.id))
    const hashes = order.map((photo) =>
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(process.env.MEDIA_DIR!, photo.sizes.fanpage.filename)))
        .digest('hex'),
    )
    expect(photos.map((photo) => photo.sha256)).toEqual(hashes)
    expect(post!.message).toContain('Ảnh: A, B')
  })
})

test('a rebuttal goes out with its verified official sources', async () => {
  const story = await newsroom.payload.create({
    collection: 'stories',
    data: {
      title: 'Sự thật về tin đồn',
      format: 'rebuttal',
      author: people.ctv.id,
      stage: 'approved',
      body: body('Thông tin trên là sai sự thật.'),
      falseClaim: { text: 'Tin đồn thu hồi đất' },
      officialSources: [{ url: 'https://phurieng.gov.vn/tb-12', title: 'Thông báo số 12' }],
    } as never,
  })
  await publishNow(story.id, [facebook])
  await testEngine(newsroom, simulator).runOnce()
  expect(simulator.posts(PAGE_ID)[0]!.message).toContain(
    'Thông tin trên là sai sự thật.\n\nNguồn chính thức:\n• Thông báo số 12: https://phurieng.gov.vn/tb-12',
  )
})

describe('scheduling', () => {
  test('a scheduled post waits for its time, then goes out once; the story becomes published', async () => {
    const clock = manualClock()
    const story = await approvedStory(newsroom, people, { title: 'Hẹn giờ' })
    const publishAt = new Date(clock.now().getTime() + 10 * 60_000)
    expect(
      (
        await transition(newsroom, people.board, story, {
          action: 'schedule',
          publishAt: publishAt.toISOString(),
          channels: [facebook, localFeed],
        })
      ).status,
    ).toBe(200)
    const engine = testEngine(newsroom, simulator, { now: clock.now })

    clock.advance(10 * 60_000 - 1)
    expect(await engine.runOnce()).toBe(0)
    expect(simulator.posts(PAGE_ID)).toHaveLength(0)

    clock.advance(1)
    expect(await engine.runOnce()).toBe(2)
    expect(await engine.runOnce()).toBe(0)
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    const stored = await storedStory(newsroom, story)
    expect(stored.stage).toBe('published')
    expect(stored.history.at(-1)).toMatchObject({ action: 'auto_publish', from: 'scheduled', to: 'published' })
    const local = (await publicationsOf(newsroom, story)).find(
      (publication) => String(publication.channel) === String(localFeed),
    )
    expect(local).toMatchObject({ state: 'published', permalink: `/fanpage?bai=${story}#bai-${story}` })
  })

  test('unschedule before the time: nothing is posted, the publication is cancelled', async () => {
    const clock = manualClock()
    const story = await approvedStory(newsroom, people, { title: 'Hủy lịch' })
    const publishAt = new Date(clock.now().getTime() + 60_000).toISOString()
    await transition(newsroom, people.board, story, { action: 'schedule', publishAt, channels: [facebook] })
    expect((await transition(newsroom, people.board, story, { action: 'unschedule' })).status).toBe(200)
    clock.advance(120_000)
    expect(await testEngine(newsroom, simulator, { now: clock.now }).runOnce()).toBe(0)
    expect(simulator.posts(PAGE_ID)).toHaveLength(0)
    expect((await publicationsOf(newsroom, story))[0]!.state).toBe('cancelled')
  })
})

describe('faults', () => {
  test('a throttled call is retried after the time Facebook asks for, and posted once', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Bị giới hạn' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    simulator.injectFault({
      match: { pathIncludes: '/feed' },
      kind: { type: 'throttle', code: 32, usageHeader: 'x-business-use-case-usage', estimatedTimeToRegainAccess: 2 },
    })
    const engine = testEngine(newsroom, simulator, { now: clock.now })

    await engine.runOnce()
    const [waiting] = await publicationsOf(newsroom, story)
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1 })
    expect(waiting!.lastError).toMatch(/32/)
    clock.advance(2 * 60_000 - 1_000)
    expect(await engine.runOnce()).toBe(0)
    clock.advance(1_000)
    await engine.runOnce()
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({ state: 'published', attempts: 2 })
  })

  test('a post made but unanswered is found by reconciling: exactly one post, never re-sent blindly', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Mất kết nối sau khi đăng' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    simulator.injectFault({ match: { pathIncludes: '/feed' }, kind: { type: 'dropAfterProcessing' } })
    const engine = testEngine(newsroom, simulator, { now: clock.now })

    await engine.runOnce()
    expect((await publicationsOf(newsroom, story))[0]!.state).toBe('unconfirmed')
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(await engine.runOnce()).toBe(0) // not before the reconcile delay
    clock.advance(3_000)
    await engine.runOnce()
    const [publication] = await publicationsOf(newsroom, story)
    expect(publication).toMatchObject({ state: 'published', externalId: simulator.posts(PAGE_ID)[0]!.id })
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(
      simulator.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/feed')),
    ).toHaveLength(1)
  })

  test('reconciling reads past the first page of posts: a busy page cannot cause a second post', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Trang nhiều bài' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    simulator.injectFault({ match: { pathIncludes: '/feed' }, kind: { type: 'dropAfterProcessing' } })
    const engine = testEngine(newsroom, simulator, { now: clock.now })
    await engine.runOnce()
    for (let index = 0; index < 150; index += 1) {
      const form = new URLSearchParams({ message: `Bài khác ${index}`, access_token: PAGE_TOKEN })
      await fetch(`${simulator.url}/v24.0/${PAGE_ID}/feed`, { method: 'POST', body: form })
    }
    clock.advance(3_000)
    await engine.runOnce()
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({
      state: 'published',
      externalId: simulator.posts(PAGE_ID)[0]!.id,
    })
    expect(simulator.posts(PAGE_ID)).toHaveLength(151)
  })

  test('an unanswered call that made nothing is retried once after reconciling', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Mất kết nối trước khi đăng' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    simulator.injectFault({ match: { pathIncludes: '/feed' }, kind: { type: 'dropBeforeProcessing' } })
    const engine = testEngine(newsroom, simulator, { now: clock.now })
    await engine.runOnce()
    clock.advance(3_000)
    await engine.runOnce()
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({ state: 'published', reconcileRetries: 1 })
  })

  test('a Graph API that cannot be reached is tried again later, with no reconciling: nothing left', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Không kết nối được' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    const unreachable = { baseUrl: `http://127.0.0.1:${closedPort}`, version: 'v24.0', timeoutMs: 2_000 }
    await testEngine(newsroom, simulator, { now: clock.now, graph: unreachable }).runOnce()
    const [waiting] = await publicationsOf(newsroom, story)
    expect(waiting).toMatchObject({ state: 'queued', finalCallAt: null, attempts: 1 })
    expect(waiting!.lastError).toMatch(/could not connect/)

    clock.advance(5_000)
    await testEngine(newsroom, simulator, { now: clock.now }).runOnce()
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(simulator.requests.filter((request) => request.path.includes('published_posts'))).toHaveLength(0)
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({ state: 'published', attempts: 2 })
  })

  test('an expired token fails the publication, marks the channel and never leaks the token', async () => {
    const logged: string[] = []
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream)
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk))
        return original(chunk as never, ...(rest as []))
      }) as typeof stream.write
      return () => (stream.write = original)
    }
    const restore = [capture(process.stdout), capture(process.stderr)]
    try {
      simulator.expireToken(PAGE_ID)
      const story = await approvedStory(newsroom, people, { title: 'Token hết hạn' })
      await publishNow(story, [facebook])
      await testEngine(newsroom, simulator).runOnce()
      const [publication] = await publicationsOf(newsroom, story)
      expect(publication!.state).toBe('failed')
      expect(publication!.lastError).toMatch(/190/)
      const channel = await newsroom.api('GET', `/api/channels/${facebook}`, { token: people.board.token })
      expect(channel.body.needsReconnect).toBe(true)
      const check = await newsroom.api('POST', `/api/channels/${facebook}/check`, { token: admin.token })
      expect(check.body).toMatchObject({ ok: false, kind: 'token', code: 190 })
    } finally {
      restore.forEach((undo) => undo())
      simulator.setPageToken(PAGE_ID, PAGE_TOKEN)
    }
    expect(logged.join('')).not.toContain(PAGE_TOKEN)
  })
})

describe('the final-call trace', () => {
  const traceOf = async (story: Id) => (await publicationsOf(newsroom, story))[0]!.finalCallAt as string | null

  test('a text post goes out under the trace its claim recorded; one sent after uploads records its own', async () => {
    const text = await approvedStory(newsroom, people, { title: 'Chỉ có chữ' })
    const photos = [await uploadPhoto(5, 'A'), await uploadPhoto(6, 'B')]
    const album = await approvedStory(newsroom, people, { title: 'Hai ảnh', photos: photos.map((photo) => photo.id) })
    // Every Graph call takes a second of the engine's clock, answered after it.
    let clock = manualClock()
    const proxy = await startInFlightProxy(simulator.url, () => clock.advance(1_000))
    try {
      const graph = { baseUrl: proxy.url, version: 'v24.0', timeoutMs: 2_000 }
      await publishNow(text, [facebook])
      clock = manualClock()
      const claimedAt = clock.now().toISOString()
      await testEngine(newsroom, simulator, { now: clock.now, graph }).runOnce()
      expect(await traceOf(text)).toBe(claimedAt)

      await publishNow(album, [facebook])
      clock = manualClock()
      const albumClaimedAt = clock.now().getTime()
      await testEngine(newsroom, simulator, { now: clock.now, graph }).runOnce()
      // Two uploads (two seconds) came between the claim and the final call.
      expect(await traceOf(album)).toBe(new Date(albumClaimedAt + 2_000).toISOString())
    } finally {
      await proxy.close()
    }
    expect(simulator.posts(PAGE_ID)).toHaveLength(2)
    expect((await publicationsOf(newsroom, album))[0]).toMatchObject({ state: 'published' })
  })

  test('an attempt refused before its final call leaves no trace: retried, it posts without reconciling', async () => {
    const photos = [await uploadPhoto(7, 'A'), await uploadPhoto(8, 'B')]
    const story = await approvedStory(newsroom, people, {
      title: 'Bị từ chối',
      photos: photos.map((photo) => photo.id),
    })
    await publishNow(story, [facebook])
    simulator.expireToken(PAGE_ID)
    try {
      await testEngine(newsroom, simulator).runOnce()
    } finally {
      simulator.setPageToken(PAGE_ID, PAGE_TOKEN)
    }
    const [refused] = await publicationsOf(newsroom, story)
    expect(refused).toMatchObject({ state: 'failed', finalCallAt: null })
    expect(simulator.photos(PAGE_ID)).toHaveLength(0)

    const retry = await newsroom.api('POST', `/api/publications/${refused!.id}/retry`, { token: people.board.token })
    expect(retry.status).toBe(200)
    expect(retry.body).toMatchObject({ state: 'queued' })
    await testEngine(newsroom, simulator).runOnce()
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect(simulator.requests.filter((request) => request.path.includes('published_posts'))).toHaveLength(0)
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({ state: 'published' })
  })
  test('a worker that died between its claim and its final call: the next finds nothing and posts once', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Tiến trình chết sau khi nhận' })
    await publishNow(story, [facebook])
    const clock = manualClock()
    const due = await findDue(newsroom.payload, clock.now(), 100)
    const row = due.find((candidate) => String(candidate.story) === String(story))!
    const dead = testEngine(newsroom, simulator, { now: clock.now })
    expect(await claim(newsroom.payload, row, dead.settings)).not.toBeNull()

    clock.advance(dead.settings.leaseMs + 1)
    await testEngine(newsroom, simulator, { now: clock.now }).runOnce()
    expect(simulator.requests.filter((request) => request.path.includes('published_posts'))).toHaveLength(1)
    expect(simulator.posts(PAGE_ID)).toHaveLength(1)
    expect((await publicationsOf(newsroom, story))[0]).toMatchObject({
      state: 'published',
      attempts: 2,
      reconcileRetries: 1,
    })
  })
})

describe('page tokens', () => {
  test('never returned by REST or GraphQL, stored sealed, and the connection check reads the page', async () => {
    const rest = await newsroom.api('GET', `/api/channels/${facebook}`, { token: admin.token })
    const list = await newsroom.api('GET', '/api/channels?depth=1', { token: admin.token })
    const graphql = await newsroom.api('POST', '/api/graphql', {
      token: admin.token,
      json: { query: '{ Channels { docs { id name pageId } } }' },
    })
    for (const response of [rest, list, graphql]) {
      expect(JSON.stringify(response.body)).not.toContain(PAGE_TOKEN)
      expect(JSON.stringify(response.body)).not.toContain('accessTokenSealed')
    }
    const raw = await newsroom.payload.findByID({ collection: 'channels', id: facebook, showHiddenFields: true })
    expect((raw as { accessTokenSealed?: string }).accessTokenSealed).toMatch(/^v1:/)
    expect(JSON.stringify(raw)).not.toContain(PAGE_TOKEN)

    const check = await newsroom.api('POST', `/api/channels/${facebook}/check`, { token: admin.token })
    expect(check.body).toEqual({ ok: true, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000 })
    expect((await newsroom.api('POST', `/api/channels/${facebook}/check`, { token: people.ctv.token })).status).toBe(
      403,
    )
  })
})

test('a story left scheduled by a worker that died after sending is finished by the scheduler', async () => {
  const story = await approvedStory(newsroom, people, { title: 'Tiến trình chết giữa chừng' })
  await publishNow(story, [localFeed])
  const [publication] = await publicationsOf(newsroom, story)
  // What a killed worker leaves behind: the publication recorded as published, the story not moved.
  await newsroom.payload.update({
    collection: 'publications',
    id: publication!.id,
    data: { state: 'published', publishedAt: new Date(Date.now() - 2 * 60_000).toISOString() } as never,
  })
  const before = await storedStory(newsroom, story)
  expect(before.stage).toBe('scheduled')
  await testEngine(newsroom, simulator).runOnce()
  const after = await storedStory(newsroom, story)
  expect(after.stage).toBe('published')
  // The history keeps every earlier entry, in order, and ends with the engine's own.
  expect(after.history.map((entry: { action: string }) => entry.action)).toEqual([
    ...before.history.map((entry: { action: string }) => entry.action),
    'auto_publish',
  ])
})
