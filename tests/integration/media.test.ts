import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import {
  EXIF_TAG,
  FIXTURE_LOCATION,
  GPS_TAG,
  HTML_PAGE,
  MIME_TYPES,
  PLAIN_SVG,
  SCRIPT_PAYLOAD,
  SVG_WITH_SCRIPT,
  geotaggedJpeg,
  hugePng,
  jpegWithScriptComment,
  jpegWithTrailingHtml,
  jpegWithZip,
  leakedMetadata,
  meanColour,
  paddedJpeg,
  plainImage,
  readExif,
  type Format,
} from '../helpers/images'
import type { ApiResponse, TestNewsroom, TestUser } from '../helpers/newsroom'

// Set before the app is imported (below, dynamically): the collection reads MEDIA_DIR when it loads,
// and this run's uploads must land in a directory of its own, not in the checkout's media/.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'))
const previousMediaDir = process.env.MEDIA_DIR
process.env.MEDIA_DIR = mediaDir

const SIZE_NAMES = ['thumbnail', 'card', 'fanpage'] as const
const MB = 1024 * 1024

let newsroom: TestNewsroom
let collaborator: TestUser
let otherCollaborator: TestUser
let board: TestUser

beforeAll(async () => {
  const { startNewsroom } = await import('../helpers/newsroom')
  newsroom = await startNewsroom()
  collaborator = await newsroom.makeUser(['collaborator'])
  otherCollaborator = await newsroom.makeUser(['collaborator'])
  board = await newsroom.makeUser(['board'])
})

afterAll(async () => {
  await newsroom?.stop()
  fs.rmSync(mediaDir, { recursive: true, force: true })
  if (previousMediaDir === undefined) delete process.env.MEDIA_DIR
  else process.env.MEDIA_DIR = previousMediaDir
})

interface UploadOptions {
  token?: string
  type?: string
  name?: string
  fields?: Record<string, unknown>
  headers?: Record<string, string>
}

const upload = (
  bytes: Buffer,
  { token = collaborator.token, type = 'image/jpeg', name = 'anh.jpg', fields, headers }: UploadOptions = {},
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields ?? { caption: 'Lễ chào cờ đầu tháng', credit: 'Nguyễn Văn A' }))
  return newsroom.api('POST', '/api/media', { token, body: form, headers })
}

const expectCreated = (response: ApiResponse) => {
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc as MediaDoc
}

interface SizeDoc {
  filename: string | null
  width: number | null
  height: number | null
  mimeType: string | null
}
interface MediaDoc extends SizeDoc {
  id: string | number
  filename: string
  width: number
  height: number
  mimeType: string
  caption: string
  credit: string
  uploadedBy: { id: string | number } | string | number | null
  sizes: Record<(typeof SIZE_NAMES)[number], SizeDoc>
}

/** The original and every generated size, as stored. */
const storedNames = (doc: MediaDoc) =>
  [doc.filename, ...SIZE_NAMES.map((size) => doc.sizes[size].filename)].filter((name): name is string => Boolean(name))

const readStored = (filename: string) => fs.readFileSync(path.join(mediaDir, filename))

