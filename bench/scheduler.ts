import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { inArray } from '@payloadcms/db-sqlite/drizzle'

import { approvedContent } from '../src/publishing/approved/content'
import { defaultPublishConcurrency } from '../src/publishing/engine/settings'
import { findMarker } from '../src/publishing/message'
import { type GraphSimulator, startGraphSimulator } from '../tests/graph-simulator'
import { startNewsroom, type TestNewsroom, type TestUser } from '../tests/helpers/newsroom'
import { createFacebookChannel, PAGE_ID } from '../tests/helpers/publishing'
import { transition } from '../tests/helpers/stories'
import { startWorker, type WorkerProcess } from '../tests/helpers/workerProcess'
import { roundSummary, summarize, table, type Summary } from './lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

/** A single scheduled post must be out within this long of its time (p99). */
export const TARGET_SINGLE_P99_MS = 1_000
/** In a burst of stories due at the same instant, each must be out within this long (p99). */
export const TARGET_BURST_P99_MS = 5_000

type Id = string | number

interface SqlTable {
  [column: string]: unknown
}
interface SqlDatabase {
  insert: (table: SqlTable) => { values: (rows: object[]) => { returning: (fields: object) => Promise<{ id: Id }[]> } }
  update: (table: SqlTable) => { set: (values: object) => { where: (condition: unknown) => Promise<unknown> } }
}

/** When each publication's post became visible on the simulated page (its marker → epoch ms). */
class PostClock {
  readonly visibleAt = new Map<string, number>()

  record(method: string, requestPath: string, status: number | null, message: string | undefined) {
    if (method !== 'POST' || status !== 200 || !/\/(feed|photos)$/.test(requestPath)) return
    const marker = findMarker(message)
    if (marker !== null && !this.visibleAt.has(marker)) this.visibleAt.set(marker, Date.now())
  }
}

interface Fixture {
  newsroom: TestNewsroom
  simulator: GraphSimulator
  clock: PostClock
  facebook: Id
  area: Id
  author: TestUser
  board: TestUser
  mediaDir: string
  /** Where workers write a CPU profile (`--profile DIR`), if anywhere. */
  profileDir?: string
}

const workerEnv = (fixture: Fixture, concurrency: number) => ({
  FACEBOOK_GRAPH_URL: fixture.simulator.url,
  FACEBOOK_GRAPH_VERSION: 'v24.0',
  PUBLISH_CONCURRENCY: String(concurrency),
  MEDIA_DIR: fixture.mediaDir,
  // Everything else as in production: poll 250 ms, lease 60 s, Graph timeout 30 s.
  PUBLISH_POLL_MS: undefined,
  PUBLISH_LEASE_MS: undefined,
  FACEBOOK_TIMEOUT_MS: undefined,
  PUBLISH_RECONCILE_DELAY_MS: undefined,
})

