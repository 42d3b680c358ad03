import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { startInFlightProxy } from '../graph-simulator/inFlight'
import { createInsightsCollector } from '../../src/insights/collector'
import { type InsightsSettings, insightsSettingsFromEnv } from '../../src/insights/settings'
import { contestVotesRound } from '../../src/contests/votesRound'
import { makeContest, makeEntry } from '../helpers/contests'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { createFacebookChannel, manualClock, PAGE_ID } from '../helpers/publishing'
import type { Id } from '../helpers/stories'

const HOUR = 3_600_000

let newsroom: TestNewsroom
let simulator: GraphSimulator
let channel: Id
let page: Id
const clock = manualClock(new Date('2026-11-20T01:00:00.000Z'))

const settings = (overrides: Partial<InsightsSettings> = {}): Partial<InsightsSettings> => ({
  graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 5_000 },
  now: clock.now,
  ...overrides,
})
/** The votes part of a collector round, as one process (its own id, its own pauses). */
const round = async (overrides: Partial<InsightsSettings> = {}) => ({
  votes: await contestVotesRound(newsroom.payload, insightsSettingsFromEnv(settings(overrides)), new Map()),
})

/** A contest open until `closesIn` from now, with `count` entries already posted on the page. */
const contestWithPostedEntries = async (count: number, closesIn: number) => {
  const contest = await makeContest(newsroom, page, {
    stage: 'open',
    opensAt: new Date(clock.now().getTime() - HOUR).toISOString(),
    closesAt: new Date(clock.now().getTime() + closesIn).toISOString(),
  })
  const entries: { id: Id; postId: string }[] = []
  for (let index = 0; index < count; index += 1) {
    const at = clock.now()
    const post = simulator.seedPost({ pageId: PAGE_ID, at, message: `Bài dự thi ${index + 1}` })
    const story = await newsroom.payload.create({
      collection: 'stories',
      data: { title: `Bài dự thi ${index + 1}`, page } as never,
    })
    const publication = await newsroom.payload.create({
      collection: 'publications',
      data: {
        story: story.id,
        channel,
        state: 'published',
        scheduledFor: at.toISOString(),
        publishedAt: at.toISOString(),
        externalId: post.id,
      } as never,
    })
    const entry = await makeEntry(newsroom, contest.id, { stage: 'published', publication: publication.id })
    entries.push({ id: entry.id, postId: post.id })
  }
  return { contest, entries }
}

const votesOf = async (entry: Id) => {
  const doc = await newsroom.payload.findByID({ collection: 'contest-entries', id: entry, depth: 0 })
  return { votes: doc.votes as number, frozen: doc.votesFrozen as boolean }
}

beforeAll(async () => {
  simulator = await startGraphSimulator({ now: clock.now })
  newsroom = await startNewsroom()
  const admin = await newsroom.makeUser(['admin'])
  channel = await createFacebookChannel(newsroom, admin, simulator)
  const stored = await newsroom.payload.findByID({ collection: 'channels', id: channel, depth: 0 })
  page = stored.page as Id
}, 180_000)
afterAll(async () => {
  await newsroom?.stop()
  await simulator?.close()
})

describe('votes from reactions', () => {
  test('read from the posts’ reactions as they grow, in one ?ids= call per 50 posts', async () => {
    const { entries } = await contestWithPostedEntries(3, 48 * HOUR)
    clock.advance(6 * HOUR)
    // The collector's round runs the votes too.
    const { votes } = await createInsightsCollector(newsroom.payload, settings()).runOnce()
    expect(votes).toMatchObject({ read: 3, calls: 1 })
    for (const entry of entries) {
      expect((await votesOf(entry.id)).votes).toBe(simulator.postFigures(entry.postId).reactions)
    }
    clock.advance(6 * HOUR)
    await round()
    for (const entry of entries) {
      const { votes } = await votesOf(entry.id)
      expect(votes).toBe(simulator.postFigures(entry.postId).reactions)
      expect(votes).toBeGreaterThan(0)
    }
  })

  test('frozen at the closing time: reactions after it do not count', async () => {
    const { contest, entries } = await contestWithPostedEntries(2, 10 * HOUR)
    clock.advance(8 * HOUR)
    await round()
    const lastRead = await Promise.all(entries.map((entry) => votesOf(entry.id)))
    clock.advance(3 * HOUR)
    const { votes } = await round()
    expect(votes.frozen).toBeGreaterThanOrEqual(2)
    const stored = await newsroom.payload.findByID({ collection: 'contests', id: contest.id, depth: 0 })
    expect(new Date(stored.votesFrozenAt as string).toISOString()).toBe(
      new Date(stored.closesAt as string).toISOString(),
    )
    clock.advance(24 * HOUR)
    await round()
    for (const [index, entry] of entries.entries()) {
      expect(await votesOf(entry.id)).toEqual({ votes: lastRead[index]!.votes, frozen: true })
      expect(simulator.postFigures(entry.postId).reactions).toBeGreaterThan(lastRead[index]!.votes)
    }
  })

  test('a read that started before the close and is answered after it does not count', async () => {
    const { contest, entries } = await contestWithPostedEntries(2, 5 * HOUR)
    clock.advance(3 * HOUR)
    await round()
    const lastRead = await Promise.all(entries.map((entry) => votesOf(entry.id)))
    clock.advance(HOUR + 59 * 60_000)
    // The round decides to read one minute before the close; while Facebook is answering, the
    // clock passes the closing instant (and the reactions keep growing).
    const proxy = await startInFlightProxy(simulator.url, () => clock.advance(2 * 60_000))
    try {
      const { votes } = await round({ graph: { baseUrl: proxy.url, version: 'v24.0', timeoutMs: 5_000 } })
      // Asked and answered, but not counted.
      expect(votes).toEqual({ calls: 1, read: 0, frozen: 0 })
    } finally {
      await proxy.close()
    }
    expect(clock.now().getTime()).toBeGreaterThan(Date.parse(contest.closesAt))
    expect(await Promise.all(entries.map((entry) => votesOf(entry.id)))).toEqual(lastRead)
    await round()
    for (const [index, entry] of entries.entries()) {
      expect(await votesOf(entry.id)).toEqual({ votes: lastRead[index]!.votes, frozen: true })
    }
  })

  test('two processes in the same round never read one post twice', async () => {
    const { entries } = await contestWithPostedEntries(4, 48 * HOUR)
    clock.advance(2 * HOUR)
    const before = simulator.requests.length
    const [a, b] = await Promise.all([round(), round()])
    expect(a.votes.read + b.votes.read).toBe(4)
    const asked = simulator.requests
      .slice(before)
      .flatMap((request) => (request.fields.ids ?? '').split(',').filter(Boolean))
      .filter((id) => entries.some((entry) => entry.postId === id))
    expect(asked.sort()).toEqual(entries.map((entry) => entry.postId).sort())
  })
})
