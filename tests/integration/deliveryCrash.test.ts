// Crash and concurrency: two worker processes and the app's own engine publish 200 stories at once
// on one database while a chaos loop SIGKILLs the workers mid-delivery and the Graph API misbehaves.
// Every publication must end up published, and the page must hold exactly one post per publication.
//
// Runs on SQLite by default and on PostgreSQL with TEST_DATABASE=postgres.
import { setTimeout as sleep } from 'node:timers/promises'

import { and, eq, like } from '@payloadcms/db-sqlite/drizzle'
import type { Where } from 'payload'

import { createDeliveryEngine, runDeliveryLoop } from '../../src/publishing/engine/scheduler'
import { findMarker } from '../../src/publishing/message'
import { plainImage } from '../helpers/images'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { approvedStory, type Newsroom, PAGE_ID, PAGE_TOKEN } from '../helpers/publishing'
import type { Id } from '../helpers/stories'
import {
  killAllWorkers,
  type SimulatorProcess,
  startSimulatorProcess,
  startWorker,
  type WorkerProcess,
} from '../helpers/workerProcess'
import { testDatabaseKind } from '../helpers/testDatabase'

const STORIES = 200
/** Stories with one photo and with two photos (the /photos final call and the attached_media flow). */
const ONE_PHOTO = 3
const TWO_PHOTOS = 3
/** Stories taken through submit → claim → forward → approve over REST; the others are stored approved. */
const WALKED_STORIES = 20

const LEASE_MS = 1_500
const GRAPH_TIMEOUT_MS = 1_000
/**
 * The engine's contract: longer than a final call can still be on its way after it was recorded (the
 * default is the timeout + 15 s). On a loaded 2-core CI machine a process stalls for a second or two now
 * and then (SQLite makes processes wait for each other's writes, synchronously), and a request written
 * after such a stall reaches Facebook late: with only 0.5 s over the timeout, a post still on its way
 * would legitimately be missed and sent again.
 */
const RECONCILE_DELAY_MS = 4_000
const POLL_MS = 100
const CONCURRENCY = 4
const SIMULATOR_LATENCY_MS = 80
/**
 * Scheduled stories fall due 2 s to 2 s + this after their transition, so due work keeps arriving for as
 * long as the transitions take (tens of seconds) and a little after.
 */
const SCHEDULE_SPREAD_MS = 16_000
const SETTLE_TIMEOUT_MS = 90_000
const MIN_KILLS = 3

