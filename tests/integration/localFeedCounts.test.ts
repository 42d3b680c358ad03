import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { loadFeed } from '../../src/app/(frontend)/fanpage/feed'
import { countOne, localPublications } from '../../src/insights/local/counters'
import { localDay } from '../../src/time/vietnam'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { approvedStory, createFacebookChannel, deliverDue, manualClock, type Newsroom } from '../helpers/publishing'
import { type Id, transition } from '../helpers/stories'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let localFeed: Id
let facebook: Id
const clock = manualClock(new Date(Date.now() + 60_000))

const publish = async (channels: Id[]) => {
  const story = await approvedStory(newsroom, people, { title: `Bài ${channels.length} kênh ${Math.random()}` })
  expect((await transition(newsroom, people.board, story, { action: 'publish_now', channels })).status).toBe(200)
  await deliverDue(newsroom, simulator, clock)
  clock.advance(60_000)
  return String(story)
}

/** An anonymous reader's request, with the cookies their browser kept. */
const reader = () => {
  const jar = new Map<string, string>()
  const call = async (path: string, json: unknown) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await newsroom.api('POST', `/api/post-metrics/local/${path}`, {
      json,
      headers: cookie ? { cookie } : {},
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = pair!.split('=')
      jar.set(name!, value.join('='))
    }
    return response
  }
  return {
    views: (stories: unknown) => call('views', { stories }),
    react: (story: unknown) => call('reaction', { story }),
    jar,
  }
}

const figures = async (story: string) => {
  const [publication] = await localPublications(newsroom.payload, [story])
  const { docs } = await newsroom.payload.find({
    collection: 'post-metrics',
    where: { publication: { equals: publication!.id } },
    depth: 0,
    limit: 0,
  })
  return Object.fromEntries(docs.map((row) => [`${row.metric}@${row.day}`, row.value]))
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Văn hóa - Xã hội' } })).id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})

test('views count every showing, viewers each browser once; both under Facebook’s metric names', async () => {
  const story = await publish([localFeed])
  const today = localDay(new Date())
  const alice = reader()
  expect((await alice.views([story])).body).toEqual({ counted: 1 })
  expect(alice.jar.get('fp_seen')).toBe(story)
  await alice.views([story])
  await reader().views([story])
  expect(await figures(story)).toEqual({
    [`post_media_view@${today}`]: 3,
    [`post_total_media_view_unique@${today}`]: 2,
  })

  // Twenty readers at once: twenty views, none lost.
  await Promise.all(Array.from({ length: 20 }, () => reader().views([story])))
  expect((await figures(story))[`post_media_view@${today}`]).toBe(23)

  // The board reads them like Facebook's figures; nobody else does.
  const board = await newsroom.api('GET', `/api/post-metrics?where[story][equals]=${story}`, {
    token: people.board.token,
  })
  expect(board.body.docs.map((row: any) => row.metric).sort()).toEqual([
    'post_media_view',
    'post_total_media_view_unique',
  ])
  expect((await newsroom.api('GET', '/api/post-metrics')).status).toBe(403)
})

test('a reaction is one per browser, shown on the page; a post only on Facebook is not counted here', async () => {
  const story = await publish([localFeed, facebook])
  const alice = reader()
  expect((await alice.react(story)).body).toEqual({ reacted: true, counted: true, reactions: 1 })
  expect((await alice.react(story)).body).toEqual({ reacted: true, counted: false, reactions: 1 })
  expect((await reader().react(story)).body).toMatchObject({ counted: true, reactions: 2 })
  const feed = await loadFeed(newsroom.payload, { storyId: story })
  expect(feed.posts.find((post) => post.storyId === story)?.reactions).toBe(2)

  const facebookOnly = await publish([facebook])
  const refused = await reader().react(facebookOnly)
  expect(refused.status).toBe(404)
  expect(refused.body.errors[0].data.code).toBe('not_on_page')
  expect((await reader().views([facebookOnly])).body).toEqual({ counted: 0 })
})

test('bad input is a 400 that counts nothing; many reactions from one address are refused with 429', async () => {
  const story = await publish([localFeed])
  const before = await figures(story)
  for (const stories of [undefined, [], 'x', [story, { id: 1 }], Array.from({ length: 21 }, (_, i) => String(i))]) {
    const response = await reader().views(stories)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.code).toBe('invalid_stories')
  }
  expect((await reader().react('../1')).status).toBe(400)
  expect(await figures(story)).toEqual(before)

  // Readers who clear their cookies still come from one address: at most 30 reactions in 10 minutes.
  const answers: number[] = []
  for (let attempt = 0; attempt < 32; attempt += 1) answers.push((await reader().react(story)).status)
  expect(answers.filter((status) => status === 429).length).toBeGreaterThan(0)
  const refused = await reader().react(story)
  expect(refused.status).toBe(429)
  expect(refused.body.errors[0].message).toMatch(/quá nhanh/)
  const counted = answers.filter((status) => status === 200).length
  expect((await figures(story))[`reactions@${localDay(new Date())}`]).toBe(counted)
})

test('a day’s row starts from the total so far, so the series is a growth curve', async () => {
  const story = await publish([localFeed])
  const [publication] = await localPublications(newsroom.payload, [story])
  const monday = new Date('2026-11-30T03:00:00Z')
  const tuesday = new Date('2026-12-01T03:00:00Z')
  await countOne(newsroom.payload, publication!, 'reactions', monday)
  await countOne(newsroom.payload, publication!, 'reactions', monday)
  await countOne(newsroom.payload, publication!, 'reactions', tuesday)
  const rows = await figures(story)
  expect(rows['reactions@2026-11-30']).toBe(2)
  expect(rows['reactions@2026-12-01']).toBe(3)
})