/** Starts `count` worker processes and waits until each runs (starting one again if it failed to). */
const startWorkers = async (fixture: Fixture, count: number, concurrency: number, log: (line: string) => void) => {
  const workers: WorkerProcess[] = []
  for (let index = 0; index < count; index += 1) {
    for (let attempt = 1; ; attempt += 1) {
      const worker = startWorker({
        name: `bench-worker-${index + 1}`,
        databaseUri: fixture.newsroom.databaseUri,
        secret: fixture.newsroom.secret,
        env: workerEnv(fixture, concurrency),
        nodeArgs: fixture.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${fixture.profileDir}`] : [],
      })
      try {
        await worker.ready
        workers.push(worker)
        break
      } catch (error) {
        if (attempt >= 3) throw error
        log(`  (worker ${index + 1} did not start; starting it again)`)
      }
    }
  }
  return workers
}

const stopWorkers = (workers: WorkerProcess[]) => Promise.all(workers.map((worker) => worker.stop()))

interface CpuTimes {
  user: number
  system: number
  /** user + system of the main (JavaScript) thread alone. */
  mainThread: number
}

/** utime and stime of a /proc stat line, in ms (fields 14 and 15 of stat(5), in USER_HZ: 100 a second). */
const statTimes = (statLine: string) => {
  const fields = statLine.split(') ')[1]!.split(' ')
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 }
}

/** CPU time a process has used so far, in ms; null where /proc is not there. */
const cpuTimes = (pid: number): CpuTimes | null => {
  try {
    const process = statTimes(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
    const main = statTimes(fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8'))
    return { ...process, mainThread: main.user + main.system }
  } catch {
    return null
  }
}

const sqlOf = (fixture: Fixture) => {
  const db = fixture.newsroom.payload.db as unknown as { drizzle: SqlDatabase; tables: Record<string, SqlTable> }
  return { drizzle: db.drizzle, stories: db.tables.stories!, publications: db.tables.publications! }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/**
 * `count` scheduled stories, one queued Facebook publication each, as approval and the `schedule`
 * transition leave them (the approved content kept), inserted in batches through Payload's Drizzle instance (seconds instead of a minute of
 * transitions). They are due far in the future until `makeDue` moves them all to one instant.
 */
const seedScheduled = async (fixture: Fixture, count: number, label: string, log: (line: string) => void) => {
  const { drizzle, stories, publications } = sqlOf(fixture)
  const far = new Date(Date.now() + 24 * 3_600_000).toISOString()
  const now = new Date().toISOString()
  const started = performance.now()
  const publicationIds: Id[] = []
  const storyIds: Id[] = []
  const area = await fixture.newsroom.payload.findByID({ collection: 'areas', id: fixture.area, depth: 0 })
  const batch = 100
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done)
    const inserted = await drizzle
      .insert(stories)
      .values(
        Array.from({ length: size }, (_, offset) => {
          const content = {
            title: `${label} ${done + offset + 1}: Phú Riềng ra quân làm đường giao thông nông thôn`,
            body: paragraph('Bà con góp công, góp đất; tuyến đường dài 2,5 km hoàn thành trước Tết.'),
            format: 'news',
          }
          return {
            ...content,
            // What the board's approval keeps: every story the engine sends has it.
            approvedContent: approvedContent({ ...content, area: { hashtags: area.hashtags as string } }, []),
            area: fixture.area,
            author: fixture.author.id,
            stage: 'scheduled',
            publishAt: far,
            stageChangedAt: now,
            createdAt: now,
            updatedAt: now,
          }
        }),
      )
      .returning({ id: stories.id })
    const rows = await drizzle
      .insert(publications)
      .values(
        inserted.map(({ id }) => ({
          label: `${label} → Facebook`,
          story: id,
          channel: fixture.facebook,
          state: 'queued',
          scheduledFor: far,
          attempts: 0,
          reconcileRetries: 0,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: publications.id })
    publicationIds.push(...rows.map((row) => row.id))
    storyIds.push(...inserted.map((row) => row.id))
    if ((done + size) % 250 === 0 || done + size === count) log(`  seeded ${done + size} / ${count}`)
  }
  log(`  ${count} stories and publications in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { publicationIds, storyIds }
}

/** Moves every given publication (and its story) to the same instant, in one statement each. */
const makeDue = async (fixture: Fixture, publicationIds: Id[], at: Date) => {
  const { drizzle, publications } = sqlOf(fixture)
  await drizzle
    .update(publications)
    .set({ scheduledFor: at.toISOString() })
    .where(inArray(publications.id as never, publicationIds as never))
}

interface PublicationRow {
  id: Id
  state: string
  scheduledFor: string
  publishedAt?: string | null
}

const publicationRows = async (fixture: Fixture, ids: Id[]) =>
  (
    await fixture.newsroom.payload.find({
      collection: 'publications',
      where: { id: { in: ids } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs as unknown as PublicationRow[]

/** Posts on the page per publication: more than one is a duplicate. */
const duplicatesOf = (fixture: Fixture, ids: Id[]) => {
  const wanted = new Set(ids.map(String))
  const perPublication = new Map<string, number>()
  for (const post of fixture.simulator.posts(PAGE_ID)) {
    const marker = findMarker(post.message)
    if (marker !== null && wanted.has(marker)) perPublication.set(marker, (perPublication.get(marker) ?? 0) + 1)
  }
  return [...perPublication.values()].reduce((total, posts) => total + posts - 1, 0)
}

interface BurstResult {
  workers: number
  concurrency: number
  stories: number
  /** From the due instant to the last post visible. */
  drainMs: number
  /** From the due instant to the last story moved to `published` (observed every 100 ms). */
  storiesDoneMs: number
  postsPerSecond: number
  /** What the simulator allows: concurrency × 1000 / latency calls a second per worker. */
  idealPerSecond: number
  ratio: number
  graphCallsPerPublication: number
  /** CPU the worker processes used per publication during the burst: what bounds the rate here. */
  workerCpuMsPerPublication: number | null
  /** The same, split: user and system time of the processes, and their main threads' share. */
  workerCpu: { userMs: number; systemMs: number; mainThreadMs: number } | null
  /** Post visible on the page (simulator) minus scheduledFor. */
  lateness: Summary
  /** publishedAt recorded by the engine minus scheduledFor. */
  recordedLateness: Summary
  duplicates: number
  pass: boolean
}

const runBurst = async (
  fixture: Fixture,
  options: { workers: number; concurrency: number; stories: number; latencyMs: number; log: (line: string) => void },
): Promise<BurstResult> => {
  const { workers: workerCount, concurrency, stories, latencyMs, log } = options
  log(
    `\nburst: ${stories} stories due at the same instant, ${workerCount} worker process(es), concurrency ${concurrency}`,
  )
  fixture.simulator.reset()
  fixture.clock.visibleAt.clear()
  const { publicationIds: ids, storyIds } = await seedScheduled(fixture, stories, `Đợt ${workerCount}`, log)
  const workers = await startWorkers(fixture, workerCount, concurrency, log)
  // Read while the workers live (a process's /proc entry goes with it).
  let cpuAtStart: (CpuTimes | null)[]
  let cpuAtEnd: (CpuTimes | null)[] | undefined
  let storiesDoneAt: number
  try {
    const dueAt = new Date(Date.now() + 1_500)
    await makeDue(fixture, ids, dueAt)
    log(`  due at ${dueAt.toISOString()}; workers ${workers.map((worker) => worker.pid).join(', ')} polling`)
    await sleep(Math.max(0, dueAt.getTime() - Date.now()))
    cpuAtStart = workers.map((worker) => cpuTimes(worker.pid))

    const deadline = Date.now() + 300_000
    const wanted = ids.map(String)
    let lastReport = 0
    for (;;) {
      const visible = wanted.filter((id) => fixture.clock.visibleAt.has(id)).length
      const left = (
        await fixture.newsroom.payload.count({
          collection: 'publications',
          where: { and: [{ id: { in: ids } }, { state: { not_equals: 'published' } }] },
        })
      ).totalDocs
      // A story becomes `published` after its publication, when the burst leaves the engine time.
      const storiesLeft = (
        await fixture.newsroom.payload.count({
          collection: 'stories',
          where: { and: [{ id: { in: storyIds } }, { stage: { not_equals: 'published' } }] },
        })
      ).totalDocs
      const done = left === 0 && storiesLeft === 0
      if (Date.now() - lastReport >= 1_000 || done) {
        lastReport = Date.now()
        log(
          `  t+${((Date.now() - dueAt.getTime()) / 1000).toFixed(1)} s: ${visible} / ${stories} posted, ` +
            `${stories - left} recorded, ${stories - storiesLeft} stories published`,
        )
      }
      if (done) {
        storiesDoneAt = Date.now()
        cpuAtEnd = workers.map((worker) => cpuTimes(worker.pid))
        break
      }
      if (Date.now() > deadline) throw new Error(`burst not drained in 300 s: ${left} publications left`)
      const dead = workers.find((worker) => !worker.isRunning())
      if (dead) throw new Error(`${dead.name} exited:\n${dead.output().slice(-3_000)}`)
      await sleep(100)
    }
  } finally {
    await stopWorkers(workers)
  }

  const rows = await publicationRows(fixture, ids)
  const lateness = rows.map((row) => fixture.clock.visibleAt.get(String(row.id))! - Date.parse(row.scheduledFor))
  const recorded = rows.map((row) => Date.parse(row.publishedAt!) - Date.parse(row.scheduledFor))
  const dueAt = Date.parse(rows[0]!.scheduledFor)
  const drainMs = Math.max(...rows.map((row) => fixture.clock.visibleAt.get(String(row.id))!)) - dueAt
  const idealPerSecond = (workerCount * concurrency * 1000) / latencyMs
  const postsPerSecond = (stories * 1000) / drainMs
  const latenessSummary = summarize(lateness)
  const duplicates = duplicatesOf(fixture, ids)
  const cpuUsed = (times: keyof CpuTimes) =>
    cpuAtEnd && cpuAtEnd.every((value) => value !== null) && cpuAtStart.every((value) => value !== null)
      ? cpuAtEnd.reduce<number>((total, value, index) => total + value![times] - cpuAtStart[index]![times], 0)
      : null
  const perPublication = (ms: number) => Math.round((ms / stories) * 10) / 10
  const [user, system, mainThread] = [cpuUsed('user'), cpuUsed('system'), cpuUsed('mainThread')]
  return {
    workers: workerCount,
    concurrency,
    stories,
    drainMs: Math.round(drainMs),
    storiesDoneMs: storiesDoneAt - dueAt,
    postsPerSecond: Math.round(postsPerSecond * 10) / 10,
    idealPerSecond: Math.round(idealPerSecond * 10) / 10,
    ratio: Math.round((postsPerSecond / idealPerSecond) * 100) / 100,
    graphCallsPerPublication: Math.round((fixture.simulator.requests.length / stories) * 100) / 100,
    workerCpuMsPerPublication: user === null ? null : perPublication(user + system!),
    workerCpu:
      user === null
        ? null
        : {
            userMs: perPublication(user),
            systemMs: perPublication(system!),
            mainThreadMs: perPublication(mainThread!),
          },
    lateness: roundSummary(latenessSummary),
    recordedLateness: roundSummary(summarize(recorded)),
    duplicates,
    pass: latenessSummary.p99 <= TARGET_BURST_P99_MS && duplicates === 0,
  }
}

interface SingleResult {
  posts: number
  lateness: Summary
  recordedLateness: Summary
  duplicates: number
  pass: boolean
}

/**
 * One post at a time, each scheduled about 1 s ahead through the transition endpoint while one worker
 * runs with the default poll: the lateness an editor sees for an ordinary scheduled post.
 */
const runSingles = async (
  fixture: Fixture,
  options: { count: number; concurrency: number; log: (line: string) => void },
) => {
  const { count, concurrency, log } = options
  log(`\nsingle posts: ${count}, each scheduled ~1 s ahead over REST, one worker, default poll`)
  fixture.simulator.reset()
  fixture.clock.visibleAt.clear()
  const [worker] = await startWorkers(fixture, 1, concurrency, log)
  const ids: Id[] = []
  try {
    for (let index = 0; index < count; index += 1) {
      const story = await fixture.newsroom.payload.create({
        collection: 'stories',
        data: {
          title: `Tin lẻ ${index + 1}`,
          body: paragraph('Một bài hẹn giờ.'),
          area: fixture.area,
          author: fixture.author.id,
          stage: 'approved',
        } as never,
        overrideAccess: true,
        depth: 0,
      })
      // A little jitter, so that the due times fall anywhere in the worker's poll cycle.
      const publishAt = new Date(Date.now() + 1_000 + Math.floor(Math.random() * 250))
      const response = await transition(fixture.newsroom, fixture.board, story.id, {
        action: 'schedule',
        publishAt: publishAt.toISOString(),
        channels: [fixture.facebook],
      })
      if (response.status !== 200) throw new Error(`schedule: ${response.status} ${JSON.stringify(response.body)}`)
      const [publication] = (
        await fixture.newsroom.payload.find({
          collection: 'publications',
          where: { story: { equals: story.id } },
          depth: 0,
          limit: 1,
        })
      ).docs as unknown as PublicationRow[]
      ids.push(publication!.id)
      const deadline = Date.now() + 30_000
      for (;;) {
        const row = (await publicationRows(fixture, [publication!.id]))[0]!
        if (row.state === 'published' && fixture.clock.visibleAt.has(String(row.id))) break
        if (Date.now() > deadline) throw new Error(`single post ${index + 1} not published in 30 s (${row.state})`)
        await sleep(20)
      }
      if ((index + 1) % 5 === 0) log(`  ${index + 1} / ${count}`)
    }
  } finally {
    await worker!.stop()
  }
  const rows = await publicationRows(fixture, ids)
  const lateness = summarize(
    rows.map((row) => fixture.clock.visibleAt.get(String(row.id))! - Date.parse(row.scheduledFor)),
  )
  const duplicates = duplicatesOf(fixture, ids)
  return {
    posts: count,
    lateness: roundSummary(lateness),
    recordedLateness: roundSummary(
      summarize(rows.map((row) => Date.parse(row.publishedAt!) - Date.parse(row.scheduledFor))),
    ),
    duplicates,
    pass: lateness.p99 <= TARGET_SINGLE_P99_MS && duplicates === 0,
  } satisfies SingleResult
}

const seconds = (value: number) => (value / 1000).toFixed(2)
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS')

const cpuPerPublication = ({ workerCpuMsPerPublication: total, workerCpu: split }: BurstResult) =>
  split === null
    ? '?'
    : `${total} ms (user ${split.userMs}, system ${split.systemMs}; main thread ${split.mainThreadMs})`

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const stories = numberFlag(flags, 'stories', 500)
  const latencyMs = numberFlag(flags, 'latency', 80)
  const concurrency = numberFlag(flags, 'concurrency', defaultPublishConcurrency(db))
  const singles = numberFlag(flags, 'singles', 20)
  const workerCounts = String(flags.workers ?? '1,2')
    .split(',')
    .map(Number)
    .filter((count) => Number.isInteger(count) && count > 0)

  log(`starting a fresh ${db} newsroom and the Graph API simulator (latency ${latencyMs} ms)…`)
  const newsroom = await startNewsroom()
  const clock = new PostClock()
  const simulator = await startGraphSimulator({
    latencyMs,
    onRequest: (entry) =>
      clock.record(entry.method, entry.path, entry.status, entry.fields.message ?? entry.fields.caption),
  })
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scheduler-media-'))
  try {
    const admin = await newsroom.makeUser(['admin'])
    const area = await newsroom.makeArea('Kinh tế')
    const fixture: Fixture = {
      newsroom,
      simulator,
      clock,
      facebook: await createFacebookChannel(newsroom, admin, simulator),
      area,
      author: await newsroom.makeUser(['collaborator']),
      board: await newsroom.makeUser(['board']),
      mediaDir,
      profileDir: typeof flags.profile === 'string' ? path.resolve(flags.profile) : undefined,
    }

    const single = await runSingles(fixture, { count: singles, concurrency, log })
    const bursts: BurstResult[] = []
    for (const workers of workerCounts)
      bursts.push(await runBurst(fixture, { workers, concurrency, stories, latencyMs, log }))

    log('')
    log(`scheduler, ${db}: simulator latency ${latencyMs} ms, worker concurrency ${concurrency}, poll 250 ms (default)`)
    log(
      table(
        [
          '',
          'posts',
          'drain s',
          'posts/s',
          'ideal/s',
          'actual/ideal',
          'p50 s',
          'p99 s',
          'max s',
          'dup',
          'stories done s',
          `p99 target`,
        ],
        [
          ...bursts.map((burst) => [
            `burst, ${burst.workers} worker${burst.workers > 1 ? 's' : ''}`,
            String(burst.stories),
            seconds(burst.drainMs),
            burst.postsPerSecond.toFixed(1),
            burst.idealPerSecond.toFixed(1),
            burst.ratio.toFixed(2),
            seconds(burst.lateness.p50),
            seconds(burst.lateness.p99),
            seconds(burst.lateness.max),
            String(burst.duplicates),
            seconds(burst.storiesDoneMs),
            `≤ ${seconds(TARGET_BURST_P99_MS)} ${verdict(burst.pass)}`,
          ]),
          [
            'single posts, 1 worker',
            String(single.posts),
            '–',
            '–',
            '–',
            '–',
            seconds(single.lateness.p50),
            seconds(single.lateness.p99),
            seconds(single.lateness.max),
            String(single.duplicates),
            '–',
            `≤ ${seconds(TARGET_SINGLE_P99_MS)} ${verdict(single.pass)}`,
          ],
        ],
      ),
    )
    log(
      `lateness = post visible on the page − scheduledFor; the engine records publishedAt a permalink read later ` +
        `(burst p99 recorded: ${bursts.map((burst) => `${seconds(burst.recordedLateness.p99)} s`).join(', ')}; ` +
        `single p99 recorded: ${seconds(single.recordedLateness.p99)} s). ` +
        `Graph calls per publication: ${bursts.map((burst) => burst.graphCallsPerPublication).join(', ')}; ` +
        `worker CPU per publication: ${bursts.map(cpuPerPublication).join('; ')}.`,
    )
    const duplicates = single.duplicates + bursts.reduce((total, burst) => total + burst.duplicates, 0)
    const pass = single.pass && bursts.every((burst) => burst.pass) && duplicates === 0
    log(`scheduler ${db}: ${verdict(pass)}${duplicates > 0 ? ` (${duplicates} DUPLICATE posts)` : ''}`)

    return {
      pass,
      headline:
        `single p99 ${seconds(single.lateness.p99)} s; ` +
        bursts
          .map(
            (burst) => `${burst.workers}w burst p99 ${seconds(burst.lateness.p99)} s, ${burst.ratio.toFixed(2)}× ideal`,
          )
          .join('; ') +
        `; ${duplicates} dup`,
      result: {
        latencyMs,
        concurrency,
        pollMs: 250,
        targets: { singleP99Ms: TARGET_SINGLE_P99_MS, burstP99Ms: TARGET_BURST_P99_MS, duplicates: 0 },
        single,
        bursts,
        duplicates,
      },
    }
  } finally {
    await simulator.close()
    await newsroom.stop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

export const benchmark: Benchmark = {
  name: 'scheduler',
  description:
    'Delivery engine lateness and throughput against the Graph API simulator (80 ms a call): ~20 single posts ' +
    'scheduled 1 s ahead, then 500 stories due at the same instant with one and with two worker processes.',
  run,
}