/** A small deterministic PRNG (mulberry32): every run makes the same plan. */
const prng = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Runs `task` over `items` with at most `limit` at a time, in order of start. */
const pool = async <T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>) => {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next
      next += 1
      results[index] = await task(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const body = (text: string) => ({ root: { type: 'root', version: 1, children: [paragraph(text)] } })

type PublicationDoc = {
  id: Id
  story: Id
  channel: Id
  state: string
  externalId?: string | null
  attempts?: number | null
  reconcileRetries?: number | null
  leaseOwner?: string | null
  finalCallAt?: string | null
  lastError?: string | null
}

let newsroom: TestNewsroom
let simulator: SimulatorProcess
let people: Newsroom
let facebook: Id
let localFeed: Id

/** The app's in-process engine loop, and the chaos loop: both stopped in afterAll whatever happened. */
const appLoop = new AbortController()
let appDelivery: Promise<void> | undefined
const chaos = new AbortController()
let chaosLoop: Promise<void> | undefined

const workerEnv = () => ({
  FACEBOOK_GRAPH_URL: simulator.url,
  FACEBOOK_GRAPH_VERSION: 'v24.0',
  FACEBOOK_TIMEOUT_MS: String(GRAPH_TIMEOUT_MS),
  PUBLISH_LEASE_MS: String(LEASE_MS),
  PUBLISH_POLL_MS: String(POLL_MS),
  PUBLISH_CONCURRENCY: String(CONCURRENCY),
  PUBLISH_RECONCILE_DELAY_MS: String(RECONCILE_DELAY_MS),
  MEDIA_DIR: process.env.MEDIA_DIR,
})

/** A worker slot ("a", "b"): its current process, restarted whenever it ends while the test runs. */
interface Slot {
  name: string
  current: WorkerProcess
  generation: number
  history: WorkerProcess[]
  /** Workers of this slot that ended without being killed by the chaos loop. */
  unexpectedExits: string[]
}

/** Workers the chaos loop killed on purpose. */
const killed = new Set<WorkerProcess>()

const startSlot = (slot: Slot) => {
  if (chaos.signal.aborted) return
  slot.generation += 1
  const worker = startWorker({
    name: `worker-${slot.name}#${slot.generation}`,
    databaseUri: newsroom.databaseUri,
    secret: newsroom.secret,
    env: workerEnv(),
  })
  slot.current = worker
  slot.history.push(worker)
  void worker.exited.then(({ code, signal }) => {
    if (killed.has(worker) || chaos.signal.aborted) return
    slot.unexpectedExits.push(
      `${worker.name} (${worker.isReady() ? 'after' : 'before'} ready): code ${code}, signal ${signal}`,
    )
    startSlot(slot)
  })
}

/** Waits until the slot's worker is ready, following restarts (a worker may fail to start). */
const untilReady = async (slot: Slot) => {
  for (let attempt = 0; ; attempt += 1) {
    const worker = slot.current
    try {
      return await worker.ready
    } catch (error) {
      if (attempt >= 3 || slot.current === worker) throw error
    }
  }
}

/**
 * Publications a worker process holds right now (its lease owner id carries its pid). Straight SQL
 * through Payload's Drizzle instance: the chaos loop asks every 50 ms and must not be what slows the
 * app down.
 */
const heldBy = async (pid: number): Promise<{ id: Id }[]> => {
  const db = newsroom.payload.db as unknown as {
    drizzle?: {
      select: (fields: object) => {
        from: (table: object) => { where: (condition: unknown) => Promise<{ id: Id }[]> }
      }
    }
    tables?: Record<string, Record<string, never>>
  }
  const where: Where = { and: [{ state: { equals: 'publishing' } }, { leaseOwner: { contains: `:${pid}:` } }] }
  const table = db.tables?.publications
  if (!db.drizzle || !table) {
    // MongoDB: the local API will do.
    const found = await newsroom.payload.find({
      collection: 'publications',
      where,
      depth: 0,
      limit: 0,
      pagination: false,
    })
    return found.docs as unknown as { id: Id }[]
  }
  return db.drizzle
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.state, 'publishing' as never), like(table.leaseOwner, `%:${pid}:%` as never)))
}

interface ChaosReport {
  kills: { slot: string; pid: number; held: number; sent: number; mode: string; at: number }[]
}

/**
 * How many of these publications have had their final call reach Facebook: the post may be on the
 * page while its worker has not recorded it yet, the moment where a crash can lose or duplicate it.
 */
const reachedFacebook = async (held: { id: Id }[]) => {
  const requests = await simulator.requests()
  const markers = new Set(requests.map((request) => findMarker(request.fields.message ?? request.fields.caption)))
  return held.filter((row) => markers.has(String(row.id))).length
}

/**
 * Every 2.5–5 s, picks a worker that is up and waits until it is publishing, then SIGKILLs it and starts
 * a new one in its place. Every other kill waits for a publication whose final call has reached Facebook
 * and whose outcome the worker has not recorded yet.
 */
const runChaos = async (
  slots: Slot[],
  report: ChaosReport,
  signal: AbortSignal,
  random: () => number,
  started: number,
) => {
  while (!signal.aborted) {
    // Not more often: each restart costs a few seconds of CPU (tsx and Payload start-up).
    await sleep(2_500 + random() * 2_500, undefined, { signal }).catch(() => {})
    if (signal.aborted) break
    const up = slots.filter((slot) => slot.current.isRunning())
    if (up.length === 0) continue
    const slot = up[Math.floor(random() * up.length)]!
    const victim = slot.current
    const mode = report.kills.length % 2 === 0 ? 'while-sending' : 'while-busy'
    // Wait (up to 4 s) for the moment to strike.
    const deadline = Date.now() + 4_000
    while (!signal.aborted && victim.isRunning() && Date.now() < deadline) {
      const held = await heldBy(victim.pid).catch(() => [])
      const sent = mode === 'while-sending' && held.length > 0 ? await reachedFacebook(held).catch(() => 0) : 0
      if (held.length > 0 && (mode === 'while-busy' || sent > 0)) {
        killed.add(victim)
        await victim.kill()
        report.kills.push({ slot: slot.name, pid: victim.pid, held: held.length, sent, mode, at: Date.now() - started })
        startSlot(slot)
        break
      }
      await sleep(50)
    }
  }
}

