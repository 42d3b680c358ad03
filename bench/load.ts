import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import sharp from 'sharp'

import { FEED_PAGE_SIZE } from '../src/app/(frontend)/fanpage/feed'
import { buildNewsroomConfig } from '../src/config/buildNewsroomConfig'
import { closePayload } from '../src/db/close'
import { migrateDatabase } from '../src/db/migrate'
import { seedDemoNewsroom } from '../src/seed/demoNewsroom'
import { richText } from '../src/seed/richText'
import type { Role } from '../src/workflow/roles'
import { createTestDatabase } from '../tests/helpers/testDatabase'
import { startServer } from '../tests/e2e/helpers/server'
import { peakResidentMB, residentMB } from './lib/processMemory'
import { ensureBuilt, signIn } from './lib/realServer'
import { seedStories } from './lib/seedStories'
import { ms, roundSummary, summarize, table, type Summary } from './lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

type Id = string | number
type Mode = 'app' | 'baseline'

/** The 50 users: how many of each kind. */
const CREW = { collaborator: 15, editor: 10, board: 5, reader: 20 } as const
const ADMIN = { email: 'admin@demo.local', password: 'demo-admin-2024' }
/** A user pauses this long between two requests (uniform), as a person reading a screen would. */
const THINK_MS = [500, 1500] as const

/**
 * The reads, each as the app does it and as stock Payload REST does it (the baseline): the same
 * query string, but as the admin (Payload's access short-circuits: no per-role `Where`), and for the
 * public page the published posts as JSON instead of the server-rendered `/fanpage`.
 */
const READS = {
  mine: {
    what: 'collaborator: own stories',
    path: (author: Id) => `/api/stories?where[author][equals]=${author}&sort=-updatedAt&limit=10&depth=0`,
  },
  queue: {
    what: 'editor: area queue',
    path: (area: Id) =>
      `/api/stories?where[area][in][0]=${area}&where[stage][in][0]=submitted&where[stage][in][1]=in_review` +
      `&sort=stageChangedAt&depth=1&limit=20`,
  },
  awaiting: {
    what: 'board: awaiting approval',
    path: () => '/api/stories?where[stage][equals]=awaiting_approval&sort=stageChangedAt&depth=1&limit=20',
  },
  approved: {
    what: 'board: approved, to schedule',
    path: () => '/api/stories?where[stage][equals]=approved&sort=stageChangedAt&depth=1&limit=20',
  },
  fanpage: {
    what: 'public: /fanpage (baseline: published posts over REST)',
    path: () => '/fanpage',
    baselinePath: () =>
      `/api/publications?where[state][equals]=published&sort=-publishedAt&limit=${FEED_PAGE_SIZE}&depth=1`,
  },
} as const
type Read = keyof typeof READS

interface Sample {
  kind: string
  mode: Mode
  ms: number
  status: number
}

interface Account {
  email: string
  password: string
  token: string
  id: Id
  /** An address of its own (X-Forwarded-For through TRUST_PROXY=loopback), as on a real network. */
  address: string
  areas: Id[]
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))
const think = () => sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]))
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)]

