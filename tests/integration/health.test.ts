import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'

import { pino } from 'pino'

import { archiveName } from '../../src/backup/archives'
import { backupSettingsFromEnv } from '../../src/backup/settings'
import { healthRoute } from '../../src/health/healthRoute'
import { type HealthOptions, newsroomHealth } from '../../src/health/newsroomHealth'
import { createHttpApp } from '../../src/http/createHttpApp'
import { edgeSettingsFromEnv } from '../../src/http/settings'
import { uploadCollectionsOf } from '../../src/http/uploadCollections'
import { createInboxWorker, runInboxLoop } from '../../src/inbox/worker'
import { createDeliveryEngine, runDeliveryLoop } from '../../src/publishing/engine/scheduler'
import { serveHttp } from '../helpers/httpBridge'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let server: Awaited<ReturnType<typeof serveHttp>>
const stopLoops = new AbortController()
let loops: Promise<void>[] = []
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-health-'))
let options: HealthOptions = {}
const logLines: Record<string, unknown>[] = []

/** The server's edge with its health route and a JSON logger writing into `logLines`. */
const startEdge = () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) logLines.push(JSON.parse(line))
      done()
    },
  })
  const app = createHttpApp({
    settings: edgeSettingsFromEnv(),
    uploadCollections: uploadCollectionsOf(newsroom.payload.config),
    routes: [healthRoute(newsroom.payload, () => options)],
    app: (_req, res) => res.status(204).end(),
    logger: pino({ level: 'debug' }, sink),
  })
  return serveHttp(app)
}