/** A stored file over HTTP, as a browser (or the publisher) gets it. `api()` decodes text, so fetch raw bytes. */
const download = async (filename: string, token = collaborator.token) => {
  const response = await fetch(`${newsroom.url}/api/media/file/${encodeURIComponent(filename)}`, {
    headers: { authorization: `JWT ${token}` },
  })
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    noSniff: response.headers.get('x-content-type-options'),
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

const mediaCount = async () => (await newsroom.payload.count({ collection: 'media' })).totalDocs
const filesOnDisk = () => fs.readdirSync(mediaDir).sort()

/** Runs a request that must be refused and checks it left nothing behind, in the database or on disk. */
const refusedWithoutTrace = async (request: () => Promise<ApiResponse>) => {
  const [countBefore, filesBefore] = [await mediaCount(), filesOnDisk()]
  const response = await request()
  expect(await mediaCount()).toBe(countBefore)
  expect(filesOnDisk()).toEqual(filesBefore)
  return response
}

const errorOf = (response: ApiResponse) =>
  response.body?.errors?.[0] as { message: string; data?: { code?: string } } | undefined

const idOf = (value: MediaDoc['uploadedBy']) => (value && typeof value === 'object' ? value.id : value)

describe('metadata never reaches stored files', () => {
  test('a geotagged JPEG is stored and served without EXIF, GPS or XMP, in the original and every size', async () => {
    const original = await geotaggedJpeg({ width: 1600, height: 1200 })
    // The fixture must really carry a location, or the test proves nothing.
    const fixture = await sharp(original).metadata()
    const tags = readExif(fixture.exif!)
    expect(tags.gps?.get(GPS_TAG.latitude)).toEqual([...FIXTURE_LOCATION.latitude])
    expect(tags.gps?.get(GPS_TAG.longitude)).toEqual([...FIXTURE_LOCATION.longitude])
    expect(tags.gps?.get(GPS_TAG.latitudeRef)).toBe('N')
    expect(fixture.xmp).toBeDefined()
    expect(leakedMetadata(original)).not.toEqual([])

    const doc = expectCreated(await upload(original, { name: 'IMG_0042.JPG' }))
    for (const size of SIZE_NAMES) expect(doc.sizes[size].filename).toBeTruthy()
    const names = storedNames(doc)
    expect(names).toHaveLength(1 + SIZE_NAMES.length)

    for (const filename of names) {
      const onDisk = readStored(filename)
      const served = await download(filename)
      expect(served.status).toBe(200)
      expect(served.bytes.equals(onDisk)).toBe(true)
      const metadata = await sharp(onDisk).metadata()
      expect(metadata.format).toBe('jpeg')
      expect(metadata.exif).toBeUndefined()
      expect(metadata.xmp).toBeUndefined()
      expect(metadata.iptc).toBeUndefined()
      expect(leakedMetadata(onDisk)).toEqual([])
    }
  })

  test('an EXIF orientation 6 photo is stored upright: dimensions swapped, pixels rotated, no orientation tag left', async () => {
    // Stored 640 × 480 with the red half on the left; orientation 6 means "rotate 90° clockwise to view",
    // which puts the red half on top of a 480 × 640 portrait.
    const original = await geotaggedJpeg({ width: 640, height: 480, orientation: 6 })
    expect(readExif((await sharp(original).metadata()).exif!).ifd0.get(EXIF_TAG.orientation)).toBe(6)

    const doc = expectCreated(await upload(original))
    expect([doc.width, doc.height]).toEqual([480, 640])
    const stored = readStored(doc.filename)
    const metadata = await sharp(stored).metadata()
    expect([metadata.width, metadata.height]).toEqual([480, 640])
    expect(metadata.orientation).toBeUndefined()
    const top = await meanColour(stored, { left: 0, top: 0, width: 480, height: 300 })
    const bottom = await meanColour(stored, { left: 0, top: 340, width: 480, height: 300 })
    expect(top.red).toBeGreaterThan(150)
    expect(top.blue).toBeLessThan(60)
    expect(bottom.blue).toBeGreaterThan(150)
    expect(bottom.red).toBeLessThan(60)

    // Sizes derive from the upright image, so they are portrait too.
    const fanpage = await sharp(readStored(doc.sizes.fanpage.filename!)).metadata()
    expect([fanpage.width, fanpage.height]).toEqual([480, 640])
    expect(fanpage.exif).toBeUndefined()
  })

  test('replacing the file of an existing photo cleans the new file too', async () => {
    const doc = expectCreated(await upload(await plainImage(800, 600)))
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await geotaggedJpeg({ width: 1200, height: 900 }))], { type: 'image/jpeg' }),
      'thay-the.jpg',
    )
    form.append('_payload', JSON.stringify({}))
    const replaced = await newsroom.api('PATCH', `/api/media/${doc.id}`, { token: collaborator.token, body: form })
    expect(replaced.status).toBe(200)
    const updated = replaced.body.doc as MediaDoc
    expect(updated.width).toBe(1200)
    for (const filename of storedNames(updated)) {
      const bytes = readStored(filename)
      expect((await sharp(bytes).metadata()).exif).toBeUndefined()
      expect(leakedMetadata(bytes)).toEqual([])
    }
  })
})