const uploadPhoto = async (seed: number) => {
  const form = new FormData()
  const bytes = await plainImage(400 + seed, 300, 'jpeg')
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `anh-${seed}.jpg`)
  form.append('_payload', JSON.stringify({ caption: `Ảnh ${seed}`, credit: 'Tổ ảnh' }))
  const response = await newsroom.api('POST', '/api/media', { token: people.ctv.token, body: form })
  if (response.status !== 201) throw new Error(`upload: ${JSON.stringify(response.body)}`)
  return response.body.doc.id as Id
}

const allPublications = async () =>
  (await newsroom.payload.find({ collection: 'publications', depth: 0, limit: 0, pagination: false }))
    .docs as unknown as PublicationDoc[]

const stateCounts = (rows: { state?: unknown; stage?: unknown }[]) =>
  rows.reduce<Record<string, number>>((counts, row) => {
    const key = String(row.state ?? row.stage)
    counts[key] = (counts[key] ?? 0) + 1
    return counts
  }, {})

beforeAll(async () => {
  newsroom = await startNewsroom()
  // In a process of its own: this one is busy (REST, the app's engine, SQLite waits), and Facebook
  // taking requests seconds late would break the reconcile delay's premise, not the engine.
  simulator = await startSimulatorProcess({ latencyMs: SIMULATOR_LATENCY_MS })
  process.env.FACEBOOK_GRAPH_URL = simulator.url
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', hashtags: '#KinhTe' } }))
    .id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  const admin = await newsroom.makeUser(['admin'])
  await simulator.addPage({
    pageId: PAGE_ID,
    name: 'Phú Riềng đỏ - Xưa và nay',
    followers: 33_000,
    accessToken: PAGE_TOKEN,
  })
  const channel = await newsroom.api('POST', '/api/channels', {
    token: admin.token,
    json: { name: 'Phú Riềng đỏ', kind: 'facebook_page', pageId: PAGE_ID, accessToken: PAGE_TOKEN },
  })
  if (channel.status !== 201) throw new Error(`channel: ${JSON.stringify(channel.body)}`)
  facebook = channel.body.doc.id
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Xem trước', kind: 'local_feed' } })
  ).id
}, 60_000)

afterAll(async () => {
  // The chaos loop first, so that it restarts nothing; then every worker process, whatever happened.
  chaos.abort()
  await chaosLoop?.catch(() => {})
  await killAllWorkers()
  appLoop.abort()
  await appDelivery?.catch(() => {})
  await simulator?.close()
  await newsroom?.stop()
}, 60_000)