const healthz = async (headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}/healthz`, { headers })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  server = await startEdge()
})

afterAll(async () => {
  stopLoops.abort()
  await Promise.all(loops)
  await server?.close()
  await newsroom?.stop()
  fs.rmSync(backupDir, { recursive: true, force: true })
})

describe('/healthz', () => {
  it('reports the database, the loops this process runs and the last backup, without secrets', async () => {
    loops = [
      runDeliveryLoop(createDeliveryEngine(newsroom.payload), newsroom.payload, stopLoops.signal),
      runInboxLoop(createInboxWorker(newsroom.payload), newsroom.payload, stopLoops.signal),
    ]
    let health = await healthz()
    while (health.body.checks.delivery.status === 'off' || health.body.checks.inbox.status === 'off')
      health = await healthz()
    expect(health.status).toBe(200)
    expect(health.headers.get('cache-control')).toBe('no-store')
    expect(health.body).toMatchObject({
      healthy: true,
      checks: {
        database: { status: 'ok' },
        delivery: { status: 'ok', overdue: 0 },
        inbox: { status: 'ok' },
        // No SMTP server and no backup schedule here: not run by this process, which is no fault.
        email: { status: 'off' },
        backup: { status: 'off' },
      },
    })
    const text = JSON.stringify(health.body)
    for (const secret of [newsroom.secret, newsroom.databaseUri, process.env.MEDIA_DIR!])
      expect(text).not.toContain(secret)
  })

  it('answers 503 when a loop stopped coming round or the last backup is over a day old', async () => {
    // Ten minutes from now, nothing has come round since: the loops are stale.
    options = { now: new Date(Date.now() + 10 * 60_000) }
    let health = await healthz()
    expect(health.status).toBe(503)
    expect(health.body.healthy).toBe(false)
    expect(health.body.checks.delivery.status).toBe('stale')
    expect(health.body.checks.inbox.status).toBe('stale')

    const backup = backupSettingsFromEnv({ BACKUP_DIR: backupDir, BACKUP_SCHEDULE: 'on' })
    options = { backup }
    health = await healthz()
    expect(health.status).toBe(503)
    expect(health.body.checks.backup).toEqual({ status: 'stale', lastAt: null })

    const madeAt = new Date(Date.now() - 3_600_000)
    fs.writeFileSync(path.join(backupDir, archiveName(madeAt)), '')
    health = await healthz()
    expect(health.status).toBe(200)
    expect(health.body.checks.backup).toEqual({ status: 'ok', lastAt: madeAt.toISOString() })

    options = { backup, now: new Date(madeAt.getTime() + 27 * 3_600_000) }
    expect((await healthz()).body.checks.backup.status).toBe('stale')
  })

  it('counts posts due for over five minutes that nobody delivers (dead workers included)', async () => {
    const author = await newsroom.makeUser(['collaborator'])
    const story = await newsroom.payload.create({
      collection: 'stories',
      data: { title: 'Chờ đăng' } as never,
      user: await newsroom.payload.findByID({ collection: 'users', id: author.id }),
    })
    const channel = await newsroom.payload.create({
      collection: 'channels',
      data: { name: 'Xem trước', kind: 'local_feed' },
    })
    // Due in an hour, so this process's own delivery loop leaves it alone meanwhile.
    const dueAt = new Date(Date.now() + 3_600_000)
    const publication = await newsroom.payload.create({
      collection: 'publications',
      data: { story: story.id, channel: channel.id, state: 'queued', scheduledFor: dueAt.toISOString() } as never,
    })
    try {
      options = { now: new Date(dueAt.getTime() + 4 * 60_000) }
      expect((await healthz()).body.checks.delivery.overdue).toBe(0)
      options = { now: new Date(dueAt.getTime() + 6 * 60_000) }
      const health = await healthz()
      expect(health.status).toBe(503)
      expect(health.body.checks.delivery).toMatchObject({ status: 'stale', overdue: 1 })
    } finally {
      await newsroom.payload.delete({ collection: 'publications', id: publication.id })
    }
  })
})

describe('a database that does not answer', () => {
  it('is `down` after the time limit, and the newsroom unhealthy', async () => {
    // Only the health check's own query hangs: a database that accepts the connection and never answers.
    const hanging = Object.create(newsroom.payload, { count: { value: () => new Promise(() => {}) } })
    const health = await newsroomHealth(hanging, { databaseTimeoutMs: 200 })
    expect(health.checks.database.status).toBe('down')
    expect(health.healthy).toBe(false)
  })
})

describe('request ids and request logs', () => {
  it('echoes a proxy’s X-Request-Id, makes one up otherwise, and logs each request as JSON with it', async () => {
    options = {}
    const given = await healthz({ 'X-Request-Id': 'edge-4f2a.17' })
    expect(given.headers.get('x-request-id')).toBe('edge-4f2a.17')
    const made = await fetch(`${server.url}/fanpage?token=secret-in-query`)
    const madeId = made.headers.get('x-request-id')!
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/)
    // An id that could forge log lines is replaced.
    const forged = await fetch(`${server.url}/fanpage`, { headers: { 'X-Request-Id': 'a"\\nb' } })
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)

    while (!logLines.some((line) => line.reqId === madeId)) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(logLines.find((line) => line.reqId === 'edge-4f2a.17')).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/healthz',
      status: 200,
    })
    const line = logLines.find((entry) => entry.reqId === madeId)!
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/fanpage', status: 204 })
    expect(typeof line.ms).toBe('number')
    expect(JSON.stringify(logLines)).not.toContain('secret-in-query')
  })

  it('writes a request that failed with a server error under its id, with the error; a refusal only has its request line', async () => {
    const { payload } = newsroom
    const board = await newsroom.makeUser(['board'])
    const appLines: Record<string, unknown>[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        appLines.push(JSON.parse(chunk.toString()))
        done()
      },
    })
    const [logger, find] = [payload.logger, payload.db.find]
    payload.logger = pino({ level: 'info' }, sink)
    // The database fails this one read, as a lost connection would.
    payload.db.find = ((args) =>
      args.collection === 'areas'
        ? Promise.reject(new Error('database went away'))
        : find.call(payload.db, args)) as typeof find
    try {
      const failed = await newsroom.api('GET', '/api/areas', {
        token: board.token,
        headers: { 'X-Request-Id': 'fail-7' },
      })
      expect(failed.status).toBe(500)
      const refused = await newsroom.api('GET', '/api/stories/999999', {
        token: board.token,
        headers: { 'X-Request-Id': 'refused-8' },
      })
      expect(refused.status).toBe(404)
    } finally {
      payload.logger = logger
      payload.db.find = find
    }
    expect(appLines.find((line) => line.reqId === 'fail-7')).toMatchObject({
      msg: 'request failed',
      status: 500,
      err: { message: 'database went away' },
    })
    expect(appLines.filter((line) => line.reqId === 'refused-8')).toEqual([])
  })
})