describe('size limit', () => {
  test('a file over 25 MB is refused with 413 before it is processed, and nothing is stored', async () => {
    const oversize = await paddedJpeg(26 * MB)
    expect((await sharp(oversize).metadata()).format).toBe('jpeg')
    // The server answers before it has read the whole body, and the test bridge (httpBridge.ts) keeps
    // that connection alive with the rest of the body unread: a later request pooled onto it would
    // stall and be reset. So this request gets a connection of its own.
    const response = await refusedWithoutTrace(() =>
      upload(oversize, { name: 'qua-lon.jpg', headers: { connection: 'close' } }),
    )
    expect(response.status).toBe(413)
    expect(errorOf(response)?.message).toMatch(/25 MB/)
    // The multipart parser stopped reading at the limit: the file never reached the image checks.
    expect((errorOf(response)?.data as { size?: number } | undefined)?.size).toBeLessThanOrEqual(25 * MB)
  })
})

describe('only real JPEG, PNG and WebP images are accepted', () => {
  test.each([
    ['an SVG', SVG_WITH_SCRIPT, 'image/svg+xml', 'logo.svg'],
    ['a plain SVG declared as PNG', PLAIN_SVG, 'image/png', 'logo.png'],
    ['an HTML page', HTML_PAGE, 'text/html', 'trang.html'],
    ['an HTML page named .jpg', HTML_PAGE, 'image/jpeg', 'anh.jpg'],
    [
      'random bytes named .webp',
      Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPnot really a webp'),
      'image/webp',
      'anh.webp',
    ],
  ])('%s is refused with 415 and nothing is stored', async (_label, bytes, type, name) => {
    const response = await refusedWithoutTrace(() => upload(bytes, { type, name }))
    expect(response.status).toBe(415)
    expect(errorOf(response)?.data?.code).toBe('file_type_not_allowed')
    expect(errorOf(response)?.message).toMatch(/JPEG|PNG|WebP/)
  })

  test.each([
    ['HTML appended after the image', jpegWithTrailingHtml],
    ['a script in a JPEG comment segment', jpegWithScriptComment],
    ['a ZIP archive appended (GIFAR-style)', jpegWithZip],
  ])('a JPEG polyglot with %s is stored re-encoded, without the payload', async (_label, build) => {
    const polyglot = await build()
    expect(polyglot.includes(SCRIPT_PAYLOAD)).toBe(true)
    const doc = expectCreated(await upload(polyglot, { name: 'polyglot.jpg' }))
    for (const filename of storedNames(doc)) {
      const served = await download(filename)
      expect(served.status).toBe(200)
      expect(served.contentType).toBe('image/jpeg')
      for (const bytes of [readStored(filename), served.bytes]) {
        expect(bytes.includes(SCRIPT_PAYLOAD)).toBe(false)
        expect(bytes.includes('<html')).toBe(false)
        expect(bytes.includes('PK\u0003\u0004', 0, 'latin1')).toBe(false)
        // The file ends where the image ends.
        expect(bytes.subarray(-2).toString('hex')).toBe('ffd9')
      }
    }
  })
})

describe('decompression bombs', () => {
  // 16,000² (256 MP) is under sharp's own default pixel limit, so only the header check stops Payload
  // decoding it for the sizes; 20,000² (400 MP) would be 1.2 GB as RGB.
  test.each([[16_000], [20_000]])(
    'a %i px square PNG is refused with 413 from its header, without decoding it',
    async (side) => {
      const bomb = hugePng(side, side)
      expect(bomb.length).toBeLessThan(500 * 1024)
      const header = await sharp(bomb, { limitInputPixels: false }).metadata()
      expect([header.format, header.width, header.height]).toEqual(['png', side, side])

      const rssBefore = process.memoryUsage().rss
      const response = await refusedWithoutTrace(() => upload(bomb, { type: 'image/png', name: 'bom.png' }))
      const grown = process.memoryUsage().rss - rssBefore
      expect(response.status).toBe(413)
      expect(errorOf(response)?.data?.code).toBe('image_too_many_pixels')
      expect(errorOf(response)?.message).toMatch(/50 megapixel/)
      expect(grown).toBeLessThan(300 * MB)
    },
  )

  test('a damaged JPEG (cut short) is refused with 422 and nothing is stored', async () => {
    const photo = await plainImage(1200, 900)
    const truncated = photo.subarray(0, Math.floor(photo.length / 2))
    expect((await sharp(truncated).metadata()).format).toBe('jpeg')
    const response = await refusedWithoutTrace(() => upload(truncated, { name: 'hong.jpg' }))
    expect(response.status).toBe(422)
    expect(errorOf(response)?.data?.code).toBe('image_unreadable')
  })
})

