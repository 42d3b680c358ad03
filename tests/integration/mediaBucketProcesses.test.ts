import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { startTestBucket, type TestBucket } from '../helpers/bucket'
import { plainImage } from '../helpers/images'
import { SIZE_NAMES, type UploadedPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { approvedStory, createFacebookChannel, type Newsroom, PAGE_ID } from '../helpers/publishing'
import { type Id, transition } from '../helpers/stories'
import { API_PROCESS, servedAddress, startReadyWorker, type WorkerProcess } from '../helpers/workerProcess'

// Several processes share one bucket, each with a media folder of its own that stays empty: this test
// process (an app), a second app process serving the REST API, and a delivery worker. A photo
// uploaded through one app is served by the other, and the worker posts the copy kept at approval.
// Run on PostgreSQL (TEST_DATABASE=postgres), as a deployment with several processes is.

let bucket: TestBucket
let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let facebook: Id
let secondApp: WorkerProcess
let secondAppUrl: string
let worker: WorkerProcess
const folders: string[] = []
const savedEnv = { ...process.env }

const emptyFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-other-'))
  folders.push(folder)
  return folder
}
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

/** Waits for a condition another process brings about; the test's own timeout bounds it. */
const eventually = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100))
}

beforeAll(async () => {
  bucket = await startTestBucket()
  simulator = await startGraphSimulator()
  Object.assign(process.env, bucket.env, { FACEBOOK_GRAPH_URL: simulator.url })
  newsroom = await startNewsroom()
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', hashtags: '#KinhTe' } }))
    .id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)

  const shared = { databaseUri: newsroom.databaseUri, secret: newsroom.secret }
  ;[secondApp, worker] = await Promise.all([
    startReadyWorker({
      ...shared,
      name: 'second app',
      script: API_PROCESS,
      env: { ...bucket.env, MEDIA_DIR: emptyFolder() },
    }),
    startReadyWorker({
      ...shared,
      name: 'worker',
      env: { ...bucket.env, MEDIA_DIR: emptyFolder(), FACEBOOK_GRAPH_URL: simulator.url, PUBLISH_POLL_MS: '100' },
    }),
  ])
  secondAppUrl = servedAddress(secondApp, API_PROCESS.readyLine)
}, 120_000)

afterAll(async () => {
  await worker?.stop()
  await secondApp?.stop()
  await newsroom?.stop()
  await simulator?.close()
  await bucket?.close()
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
  for (const name of [...Object.keys(bucket?.env ?? {}), 'FACEBOOK_GRAPH_URL']) {
    if (name in savedEnv) process.env[name] = savedEnv[name]
    else delete process.env[name]
  }
})

test('an app uploads, another serves the photo under the same rules, the worker posts the kept copy', async () => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await plainImage(1200, 800))], { type: 'image/jpeg' }), 'anh.jpg')
  form.append('_payload', JSON.stringify({ caption: 'Ảnh dùng chung', credit: 'Cộng tác viên' }))
  const created = await newsroom.api('POST', '/api/media', { token: people.ctv.token, body: form })
  expect(created.status).toBe(201)
  const photo = created.body.doc as UploadedPhoto

  for (const name of [photo.filename, ...SIZE_NAMES.map((size) => photo.sizes[size].filename!)]) {
    const served = await fetch(`${secondAppUrl}/api/media/file/${name}`, {
      headers: { authorization: `JWT ${people.ctv.token}` },
    })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals((await bucket.read(name))!)).toBe(true)
    expect((await fetch(`${secondAppUrl}/api/media/file/${name}`)).status).toBe(403)
  }

  const story = await approvedStory(newsroom, people, { title: 'Đăng từ worker', photos: [photo.id] })
  const fanpage = (await bucket.read(photo.sizes.fanpage.filename!))!
  expect(await bucket.keys()).toContain(`approved/${sha256(fanpage)}.jpg`)
  const publish = await transition(newsroom, people.board, story, { action: 'publish_now', channels: [facebook] })
  expect(publish.status).toBe(200)

  await eventually(() => simulator.photos(PAGE_ID).length > 0)
  expect(simulator.photos(PAGE_ID).map((posted) => posted.sha256)).toEqual([sha256(fanpage)])
  expect(folders.flatMap((folder) => fs.readdirSync(folder))).toEqual([])
  expect(fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!) : []).toEqual([])
}, 120_000)