test(`${STORIES} stories, two worker processes killed at random and the app engine: every post exactly once`, async () => {
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const random = prng(20261128)
  const chaosRandom = prng(20261129)

  // The workers start while the stories are prepared; they find nothing to do until the first transition.
  const slots = ['a', 'b'].map((name) => ({ name, generation: 0, history: [], unexpectedExits: [] }) as unknown as Slot)
  slots.forEach(startSlot)

  // 1. Stories: a few walk the whole workflow over REST, the rest are stored approved directly (the
  // REST walk costs five requests a story); a few carry photos.
  const photoSets: Id[][] = []
  for (let index = 0; index < ONE_PHOTO; index += 1) photoSets.push([await uploadPhoto(index)])
  for (let index = 0; index < TWO_PHOTOS; index += 1)
    photoSets.push([await uploadPhoto(10 + 2 * index), await uploadPhoto(11 + 2 * index)])
  const storyData = (index: number) => ({
    title: `Tin số ${index + 1}: bà con Phú Riềng ra quân`,
    body: body(`Nội dung bài ${index + 1}.`),
    ...(photoSets[index] ? { photos: photoSets[index] } : {}),
  })
  const stories = await pool(
    Array.from({ length: STORIES }, (_, index) => index),
    4,
    async (index) =>
      index < WALKED_STORIES
        ? approvedStory(newsroom, people, storyData(index))
        : (
            await newsroom.payload.create({
              collection: 'stories',
              data: { ...storyData(index), area: people.area, author: people.ctv.id, stage: 'approved' } as never,
              overrideAccess: true,
              depth: 0,
            })
          ).id,
  )
  await Promise.all(slots.map(untilReady))
  console.log(`[deliveryCrash] ${STORIES} stories approved, workers up: ${elapsed()}`)

  // 2. The Graph API misbehaves a few times: posts made but unanswered, requests lost, throttling, slowness.
  const feed = { method: 'POST', pathIncludes: '/feed' }
  await simulator.injectFault({ match: feed, times: 3, kind: { type: 'dropAfterProcessing' } })
  await simulator.injectFault({
    match: { method: 'POST', pathIncludes: '/photos' },
    kind: { type: 'dropAfterProcessing' },
  })
  await simulator.injectFault({ match: feed, times: 3, kind: { type: 'dropBeforeProcessing' } })
  await simulator.injectFault({
    match: feed,
    times: 2,
    kind: { type: 'throttle', code: 32, usageHeader: 'x-app-usage' },
  })
  await simulator.injectFault({
    match: feed,
    times: 2,
    kind: { type: 'status5xx', status: 500, afterProcessing: true },
  })
  await simulator.injectFault({ match: feed, times: 3, kind: { type: 'latency', ms: 600 } })

  // 3. The app's own engine, the chaos loop, then the publishing transitions: mixed publish_now and
  // schedule, some stories also on the local feed, issued a few at a time like a busy board.
  appDelivery = runDeliveryLoop(
    createDeliveryEngine(newsroom.payload, {
      graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: GRAPH_TIMEOUT_MS },
      leaseMs: LEASE_MS,
      pollMs: POLL_MS,
      concurrency: CONCURRENCY,
      reconcileDelayMs: RECONCILE_DELAY_MS,
    }),
    newsroom.payload,
    appLoop.signal,
  )
  const report: ChaosReport = { kills: [] }
  chaosLoop = runChaos(slots, report, chaos.signal, chaosRandom, started)

  const plan = stories.map((story, index) => ({
    story,
    scheduled: random() < 0.4,
    channels: index % 4 === 1 ? [facebook, localFeed] : [facebook],
  }))
  const transitionMs: number[] = []
  await pool(plan, 4, async ({ story, scheduled, channels }) => {
    const body = scheduled
      ? {
          action: 'schedule',
          // Counted from now: under load the transitions themselves take a while.
          publishAt: new Date(Date.now() + 2_000 + random() * SCHEDULE_SPREAD_MS).toISOString(),
          channels,
        }
      : { action: 'publish_now', channels }
    const sent = Date.now()
    // depth=0: the endpoint answers with the story; populating it is not what this test is about.
    const response = await newsroom.api('POST', `/api/stories/${story}/transition?depth=0`, {
      token: people.board.token,
      json: body,
    })
    transitionMs.push(Date.now() - sent)
    if (response.status !== 200)
      throw new Error(`${body.action} ${story}: ${response.status} ${JSON.stringify(response.body)}`)
  })
  transitionMs.sort((a, b) => a - b)
  console.log(
    `[deliveryCrash] transitions done: ${elapsed()}; each took p50 ${transitionMs[transitionMs.length >> 1]} ms, ` +
      `max ${transitionMs.at(-1)} ms`,
  )

  // 4. Wait, bounded, until every publication and every story is published.
  const expectedPublications = plan.reduce((total, entry) => total + entry.channels.length, 0)
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  for (;;) {
    const [publicationsLeft, storiesLeft] = await Promise.all([
      newsroom.payload.count({ collection: 'publications', where: { state: { not_equals: 'published' } } }),
      newsroom.payload.count({ collection: 'stories', where: { stage: { not_equals: 'published' } } }),
    ])
    if ((publicationsLeft.totalDocs === 0 && storiesLeft.totalDocs === 0) || Date.now() > deadline) break
    await sleep(500)
  }
  const settledAt = elapsed()

  // 5. Stop everything that could still post (gracefully: in-flight calls finish) before counting.
  chaos.abort()
  await chaosLoop
  appLoop.abort()
  await appDelivery
  await Promise.all(slots.map((slot) => slot.current.stop()))

  const posts = await simulator.posts(PAGE_ID)
  const requests = await simulator.requests()
  const publications = await allPublications()
  const facebookRows = publications.filter((row) => String(row.channel) === String(facebook))
  const postsByPublication = new Map<string, typeof posts>()
  for (const post of posts) {
    const key = String(findMarker(post.message))
    postsByPublication.set(key, [...(postsByPublication.get(key) ?? []), post])
  }
  const duplicated = [...postsByPublication]
    .filter(([, list]) => list.length > 1)
    .map(([id, list]) => `${id}×${list.length}`)
  const lost = facebookRows.filter((row) => !postsByPublication.has(String(row.id))).map((row) => row.id)
  const storyStages = (
    await newsroom.payload.find({
      collection: 'stories',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { stage: true },
    })
  ).docs

  const reconcileRequests = requests.filter(
    (request) => request.method === 'GET' && request.path.endsWith('/published_posts'),
  ).length
  const summary = {
    database: testDatabaseKind(),
    settledAt,
    kills: report.kills.length,
    killsWhileSending: report.kills.filter((kill) => kill.sent > 0).length,
    workerGenerations: slots.map((slot) => `${slot.name}:${slot.generation}`).join(' '),
    unexpectedExits: slots.flatMap((slot) => slot.unexpectedExits),
    reconcileRequests,
    // From the simulator receiving a request to its answer: past the client's timeout, unknown outcomes.
    slowestAnswerMs: Math.max(
      0,
      ...requests.map((request) => Date.parse(request.answeredAt ?? request.at) - Date.parse(request.at)),
    ),
    resentAfterReconcile: publications.filter((row) => (row.reconcileRetries ?? 0) > 0).length,
    retried: publications.filter((row) => (row.attempts ?? 0) > 1).length,
    posts: posts.length,
    facebookPublications: facebookRows.length,
    localPublications: publications.length - facebookRows.length,
    graphRequests: requests.length,
    faultsHit: stateCounts(requests.filter((request) => request.fault).map((request) => ({ state: request.fault }))),
    publicationStates: stateCounts(publications),
    storyStages: stateCounts(storyStages),
    duplicated,
    lost,
  }
  console.log(`[deliveryCrash] ${JSON.stringify(summary, null, 1)}`)
  const stuck = publications.filter((row) => row.state !== 'published')
  const storiesLeft = storyStages.filter((story) => story.stage !== 'published')
  if (stuck.length > 0 || storiesLeft.length > 0 || duplicated.length > 0 || lost.length > 0) {
    console.log(
      `[deliveryCrash] publications not published: ${JSON.stringify(stuck.slice(0, 20), null, 1)}\n` +
        `stories not published, with their publications: ${JSON.stringify(
          storiesLeft.slice(0, 10).map((story) => ({
            story: story.id,
            stage: story.stage,
            publications: publications.filter((row) => String(row.story) === String(story.id)),
          })),
          null,
          1,
        )}\n` +
        `kills: ${JSON.stringify(report.kills)}\n` +
        `Graph requests of duplicated publications:\n${requests
          .filter((request) =>
            duplicated.some((entry) =>
              entry.startsWith(`${findMarker(request.fields.message ?? request.fields.caption)}×`),
            ),
          )
          .map(
            (request) =>
              `  ${request.at} → ${request.answeredAt ?? '?'} ${request.method} ${request.path} ${request.status ?? 'dropped'} ${request.fault ?? ''} ${findMarker(request.fields.message ?? request.fields.caption)}`,
          )
          .join('\n')}\n` +
        slots
          .flatMap((slot) =>
            slot.history.map((worker) => `--- ${worker.name} (pid ${worker.pid})\n${worker.output().slice(-3_000)}`),
          )
          .join('\n'),
    )
  }

  expect(report.kills.length).toBeGreaterThanOrEqual(MIN_KILLS)
  // A worker may fail to start (see bench/run.ts on tsx loader stalls: it is started again), but one
  // that was running must never end by itself.
  expect(slots.flatMap((slot) => slot.unexpectedExits).filter((exit) => exit.includes('after ready'))).toEqual([])
  expect(publications).toHaveLength(expectedPublications)
  expect(stuck.map((row) => `${row.id}:${row.state}:${row.lastError ?? ''}`)).toEqual([])
  expect(storiesLeft.map((story) => story.id)).toEqual([])
  // On the page: each publication's marker in exactly one post, no post without one, none lost.
  expect(duplicated).toEqual([])
  expect(lost).toEqual([])
  expect(postsByPublication.has('null')).toBe(false)
  expect(posts).toHaveLength(facebookRows.length)
  for (const row of facebookRows) expect(row.externalId).toBe(postsByPublication.get(String(row.id))![0]!.id)
}, 240_000)