describe('fields and formats', () => {
  test.each([
    ['caption', { credit: 'Nguyễn Văn A' }],
    ['credit', { caption: 'Lễ chào cờ' }],
    ['caption (empty)', { caption: '', credit: 'Nguyễn Văn A' }],
  ])('without %s the upload is refused with 400 and nothing is stored', async (field, fields) => {
    const response = await refusedWithoutTrace(async () => upload(await plainImage(320, 240), { fields }))
    expect(response.status).toBe(400)
    const paths = (errorOf(response)?.data as { errors?: { path: string }[] } | undefined)?.errors?.map(
      (error) => error.path,
    )
    expect(paths).toContain(field.split(' ')[0])
  })

  test.each([['jpeg'], ['png'], ['webp']] as [Format][])(
    'a %s upload keeps its format, on disk and over HTTP, in every size',
    async (format) => {
      const doc = expectCreated(
        await upload(await plainImage(1200, 800, format), { type: MIME_TYPES[format], name: `anh.${format}` }),
      )
      expect(doc.mimeType).toBe(MIME_TYPES[format])
      for (const size of SIZE_NAMES) expect(doc.sizes[size].mimeType).toBe(MIME_TYPES[format])
      for (const filename of storedNames(doc)) {
        expect((await sharp(readStored(filename)).metadata()).format).toBe(format)
        const served = await download(filename)
        expect(served.status).toBe(200)
        expect(served.contentType).toBe(MIME_TYPES[format])
        expect(served.noSniff).toBe('nosniff')
      }
    },
  )

  test('the format comes from the bytes: a PNG sent as photo.jpg is stored and served as a PNG', async () => {
    const doc = expectCreated(
      await upload(await plainImage(400, 300, 'png'), { type: 'image/jpeg', name: 'photo.jpg' }),
    )
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/\.png$/)
    const served = await download(doc.filename)
    expect(served.contentType).toBe('image/png')
    expect((await sharp(served.bytes).metadata()).format).toBe('png')
  })

  test.each([
    ['a large landscape photo', 3000, 2000, [2048, 1365]],
    ['a large portrait photo', 2000, 3000, [1365, 2048]],
    ['a small photo (never enlarged)', 800, 600, [800, 600]],
  ])('fanpage size of %s is 2048 px on the long edge at most', async (_label, width, height, expected) => {
    const doc = expectCreated(await upload(await plainImage(width, height)))
    expect([doc.width, doc.height]).toEqual([width, height])
    const fanpage = doc.sizes.fanpage
    expect([fanpage.width, fanpage.height]).toEqual(expected)
    const onDisk = await sharp(readStored(fanpage.filename!)).metadata()
    expect([onDisk.width, onDisk.height]).toEqual(expected)
    // No size is ever larger than the original.
    for (const size of SIZE_NAMES) {
      expect(doc.sizes[size].width!).toBeLessThanOrEqual(width)
      expect(doc.sizes[size].height!).toBeLessThanOrEqual(height)
    }
  })
})

