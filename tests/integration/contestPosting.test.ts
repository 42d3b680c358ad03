import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { createInsightsCollector } from '../../src/insights/collector'
import { contestPostingRound } from '../../src/contests/publishEntries'
import { makeContest, makeEntry } from '../helpers/contests'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { makeMember } from '../helpers/pages'
import { createFacebookChannel, deliverDue, manualClock, PAGE_ID } from '../helpers/publishing'
import type { Id } from '../helpers/stories'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let channel: Id
let page: Id
let photo: Id
const clock = manualClock(new Date('2026-11-20T01:00:00.000Z'))

const postsOnPage = () => simulator.posts(PAGE_ID).filter((post) => post.published)
const entryOf = (id: Id) => newsroom.payload.findByID({ collection: 'contest-entries', id, depth: 1 })
const postedEntries = async (count: number, data: Record<string, unknown> = {}) => {
  const contest = await makeContest(newsroom, page, {
    stage: 'open',
    channels: [channel],
    hashtag: '#PhuRiengQueHuong',
    ...data,
  })
  const entries: { id: Id; number: number }[] = []
  for (let index = 0; index < count; index += 1) {
    entries.push(
      await makeEntry(newsroom, contest.id, {
        photos: [photo],
        consentPublication: true,
        story: `Câu chuyện của tác phẩm ${index + 1}.`,
      }),
    )
  }
  return { contest, entries }
}

beforeAll(async () => {
  simulator = await startGraphSimulator({ now: clock.now })
  newsroom = await startNewsroom()
  const admin = await newsroom.makeUser(['admin'])
  channel = await createFacebookChannel(newsroom, admin, simulator)
  page = (await newsroom.payload.findByID({ collection: 'channels', id: channel, depth: 0 })).page as Id
  const board = await makeMember(newsroom, [{ page, roles: ['board'] }])
  photo = (await uploadPhoto(newsroom, board, { caption: 'Đồi cao su', credit: 'Người dự thi' })).id
}, 180_000)
afterAll(async () => {
  await newsroom?.stop()
  await simulator?.close()
})

describe('posting approved entries', () => {
  test('one post per entry through the delivery engine, exactly once across retries', async () => {
    const { entries } = await postedEntries(2)
    const before = postsOnPage().length
    expect(await contestPostingRound(newsroom.payload, clock.now())).toMatchObject({ queued: 2 })
    // A retry (or a process that crashed after queueing) queues nothing more.
    expect(await contestPostingRound(newsroom.payload, clock.now())).toMatchObject({ queued: 0 })
    await deliverDue(newsroom, simulator, clock)
    await deliverDue(newsroom, simulator, clock)
    const posts = postsOnPage().slice(before)
    expect(posts).toHaveLength(2)
    for (const entry of entries) {
      const post = posts.find((candidate) => candidate.message?.includes(`Tác phẩm dự thi số ${entry.number}:`))!
      expect(post.message).toContain('#PhuRiengQueHuong')
      expect(post.message).toContain('Câu chuyện của tác phẩm')
      expect(post.photos).toHaveLength(1)
    }

    // The collector's next round marks them posted, with the post's permalink reachable from the entry.
    const { entries: round } = await createInsightsCollector(newsroom.payload, {
      graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 2_000 },
      now: clock.now,
    }).runOnce()
    expect(round).toEqual({ queued: 0, published: 2 })
    for (const entry of entries) {
      const stored = await entryOf(entry.id)
      expect(stored.stage).toBe('published')
      const publication = stored.publication as { permalink: string; externalId: string }
      expect(posts.map((post) => post.permalink_url)).toContain(publication.permalink)
    }
    await deliverDue(newsroom, simulator, clock)
    expect(postsOnPage().slice(before)).toHaveLength(2)
  })

  test('two processes at once still post each entry once', async () => {
    const { entries } = await postedEntries(3)
    const before = postsOnPage().length
    const rounds = await Promise.all([
      contestPostingRound(newsroom.payload, clock.now()),
      contestPostingRound(newsroom.payload, clock.now()),
    ])
    expect(rounds[0].queued + rounds[1].queued).toBe(3)
    await deliverDue(newsroom, simulator, clock)
    expect(postsOnPage().slice(before)).toHaveLength(entries.length)
  })

  test('an album per batch when the board chooses it', async () => {
    const { entries } = await postedEntries(3, { publishMode: 'album_batch' })
    const before = postsOnPage().length
    await contestPostingRound(newsroom.payload, clock.now())
    await deliverDue(newsroom, simulator, clock)
    const posts = postsOnPage().slice(before)
    expect(posts).toHaveLength(1)
    expect(posts[0]!.photos).toHaveLength(3)
    for (const entry of entries) expect(posts[0]!.message).toContain(`Số ${entry.number}:`)
  })

  test('entries without consent to publication, or not approved, are not posted', async () => {
    const contest = await makeContest(newsroom, page, { stage: 'open', channels: [channel] })
    await makeEntry(newsroom, contest.id, { photos: [photo], consentPublication: false })
    await makeEntry(newsroom, contest.id, { photos: [photo], consentPublication: true, stage: 'submitted' })
    expect(await contestPostingRound(newsroom.payload, clock.now())).toMatchObject({ queued: 0 })
  })
})
