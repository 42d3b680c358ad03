import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import * as tar from 'tar'

import { photoResponse } from '../../src/app/(frontend)/fanpage/photoResponse'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { runBackupCommand } from '../helpers/backupCommands'
import { startTestBucket, type TestBucket } from '../helpers/bucket'
import { geotaggedJpeg, leakedMetadata } from '../helpers/images'
import { SIZE_NAMES, type UploadedPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import {
  approvedStory,
  createFacebookChannel,
  deliverDue,
  manualClock,
  type Newsroom,
  PAGE_ID,
} from '../helpers/publishing'
import { type Id, transition } from '../helpers/stories'

// Media in an S3-compatible bucket (MEDIA_S3_BUCKET): uploads, the file route with its access rules,
// the copies kept at approval, the public photo route and Facebook posts all go through the bucket,
// and the media folder stays empty.

let bucket: TestBucket
let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let otherCtv: Newsroom['ctv']
let localFeed: Id
let facebook: Id
const clock = manualClock(new Date(Date.now() + 60_000))
const savedEnv = { ...process.env }

const storedNames = (doc: UploadedPhoto) => [doc.filename, ...SIZE_NAMES.map((size) => doc.sizes[size].filename!)]
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')
const mediaFolder = () => (fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!) : [])

const upload = async (bytes: Buffer, name = 'IMG_0042.JPG') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ caption: 'Ảnh trong bucket', credit: 'Cộng tác viên' }))
  const response = await newsroom.api('POST', '/api/media', { token: people.ctv.token, body: form })
  expect(response.status).toBe(201)
  return response.body.doc as UploadedPhoto
}

const download = async (filename: string, token?: string) => {
  const response = await fetch(`${newsroom.url}/api/media/file/${encodeURIComponent(filename)}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

beforeAll(async () => {
  bucket = await startTestBucket()
  Object.assign(process.env, bucket.env)
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', hashtags: '#KinhTe' } }))
    .id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  otherCtv = await newsroom.makeUser(['collaborator'])
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)
})

afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
  await bucket?.close()
  for (const name of Object.keys(bucket?.env ?? {})) {
    if (name in savedEnv) process.env[name] = savedEnv[name]
    else delete process.env[name]
  }
})

test('an upload ends in the bucket, original and every size, without EXIF, GPS or XMP; nothing on disk', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 1600, height: 1200 }))
  const names = storedNames(doc)
  expect(names).toHaveLength(1 + SIZE_NAMES.length)
  expect(await bucket.keys()).toEqual(expect.arrayContaining(names))
  for (const name of names) {
    const stored = (await bucket.read(name))!
    expect(stored).not.toBeNull()
    const metadata = await sharp(stored).metadata()
    expect(metadata.format).toBe('jpeg')
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(leakedMetadata(stored)).toEqual([])
  }
  expect(mediaFolder()).toEqual([])
})

test('/api/media/file/… serves from the bucket under the media read rules', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 800, height: 600 }))
  for (const name of storedNames(doc)) {
    const mine = await download(name, people.ctv.token)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('image/jpeg')
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff')
    expect(mine.bytes.equals((await bucket.read(name))!)).toBe(true)
    expect((await download(name, otherCtv.token)).status).toBe(403)
    expect((await download(name)).status).toBe(403)
  }
  // The board reads its own page's photos: a name that is none of them answers like another page's file.
  const missing = await download('khong-co-tep-nay.jpg', people.board.token)
  expect(missing.status).toBe(403)
})

test('approval keeps a copy in the bucket; the public photo route and a Facebook post use that copy', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 1200, height: 900 }))
  const fanpage = (await bucket.read(doc.sizes.fanpage.filename!))!
  const kept = `approved/${sha256(fanpage)}.jpg`
  const story = await approvedStory(newsroom, people, { title: 'Ảnh từ bucket', photos: [doc.id] })
  expect(await bucket.keys()).toContain(kept)

  const response = await transition(newsroom, people.board, story, {
    action: 'publish_now',
    channels: [localFeed, facebook],
  })
  expect(response.status).toBe(200)
  await deliverDue(newsroom, simulator, clock)
  const [posted] = simulator.photos(PAGE_ID)
  expect(posted?.sha256).toBe(sha256(fanpage))

  // The library's files go (lost, or replaced by an admin): the post still carries the kept copy.
  for (const name of storedNames(doc)) await bucket.remove(name)
  const served = await photoResponse(newsroom.payload, `${story}-1`, new Request(`http://local/fanpage/anh/${story}-1`))
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(fanpage)).toBe(true)
  expect(mediaFolder()).toEqual([])
})

test('deleting a photo removes its original and sizes from the bucket', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 900, height: 600 }))
  const names = storedNames(doc)
  expect(await bucket.keys()).toEqual(expect.arrayContaining(names))
  const deleted = await newsroom.api('DELETE', `/api/media/${doc.id}`, { token: people.ctv.token })
  expect(deleted.status).toBe(200)
  const left = await bucket.keys()
  for (const name of names) expect(left).not.toContain(name)
  expect((await download(doc.filename, people.board.token)).status).toBe(403)
})

test('moving the focal point remakes the sizes from the file in the bucket', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 1200, height: 600 }))
  const moved = await newsroom.api(
    'PATCH',
    `/api/media/${doc.id}?uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=90`,
    {
      token: people.ctv.token,
      json: {},
    },
  )
  expect(moved.status).toBe(200)
  const updated = moved.body.doc as UploadedPhoto
  expect([updated.focalX, updated.focalY]).toEqual([10, 90])
  const keys = await bucket.keys()
  for (const name of storedNames(updated)) {
    expect(keys).toContain(name)
    expect((await download(name, people.ctv.token)).status).toBe(200)
  }
  // New files for the new crop, the former ones gone from the bucket.
  for (const name of storedNames(doc)) if (!storedNames(updated).includes(name)) expect(keys).not.toContain(name)
  expect(updated.sizes.card.filename).not.toBe(doc.sizes.card.filename)
  expect(mediaFolder()).toEqual([])
})

test('duplicating a photo is turned off, as Payload would fetch its file over HTTP', async () => {
  const doc = await upload(await geotaggedJpeg({ width: 800, height: 500 }))
  const before = await bucket.keys()
  const copied = await newsroom.api('POST', `/api/media/${doc.id}/duplicate`, { token: people.ctv.token, json: {} })
  expect(copied.status).toBe(404)
  expect(await bucket.keys()).toEqual(before)
})

test('npm run backup with a bucket archives the database only, and says the photos are in the bucket', async () => {
  await upload(await geotaggedJpeg({ width: 700, height: 500 }))
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-'))
  try {
    const backup = await runBackupCommand('backup', [], {
      ...bucket.env,
      DATABASE_URI: newsroom.databaseUri,
      PAYLOAD_SECRET: newsroom.secret,
      BACKUP_DIR: backupDir,
    })
    expect(backup).toMatchObject({ code: 0 })
    expect(backup.stdout).toContain(`Photos are in the bucket s3://${bucket.env.MEDIA_S3_BUCKET}/`)
    expect(backup.stdout).toContain('does NOT include them')
    const [archive] = fs.readdirSync(backupDir).filter((name) => name.endsWith('.tar'))
    const entries: string[] = []
    await tar.list({ file: path.join(backupDir, archive!), onReadEntry: (entry) => void entries.push(entry.path) })
    expect(entries.some((entry) => entry.startsWith('database/'))).toBe(true)
    expect(entries.filter((entry) => entry.startsWith('media/'))).toEqual([])
  } finally {
    fs.rmSync(backupDir, { recursive: true, force: true })
  }
})