describe('files come only from the request', () => {
  test('a create asking the server to fetch its file from a URL is refused up front', async () => {
    // Payload would fetch `url` itself, after the checks on uploaded files. Loopback is refused by its
    // SSRF filter anyway (a 500 "Failed to fetch"), so what shows here is that no fetch is attempted.
    const json = { caption: 'Ảnh từ mạng', credit: 'Không rõ', filename: 'anh.jpg', url: 'http://127.0.0.1:9/anh.svg' }
    const response = await refusedWithoutTrace(() =>
      newsroom.api('POST', '/api/media', { token: collaborator.token, json }),
    )
    expect(response.status).toBe(400)
    expect(errorOf(response)?.message).not.toMatch(/fetch/i)
  })

  test('duplicating a photo still works: the copy is made from the stored, cleaned file', async () => {
    const original = expectCreated(await upload(await geotaggedJpeg({ width: 800, height: 600 })))
    const duplicated = await newsroom.api('POST', `/api/media/${original.id}/duplicate`, {
      token: collaborator.token,
      json: { caption: 'Bản sao', credit: 'Nguyễn Văn A' },
    })
    expect(duplicated.status).toBe(200)
    const copy = duplicated.body.doc as MediaDoc
    expect(copy.filename).not.toBe(original.filename)
    expect(String(idOf(copy.uploadedBy))).toBe(String(collaborator.id))
    for (const filename of storedNames(copy)) expect(leakedMetadata(readStored(filename))).toEqual([])
  })
})

describe('access', () => {
  test('an anonymous upload is refused and nothing is stored', async () => {
    const response = await refusedWithoutTrace(async () => upload(await plainImage(320, 240), { token: '' }))
    expect([401, 403]).toContain(response.status)
  })

  test('an anonymous upload is refused before the image is even examined', async () => {
    const response = await refusedWithoutTrace(() =>
      upload(HTML_PAGE, { token: '', type: 'text/html', name: 'x.html' }),
    )
    expect([401, 403]).toContain(response.status)
  })

  test('a user without an uploading role cannot upload', async () => {
    const duty = await newsroom.makeUser(['duty'])
    const response = await refusedWithoutTrace(async () => upload(await plainImage(320, 240), { token: duty.token }))
    expect(response.status).toBe(403)
  })

  test('uploadedBy is set by the server and cannot be spoofed or changed', async () => {
    const doc = expectCreated(
      await upload(await plainImage(320, 240), {
        fields: { caption: 'Ảnh', credit: 'CTV', uploadedBy: otherCollaborator.id },
      }),
    )
    expect(String(idOf(doc.uploadedBy))).toBe(String(collaborator.id))

    for (const user of [collaborator, board]) {
      const patched = await newsroom.api('PATCH', `/api/media/${doc.id}`, {
        token: user.token,
        json: { uploadedBy: otherCollaborator.id },
      })
      expect(patched.status).toBe(200)
      expect(String(idOf(patched.body.doc.uploadedBy))).toBe(String(collaborator.id))
    }
  })

  test('a collaborator may update and delete only their own uploads; the board manages all', async () => {
    const mine = expectCreated(await upload(await plainImage(320, 240)))
    const theirs = expectCreated(await upload(await plainImage(320, 240), { token: otherCollaborator.token }))

    const ownEdit = await newsroom.api('PATCH', `/api/media/${mine.id}`, {
      token: collaborator.token,
      json: { caption: 'Chú thích mới' },
    })
    expect(ownEdit.status).toBe(200)
    expect(ownEdit.body.doc.caption).toBe('Chú thích mới')

    const foreignEdit = await newsroom.api('PATCH', `/api/media/${theirs.id}`, {
      token: collaborator.token,
      json: { caption: 'Sửa trộm' },
    })
    expect([403, 404]).toContain(foreignEdit.status)
    const foreignDelete = await newsroom.api('DELETE', `/api/media/${theirs.id}`, { token: collaborator.token })
    expect([403, 404]).toContain(foreignDelete.status)
    const untouched = await newsroom.payload.findByID({ collection: 'media', id: theirs.id })
    expect(untouched.caption).toBe(theirs.caption)
    for (const filename of storedNames(theirs)) expect(fs.existsSync(path.join(mediaDir, filename))).toBe(true)

    const boardEdit = await newsroom.api('PATCH', `/api/media/${theirs.id}`, {
      token: board.token,
      json: { credit: 'Ban Biên tập' },
    })
    expect(boardEdit.status).toBe(200)
    expect(boardEdit.body.doc.credit).toBe('Ban Biên tập')

    // Deleting through the API removes the original and every size from disk.
    for (const [doc, user] of [
      [theirs, board],
      [mine, collaborator],
    ] as const) {
      const deleted = await newsroom.api('DELETE', `/api/media/${doc.id}`, { token: user.token })
      expect(deleted.status).toBe(200)
      for (const filename of storedNames(doc)) expect(fs.existsSync(path.join(mediaDir, filename))).toBe(false)
    }
  })
})