/** A 3 MP phone photo (~1 MB): every collaborator's story carries one. */
const phonePhoto = async () => {
  const { data, info } = await sharp({
    create: {
      width: 2048,
      height: 1536,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .blur(1.5)
    .raw()
    .toBuffer({ resolveWithObject: true })
  return sharp(data, { raw: info }).jpeg({ quality: 85 }).toBuffer()
}

/**
 * The newsroom before the server starts, written through Payload in this process: the demo newsroom,
 * the staff of the run, and `stories` stories over every area and stage. The server then opens it.
 */
const prepareNewsroom = async (databaseUri: string, stories: number, log: BenchContext['log']) => {
  const payload = await getPayload({
    config: buildNewsroomConfig({ databaseUri, secret: crypto.randomBytes(24).toString('hex') }),
    key: 'load-seed',
  })
  try {
    await migrateDatabase(payload)
    await seedDemoNewsroom(payload)
    // The district page's areas: the demo's grassroots pages have their own, out of these users' reach.
    const { docs: areas } = await payload.find({
      collection: 'areas',
      where: { 'page.level': { equals: 'district' } },
      depth: 0,
      pagination: false,
    })
    const areaIds = areas.map((area) => area.id as Id)
    const staff: Record<'collaborator' | 'editor' | 'board', Omit<Account, 'token' | 'address'>[]> = {
      collaborator: [],
      editor: [],
      board: [],
    }
    for (const role of ['collaborator', 'editor', 'board'] as const) {
      for (let index = 0; index < CREW[role]; index += 1) {
        const account = {
          email: `${role}-${index}@load.local`,
          password: `load-${crypto.randomBytes(6).toString('hex')}`,
          areas: role === 'editor' ? [areaIds[index % areaIds.length]!] : [],
        }
        const user = await payload.create({
          collection: 'users',
          data: { ...account, name: `${role} ${index}`, roles: [role as Role] } as never,
        })
        staff[role].push({ ...account, id: user.id as Id })
      }
    }
    log(`  ${CREW.collaborator + CREW.editor + CREW.board} staff accounts; seeding ${stories} stories…`)
    await seedStories(payload, {
      count: stories,
      areas: areaIds,
      authors: staff.collaborator.map((account) => account.id),
      log: () => {},
    })
    return { staff, areaIds }
  } finally {
    await closePayload(payload)
  }
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const seconds = numberFlag(flags, 'duration', Number(process.env.BENCH_LOAD_SECONDS ?? 60))
  const storyCount = numberFlag(flags, 'stories', 2_000)
  ensureBuilt(log)

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-load-'))
  const database = db === 'sqlite' ? null : await createTestDatabase(db)
  const databaseUri = database?.uri ?? `file:${path.join(tempDir, 'newsroom.db')}`
  log(`preparing the newsroom on ${db}…`)
  const { staff, areaIds } = await prepareNewsroom(databaseUri, storyCount, log)
  log('starting the server (src/server.ts, built Next app, delivery loop on)…')
  const server = await startServer({ env: { DATABASE_URI: databaseUri, TRUST_PROXY: 'loopback' } })
  const samples: Sample[] = []
  const errors: string[] = []
  const photo = await phonePhoto()
  try {
    const address = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
    const admin = await signIn(server, ADMIN, address())
    const accounts = {} as Record<'collaborator' | 'editor' | 'board', Account[]>
    for (const [role, members] of Object.entries(staff) as [keyof typeof staff, (typeof staff)['board']][]) {
      accounts[role] = []
      for (const member of members) {
        const ip = address()
        accounts[role].push({ ...member, address: ip, token: await signIn(server, member, ip) })
      }
    }
    const channels = await (
      await fetch(`${server.url}/api/channels?depth=0`, { headers: { authorization: `JWT ${admin}` } })
    ).json()
    const localChannel = (channels as { docs: { id: Id; kind: string }[] }).docs.find(
      (channel) => channel.kind === 'local_feed',
    )!.id

    let mode: Mode = 'app'
    let stopAt = 0
    /** One request, timed; 409 on a transition is a lost race between two people, not an error. */
    const call = async (
      kind: string,
      method: string,
      url: string,
      who: { token?: string; address: string },
      body?: { json?: unknown; form?: FormData },
    ) => {
      const headers: Record<string, string> = { 'x-forwarded-for': who.address }
      if (who.token) headers.authorization = `JWT ${who.token}`
      if (body?.json !== undefined) headers['content-type'] = 'application/json'
      const started = performance.now()
      let status = 0
      let text: string
      try {
        const response = await fetch(`${server.url}${url}`, {
          method,
          headers,
          body: body?.form ?? (body?.json !== undefined ? JSON.stringify(body.json) : undefined),
        })
        status = response.status
        text = await response.text()
      } catch (error) {
        text = String(error)
      }
      const sampleMode = mode
      samples.push({ kind, mode: sampleMode, ms: performance.now() - started, status })
      const conflict = status === 409 && kind.startsWith('transition')
      if ((status < 200 || status >= 300) && !conflict)
        errors.push(`${sampleMode} ${kind} ${method} ${url}: ${status} ${text.slice(0, 160)}`)
      try {
        return { status, body: status >= 200 && status < 300 && text.startsWith('{') ? JSON.parse(text) : null, text }
      } catch {
        return { status, body: null, text }
      }
    }
    /** A read the app's way, or the baseline's: same query, admin token, JSON instead of the page. */
    const read = (name: Read, who: Account | { address: string }, of?: Id) => {
      const spec = READS[name]
      if (mode === 'baseline') {
        const url = 'baselinePath' in spec ? spec.baselinePath() : spec.path(of!)
        return call(`read ${name}`, 'GET', url, { token: admin, address: who.address })
      }
      return call(`read ${name}`, 'GET', spec.path(of!), who)
    }
    const transition = (who: Account, id: Id, action: string, extra: Record<string, unknown> = {}) =>
      call(`transition ${action}`, 'POST', `/api/stories/${id}/transition`, who, { json: { action, ...extra } })

    const docsOf = (answer: { body: { docs?: { id: Id; stage?: string }[] } | null }) => answer.body?.docs ?? []
    const running = () => performance.now() < stopAt

    const collaborator = async (who: Account) => {
      let made = 0
      while (running()) {
        made += 1
        const created = await call('write story.create', 'POST', '/api/stories', who, {
          json: {
            title: `Tin tải thử ${who.email} số ${made}`,
            summary: 'Bà con các ấp góp công mở rộng tuyến đường liên ấp.',
            body: richText('Sáng Chủ nhật, hàng trăm đoàn viên và bà con nhân dân đã cùng ra quân làm đường.'),
            area: pick(areaIds),
            format: 'news',
          },
        })
        const storyId = created.body?.doc?.id as Id | undefined
        await think()
        if (storyId !== undefined && running()) {
          const form = new FormData()
          form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `anh-${made}.jpg`)
          form.append('_payload', JSON.stringify({ caption: 'Ra quân làm đường', credit: 'Cộng tác viên' }))
          const uploaded = await call('write media.upload', 'POST', '/api/media', who, { form })
          await think()
          const mediaId = uploaded.body?.doc?.id as Id | undefined
          if (mediaId !== undefined && running()) {
            await call('write story.attach', 'PATCH', `/api/stories/${storyId}`, who, { json: { photos: [mediaId] } })
            await think()
          }
          if (running()) await transition(who, storyId, 'submit')
          await think()
        }
        if (running()) await read('mine', who, who.id)
        await think()
      }
    }
    const editor = async (who: Account) => {
      while (running()) {
        const queue = docsOf(await read('queue', who, who.areas[0]))
        await think()
        // Any story of the page: a submitted one is claimed and then forwarded, one in review forwarded.
        const story = pick(queue)
        if (story && running()) {
          const claimed = story.stage === 'submitted' ? await transition(who, story.id, 'claim') : { status: 200 }
          if (story.stage === 'submitted') await think()
          if (claimed.status === 200 && running()) await transition(who, story.id, 'forward')
          await think()
        }
      }
    }
    const board = async (who: Account) => {
      while (running()) {
        const awaiting = docsOf(await read('awaiting', who))
        await think()
        const toApprove = pick(awaiting)
        if (toApprove && running()) await transition(who, toApprove.id, 'approve')
        await think()
        if (!running()) break
        const approved = docsOf(await read('approved', who))
        await think()
        const toSchedule = pick(approved)
        if (toSchedule && running()) {
          await transition(who, toSchedule.id, 'schedule', {
            publishAt: new Date(Date.now() + 3_000).toISOString(),
            channels: [localChannel],
          })
        }
        await think()
      }
    }
    const reader = async (who: { address: string }) => {
      while (running()) {
        const page = await read('fanpage', who)
        const photoPath =
          mode === 'app' ? pick([...page.text.matchAll(/\/fanpage\/anh\/[\w%-]+/g)].map((m) => m[0])) : undefined
        await think()
        if (photoPath && running()) {
          await call('read fanpage.photo', 'GET', photoPath, who)
          await think()
        }
      }
    }

    // Two slices of each mode, app–baseline–baseline–app, so that data growing during the run and
    // machine noise fall on both alike.
    const sliceSeconds = seconds / 2
    const rest = residentMB(server.pid)
    log(
      `${CREW.collaborator} collaborators, ${CREW.editor} editors, ${CREW.board} board members, ${CREW.reader} public ` +
        `readers; think time ${THINK_MS[0]}–${THINK_MS[1]} ms; ${seconds} s of app and ${seconds} s of baseline, ` +
        `in slices of ${sliceSeconds} s. Server at rest: ${rest.toFixed(0)} MB`,
    )
    for (const [name, spec] of Object.entries(READS)) log(`  read ${name}: ${spec.what}`)
    const slices: { mode: Mode; peakMB: number; afterMB: number }[] = []
    for (const sliceMode of ['app', 'baseline', 'baseline', 'app'] as const) {
      mode = sliceMode
      stopAt = performance.now() + sliceSeconds * 1000
      const before = samples.length
      const errorsBefore = errors.length
      const progress = setInterval(() => {
        log(
          `    ${mode}: ${samples.length - before} requests, ${errors.length - errorsBefore} errors, server ` +
            `${residentMB(server.pid).toFixed(0)} MB`,
        )
      }, 10_000)
      log(`  slice ${slices.length + 1}/4: ${mode}, ${sliceSeconds} s…`)
      const { peakMB } = await peakResidentMB(server.pid, () =>
        Promise.all([
          ...accounts.collaborator.map(collaborator),
          ...accounts.editor.map(editor),
          ...accounts.board.map(board),
          ...Array.from({ length: CREW.reader }, () => reader({ address: address() })),
        ]),
      )
      clearInterval(progress)
      slices.push({ mode, peakMB: Math.round(peakMB), afterMB: Math.round(residentMB(server.pid)) })
    }
    const after = residentMB(server.pid)

    const forMode = (wanted: Mode, filter: (sample: Sample) => boolean = () => true) =>
      samples.filter((sample) => sample.mode === wanted && filter(sample))
    const stats = (list: Sample[]) => summarize(list.map((sample) => sample.ms))
    const kinds = [...new Set(samples.map((sample) => sample.kind))].sort()
    const perKind = Object.fromEntries(
      kinds.map((kind) => {
        const app = forMode('app', (sample) => sample.kind === kind)
        const baseline = forMode('baseline', (sample) => sample.kind === kind)
        return [
          kind,
          { app: roundSummary(stats(app)), baseline: baseline.length ? roundSummary(stats(baseline)) : null },
        ]
      }),
    ) as Record<string, { app: Summary; baseline: Summary | null }>
    const isRead = (sample: Sample) => sample.kind.startsWith('read ') && sample.kind !== 'read fanpage.photo'
    const overall = {
      app: { all: stats(forMode('app')), reads: stats(forMode('app', isRead)) },
      baseline: { all: stats(forMode('baseline')), reads: stats(forMode('baseline', isRead)) },
    }
    const throughput = (wanted: Mode) => forMode(wanted).length / seconds
    const errorCount = {
      app: errors.filter((e) => e.startsWith('app ')).length,
      baseline: errors.filter((e) => e.startsWith('baseline ')).length,
    }
    const conflicts = samples.filter((sample) => sample.status === 409).length
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–')

    log(`\nper request kind, ms (app | stock REST baseline), ${db}:`)
    log(
      table(
        ['kind', 'n', 'p50', 'p95', 'p99', 'base n', 'base p50', 'base p95', 'base p99', 'p50 ×', 'p95 ×'],
        kinds.map((kind) => {
          const { app, baseline } = perKind[kind]!
          return [
            kind,
            String(app.n),
            ms(app.p50),
            ms(app.p95),
            ms(app.p99),
            baseline ? String(baseline.n) : '',
            baseline ? ms(baseline.p50) : '',
            baseline ? ms(baseline.p95) : '',
            baseline ? ms(baseline.p99) : '',
            baseline && kind.startsWith('read ') && kind !== 'read fanpage.photo' ? ratio(app.p50, baseline.p50) : '',
            baseline && kind.startsWith('read ') && kind !== 'read fanpage.photo' ? ratio(app.p95, baseline.p95) : '',
          ]
        }),
      ),
    )
    log('')
    log(
      table(
        ['', 'requests/s', 'p50', 'p95', 'p99', 'reads p50', 'reads p95', 'reads p99', 'errors'],
        (['app', 'baseline'] as const).map((which) => [
          which === 'app' ? 'app (the newsroom)' : 'baseline (stock REST reads)',
          throughput(which).toFixed(1),
          ms(overall[which].all.p50),
          ms(overall[which].all.p95),
          ms(overall[which].all.p99),
          ms(overall[which].reads.p50),
          ms(overall[which].reads.p95),
          ms(overall[which].reads.p99),
          String(errorCount[which]),
        ]),
      ),
    )
    log(
      `reads, app / baseline: p50 ×${ratio(overall.app.reads.p50, overall.baseline.reads.p50)}, p95 ×` +
        `${ratio(overall.app.reads.p95, overall.baseline.reads.p95)}; lost races (409): ${conflicts}; ` +
        `server memory: ${rest.toFixed(0)} MB before, ${after.toFixed(0)} MB after, peak ${Math.max(...slices.map((s) => s.peakMB))} MB`,
    )
    for (const error of errors.slice(0, 5)) log(`  error: ${error}`)
    const pass = errors.length === 0
    return {
      pass,
      headline:
        `${throughput('app').toFixed(1)} req/s, p50/p95/p99 ${ms(overall.app.all.p50)}/${ms(overall.app.all.p95)}/` +
        `${ms(overall.app.all.p99)} ms, reads ×${ratio(overall.app.reads.p95, overall.baseline.reads.p95)} p95 vs stock ` +
        `REST, ${errors.length} errors, RSS ${rest.toFixed(0)}→${after.toFixed(0)} MB`,
      result: {
        seconds,
        stories: storyCount,
        crew: CREW,
        thinkMs: THINK_MS,
        throughput: { app: throughput('app'), baseline: throughput('baseline') },
        overall: Object.fromEntries(
          Object.entries(overall).map(([which, value]) => [
            which,
            { all: roundSummary(value.all), reads: roundSummary(value.reads) },
          ]),
        ),
        perKind,
        errors: { ...errorCount, first: errors.slice(0, 20) },
        conflicts,
        memoryMB: { before: Math.round(rest), after: Math.round(after), slices },
      },
    }
  } finally {
    await server.stop()
    await database?.drop()
    fs.rmSync(tempDir, { recursive: true, force: true })
  }
}

export const benchmark: Benchmark = {
  name: 'load',
  description:
    '50 simulated users (collaborators creating stories with a photo and submitting them, editors working their ' +
    "area's queue, the board approving and scheduling, public readers of /fanpage) against the real server for " +
    '`--duration` seconds (default 60), and the same users with every read made through stock Payload REST as the ' +
    'admin (the baseline), interleaved: throughput, p50/p95/p99, errors, server memory.',
  run,
}