test('uploads are written to the test media directory, never to the checkout', async () => {
  const doc = expectCreated(await upload(await plainImage(320, 240)))
  expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(true)
  expect(fs.existsSync(path.resolve('media', doc.filename))).toBe(false)
})

describe('image work', () => {
  test('a JPEG original is stored as a baseline (sequential) JPEG, which its sizes decode in one pass', async () => {
    const doc = expectCreated(await upload(await geotaggedJpeg({ width: 1600, height: 1200 })))
    const metadata = await sharp(readStored(doc.filename)).metadata()
    expect(metadata.format).toBe('jpeg')
    expect(metadata.isProgressive).toBe(false)
  })

  test('an upload waiting for its turn at image work holds no database write: other writes go on meanwhile', async () => {
    const { imageTurns } = await import('../../src/media/imageTurns')
    const area = await newsroom.makeArea()
    // Every turn taken, as by other uploads being decoded.
    let releaseTurns!: () => void
    const turnsHeld = new Promise<void>((resolve) => (releaseTurns = resolve))
    const holders = Array.from({ length: imageTurns.size }, () => imageTurns.run(() => turnsHeld))
    expect(imageTurns.state).toEqual({ active: imageTurns.size, waiting: 0 })

    const waitingUpload = upload(await geotaggedJpeg())
    while (imageTurns.state.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 10))

    // On SQLite one transaction at a time may write: an upload cleaned inside its create's
    // transaction would keep this story waiting until the image turns came free.
    const story = await newsroom.api('POST', '/api/stories', {
      token: collaborator.token,
      json: { title: 'Viết trong lúc ảnh chờ xử lý', area, format: 'news' },
    })
    expect(story.status).toBe(201)
    expect(imageTurns.state.waiting).toBe(1)

    releaseTurns()
    await Promise.all(holders)
    const doc = expectCreated(await waitingUpload)
    expect(leakedMetadata(readStored(doc.filename))).toEqual([])
    expect(imageTurns.state).toEqual({ active: 0, waiting: 0 })
  })

  test('photos sent at once under the same name are all stored, each under a name of its own', async () => {
    const bytes = await geotaggedJpeg()
    const responses = await Promise.all(Array.from({ length: 5 }, () => upload(bytes, { name: 'IMG_0001.JPG' })))
    const docs = responses.map(expectCreated)
    expect(new Set(docs.map((doc) => doc.filename)).size).toBe(5)
    for (const doc of docs) expect(doc.filename).toMatch(/^[0-9a-f]{8}-IMG_0001\.jpg$/)
  })

  test("an upload makes its photo's sizes before its database transaction begins: another open transaction does not hold them up", async () => {
    const { payload } = newsroom
    // Counts the sharp pipelines Payload starts for the photo (its size and its three sizes).
    const configuredSharp = payload.config.sharp!
    let sharpCalls = 0
    payload.config.sharp = ((...args: Parameters<typeof configuredSharp>) => {
      sharpCalls += 1
      return configuredSharp(...args)
    }) as typeof configuredSharp
    // On SQLite an open transaction holds the process's one write turn: any other waits for it.
    const otherWrite = await payload.db.beginTransaction()
    try {
      const waitingUpload = upload(await geotaggedJpeg())
      const sizesMade = (async () => {
        while (sharpCalls === 0) await new Promise((resolve) => setTimeout(resolve, 10))
      })()
      // Before: the upload's transaction began first and waited for the turn (a 500 after 30 s).
      await Promise.race([sizesMade, waitingUpload])
      expect(sharpCalls).toBeGreaterThan(0)
      await payload.db.commitTransaction(otherWrite!)
      const doc = expectCreated(await waitingUpload)
      expect(storedNames(doc)).toHaveLength(1 + SIZE_NAMES.length)
    } finally {
      payload.config.sharp = configuredSharp
      await payload.db.commitTransaction(otherWrite!).catch(() => {})
    }
  })
})
