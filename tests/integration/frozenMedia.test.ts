import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { loadFeed } from '../../src/app/(frontend)/fanpage/feed'
import { photoResponse } from '../../src/app/(frontend)/fanpage/photoResponse'
import { Timeline } from '../../src/app/(frontend)/fanpage/Timeline'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { photoForm, storedNames, uploadPhoto, type UploadedPhoto } from '../helpers/media'
import { type ApiResponse, startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import {
  approvedRebuttal,
  approvedStory,
  createFacebookChannel,
  deliverDue,
  manualClock,
  type Newsroom,
  PAGE_ID,
  publicationsOf,
} from '../helpers/publishing'
import { createStory, type Id, storedStory, transition, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let admin: TestUser
let facebook: Id
let localFeed: Id
// Ahead of the real clock, so that what publish_now queues is due.
const clock = manualClock(new Date(Date.now() + 60_000))

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')
const mediaPath = (name: string) => path.join(process.env.MEDIA_DIR!, name)

/** Every file under the media folder with the hash of its bytes: a refused request must leave it as it was. */
const disk = () =>
  Object.fromEntries(
    (fs.readdirSync(process.env.MEDIA_DIR!, { recursive: true }) as string[])
      .filter((name) => fs.statSync(mediaPath(name)).isFile())
      .sort()
      .map((name) => [name, sha256(fs.readFileSync(mediaPath(name)))]),
  )

const mediaDoc = (id: Id) => newsroom.payload.findByID({ collection: 'media', id, depth: 0 })
const errorOf = (response: ApiResponse) =>
  response.body?.errors?.[0] as { message: string; data?: { code?: string } } | undefined

const patchJson = (user: TestUser, photo: UploadedPhoto, json: Record<string, unknown>) =>
  newsroom.api('PATCH', `/api/media/${photo.id}`, { token: user.token, json })
const byId = (photo: UploadedPhoto) => `where[id][equals]=${encodeURIComponent(String(photo.id))}`

// What the admin's image editor sends along with a save.
const CROP = 'uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=100&uploadEdits[crop][height]=100'
const FOCUS = 'uploadEdits[focalPoint][x]=10&uploadEdits[focalPoint][y]=90'

/** Everything a client could try on a photo: REST by id, REST in bulk. */
const ATTEMPTS: Record<string, (user: TestUser, photo: UploadedPhoto) => Promise<ApiResponse>> = {
  'change its caption': (user, photo) => patchJson(user, photo, { caption: 'Chú thích đã sửa' }),
  'change its credit': (user, photo) => patchJson(user, photo, { credit: 'Người khác' }),
  'move its focal point': (user, photo) => patchJson(user, photo, { focalX: 10, focalY: 90 }),
  'replace its file': async (user, photo) =>
    newsroom.api('PATCH', `/api/media/${photo.id}`, { token: user.token, body: await photoForm(77) }),
  'crop it in the image editor': (user, photo) =>
    newsroom.api('PATCH', `/api/media/${photo.id}?${CROP}`, { token: user.token, json: {} }),
  'move its focal point in the image editor': (user, photo) =>
    newsroom.api('PATCH', `/api/media/${photo.id}?${FOCUS}`, { token: user.token, json: {} }),
  'delete it': (user, photo) => newsroom.api('DELETE', `/api/media/${photo.id}`, { token: user.token }),
  'change its caption in bulk': (user, photo) =>
    newsroom.api('PATCH', `/api/media?${byId(photo)}`, { token: user.token, json: { caption: 'Sửa hàng loạt' } }),
  'delete it in bulk': (user, photo) => newsroom.api('DELETE', `/api/media?${byId(photo)}`, { token: user.token }),
}
const ACTORS = ['its uploader', 'a board member', 'an admin who did not confirm'] as const
const actor = (name: (typeof ACTORS)[number]) =>
  ({ 'its uploader': people.ctv, 'a board member': people.board, 'an admin who did not confirm': admin })[name]

/** Runs a request that must be refused as frozen, and checks that neither the document nor any file changed. */
const refusedAsFrozen = async (photo: UploadedPhoto, request: () => Promise<ApiResponse>) => {
  const before = { doc: await mediaDoc(photo.id), files: disk() }
  const response = await request()
  expect(response.status).toBe(409)
  expect(errorOf(response)?.data?.code).toBe('media_frozen')
  expect(errorOf(response)?.message).toMatch(/đã duyệt/)
  expect(await mediaDoc(photo.id)).toEqual(before.doc)
  expect(disk()).toEqual(before.files)
}

const publishNow = async (story: Id, channels: Id[]) => {
  const response = await transition(newsroom, people.board, story, { action: 'publish_now', channels })
  expect(response.status).toBe(200)
  await deliverDue(newsroom, simulator, clock)
  clock.advance(60_000)
}

/** What Facebook received for the story: the post's message and the photos' bytes, in order. */
const sentToFacebook = async (story: Id) => {
  const publication = (await publicationsOf(newsroom, story)).find((row) => String(row.channel) === String(facebook))!
  expect(publication.state).toBe('published')
  const post = simulator.posts(PAGE_ID).find((candidate) => candidate.id === publication.externalId)!
  const photos = simulator.photos(PAGE_ID).filter((photo) => photo.postId === post.id)
  const ordered = post.attachedMedia.length
    ? post.attachedMedia.map((id) => photos.find((photo) => photo.id === id)!)
    : photos
  return { message: post.message ?? '', photoHashes: ordered.map((photo) => photo.sha256) }
}

/** What a visitor of /fanpage gets for the story: the card's HTML and the photos' bytes, in order. */
const shownOnFeed = async (story: Id) => {
  const feed = await loadFeed(newsroom.payload)
  const post = feed.posts.find((candidate) => candidate.storyId === String(story))!
  const photoHashes: string[] = []
  for (const photo of post.photos) {
    const id = decodeURIComponent(photo.src.split('/').at(-1)!)
    const response = await photoResponse(newsroom.payload, id, new Request(`http://local${photo.src}`))
    expect(response.status).toBe(200)
    photoHashes.push(sha256(Buffer.from(await response.arrayBuffer())))
  }
  return { html: renderToStaticMarkup(createElement(Timeline, { feed, basePath: '/fanpage' })), photoHashes }
}

const fanpageFileHash = (photo: UploadedPhoto) => sha256(fs.readFileSync(mediaPath(photo.sizes.fanpage.filename!)))

beforeAll(async () => {
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
  admin = await newsroom.makeUser(['admin'])
  facebook = await createFacebookChannel(newsroom, admin, simulator)
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Xem trước', kind: 'local_feed' } })
  ).id
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})

describe('a photo used by an approved story is frozen', () => {
  let photo: UploadedPhoto

  beforeAll(async () => {
    photo = await uploadPhoto(newsroom, people.ctv, { seed: 1, caption: 'Cầu treo ấp 5', credit: 'Nguyễn Văn Ảnh' })
    await approvedStory(newsroom, people, { title: 'Khánh thành cầu treo', photos: [photo.id] })
  })

  test.each(ACTORS.flatMap((who) => Object.keys(ATTEMPTS).map((what) => [who, what] as const)))(
    '%s may not %s: 409, and neither the document nor a file changes',
    async (who, what) => {
      await refusedAsFrozen(photo, () => ATTEMPTS[what]!(actor(who), photo))
    },
  )

  test('the refusal has a stable English code and an English message on request', async () => {
    const response = await newsroom.api('PATCH', `/api/media/${photo.id}`, {
      token: people.ctv.token,
      json: { caption: 'Khác' },
      headers: { 'accept-language': 'en' },
    })
    expect(response.status).toBe(409)
    expect(errorOf(response)).toMatchObject({ data: { code: 'media_frozen' } })
    expect(errorOf(response)?.message).toMatch(/approved/)
  })

  test('the flag means nothing from anyone but an admin', async () => {
    await refusedAsFrozen(photo, () =>
      patchJson(people.board, photo, { caption: 'Ban Biên tập sửa', confirmFrozenChange: true }),
    )
    await refusedAsFrozen(photo, () =>
      newsroom.api('DELETE', `/api/media/${photo.id}?confirmFrozenChange=true`, { token: people.ctv.token }),
    )
  })

  test('sending the same values again is not a change', async () => {
    const response = await patchJson(people.ctv, photo, { caption: photo.caption, credit: photo.credit })
    expect(response.status).toBe(200)
  })

  test('the screenshot of an approved rebuttal is frozen too', async () => {
    const screenshot = await uploadPhoto(newsroom, people.ctv, { seed: 2, caption: 'Ảnh chụp tin đồn' })
    await approvedRebuttal(newsroom, people, {
      title: 'Không có chuyện thu hồi đất',
      falseClaim: { text: 'Tin đồn', screenshot: screenshot.id },
    })
    await refusedAsFrozen(screenshot, () => ATTEMPTS['change its caption']!(people.ctv, screenshot))
    await refusedAsFrozen(screenshot, () => ATTEMPTS['delete it']!(people.board, screenshot))
  })

  test('it stays frozen once scheduled and once published', async () => {
    const scheduled = await uploadPhoto(newsroom, people.ctv, { seed: 3 })
    const story = await approvedStory(newsroom, people, { title: 'Hẹn giờ', photos: [scheduled.id] })
    const publishAt = new Date(Date.now() + 24 * 3600_000).toISOString()
    expect(
      (await transition(newsroom, people.board, story, { action: 'schedule', publishAt, channels: [localFeed] }))
        .status,
    ).toBe(200)
    await refusedAsFrozen(scheduled, () => ATTEMPTS['replace its file']!(people.ctv, scheduled))

    const published = await uploadPhoto(newsroom, people.ctv, { seed: 4 })
    const out = await approvedStory(newsroom, people, { title: 'Đã đăng', photos: [published.id] })
    await publishNow(out, [localFeed])
    expect((await storedStory(newsroom, out)).stage).toBe('published')
    await refusedAsFrozen(published, () => ATTEMPTS['change its credit']!(people.ctv, published))
  })

  test('photos of stories not yet approved, and loose photos, stay editable by their uploader', async () => {
    const inReview = await uploadPhoto(newsroom, people.ctv, { seed: 5 })
    const story = await createStory(newsroom, people.ctv, { area: people.area, photos: [inReview.id] })
    await walk(newsroom, story, [
      [people.ctv, 'submit'],
      [people.editor, 'claim'],
      [people.editor, 'forward'],
    ])
    const loose = await uploadPhoto(newsroom, people.ctv, { seed: 6 })
    for (const target of [inReview, loose]) {
      const response = await patchJson(people.ctv, target, { caption: 'Chú thích mới' })
      expect(response.status).toBe(200)
      expect(response.body.doc.caption).toBe('Chú thích mới')
    }
    expect((await newsroom.api('DELETE', `/api/media/${loose.id}`, { token: people.ctv.token })).status).toBe(200)
  })
})

describe('what was approved is what goes out', () => {
  test('an admin who confirms may replace or delete a frozen photo; the post still carries the approved ones', async () => {
    const first = await uploadPhoto(newsroom, people.ctv, {
      seed: 10,
      caption: 'Ảnh đã duyệt',
      credit: 'Trần Văn Duyệt',
    })
    const second = await uploadPhoto(newsroom, people.ctv, { seed: 11, caption: 'Ảnh thứ hai', credit: 'Lê Thị Hai' })
    const approvedHashes = [first, second].map(fanpageFileHash)
    const story = await approvedStory(newsroom, people, {
      title: 'Ảnh không đổi sau khi duyệt',
      photos: [first.id, second.id],
    })

    const replaced = await newsroom.api('PATCH', `/api/media/${first.id}`, {
      token: admin.token,
      body: await photoForm(99, { caption: 'Ảnh thay thế', credit: 'Người thay', confirmFrozenChange: true }),
    })
    expect(replaced.status).toBe(200)
    expect(replaced.body.doc.credit).toBe('Người thay')
    for (const name of storedNames(first)) expect(fs.existsSync(mediaPath(name))).toBe(false)
    const deleted = await newsroom.api('DELETE', `/api/media/${second.id}?confirmFrozenChange=true`, {
      token: admin.token,
    })
    expect(deleted.status).toBe(200)

    await publishNow(story, [facebook, localFeed])
    const facebookPost = await sentToFacebook(story)
    expect(facebookPost.message).toContain('Ảnh: Trần Văn Duyệt, Lê Thị Hai')
    expect(facebookPost.message).not.toContain('Người thay')
    expect(facebookPost.photoHashes).toEqual(approvedHashes)

    const feed = await shownOnFeed(story)
    expect(feed.photoHashes).toEqual(approvedHashes)
    expect(feed.html).toContain('Trần Văn Duyệt')
    expect(feed.html).not.toContain('Người thay')
    expect(feed.html).not.toContain('Ảnh thay thế')
  })

  test('content changed behind the rules, straight in the database, reaches neither Facebook nor the feed', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Tiêu đề đã duyệt' })
    await newsroom.payload.db.updateOne({ collection: 'stories', id: story, data: { title: 'Tiêu đề sửa lén' } })
    await publishNow(story, [facebook, localFeed])
    expect((await sentToFacebook(story)).message).toMatch(/^Tiêu đề đã duyệt\n/)
    const { html } = await shownOnFeed(story)
    expect(html).toContain('Tiêu đề đã duyệt')
    expect(html).not.toContain('sửa lén')
  })

  test('approved photos are kept as copies named by their SHA-256', async () => {
    const photo = await uploadPhoto(newsroom, people.ctv, { seed: 12 })
    const story = await approvedStory(newsroom, people, { title: 'Bản lưu ảnh', photos: [photo.id] })
    const content = (await storedStory(newsroom, story)).approvedContent
    expect(content).toMatchObject({ title: 'Bản lưu ảnh', photos: [{ caption: photo.caption, credit: photo.credit }] })
    const [kept] = content.photos
    expect(kept.file).toMatch(/^approved\/[0-9a-f]{64}\.jpg$/)
    const bytes = fs.readFileSync(mediaPath(kept.file))
    expect(kept.file).toBe(`approved/${sha256(bytes)}.jpg`)
    expect(sha256(bytes)).toBe(fanpageFileHash(photo))
    expect([kept.width, kept.height]).toEqual([photo.sizes.fanpage.width, photo.sizes.fanpage.height])
  })

  test('the approved content is server-only: not readable, writable or queryable over REST or GraphQL', async () => {
    const story = await approvedStory(newsroom, people, { title: 'Bản đã duyệt' })
    const kept = (await storedStory(newsroom, story)).approvedContent
    expect(kept).toMatchObject({ title: 'Bản đã duyệt' })

    for (const user of [people.ctv, people.board, admin]) {
      const read = await newsroom.api('GET', `/api/stories/${story}`, { token: user.token })
      expect(read.status).toBe(200)
      expect(read.body).not.toHaveProperty('approvedContent')
      const graphql = await newsroom.api('POST', '/api/graphql', {
        token: user.token,
        json: { query: `{ Story(id: ${JSON.stringify(story)}) { title approvedContent } }` },
      })
      expect(graphql.body.data?.Story?.approvedContent ?? null).toBeNull()
      const query = await newsroom.api('GET', `/api/stories?where[approvedContent.title][equals]=x`, {
        token: user.token,
      })
      expect(query.status).toBeGreaterThanOrEqual(400)
    }
    await newsroom.api('PATCH', `/api/stories/${story}`, {
      token: admin.token,
      json: { approvedContent: { ...kept, title: 'Bản giả' } },
    })
    expect((await storedStory(newsroom, story)).approvedContent).toEqual(kept)
  })

  test('a story approved before approved content was kept is still delivered, from its frozen story', async () => {
    const photo = await uploadPhoto(newsroom, people.ctv, { seed: 13, credit: 'Phóng viên cũ' })
    const story = await approvedStory(newsroom, people, { title: 'Duyệt trước khi nâng cấp', photos: [photo.id] })
    const { file } = (await storedStory(newsroom, story)).approvedContent.photos[0]
    await newsroom.payload.db.updateOne({ collection: 'stories', id: story, data: { approvedContent: null } })
    fs.rmSync(mediaPath(file))
    expect((await storedStory(newsroom, story)).approvedContent ?? null).toBeNull()
    await publishNow(story, [facebook, localFeed])
    const facebookPost = await sentToFacebook(story)
    // A photo post's caption goes as a multipart field, whose line breaks travel as CRLF.
    expect(facebookPost.message).toMatch(/^Duyệt trước khi nâng cấp\s[\s\S]*Ảnh: Phóng viên cũ\s/)
    expect(facebookPost.photoHashes).toEqual([fanpageFileHash(photo)])
    const feed = await shownOnFeed(story)
    expect(feed.photoHashes).toEqual([fanpageFileHash(photo)])
    expect(feed.html).toContain('Duyệt trước khi nâng cấp')
  })

  test('an approval whose photo file is gone from disk is refused, and the story still awaits approval', async () => {
    const photo = await uploadPhoto(newsroom, people.ctv, { seed: 14 })
    const story = await createStory(newsroom, people.ctv, { area: people.area, photos: [photo.id] })
    await walk(newsroom, story, [
      [people.ctv, 'submit'],
      [people.editor, 'claim'],
      [people.editor, 'forward'],
    ])
    for (const name of storedNames(photo)) fs.rmSync(mediaPath(name), { force: true })
    const response = await transition(newsroom, people.board, story, { action: 'approve' })
    expect(response.status).toBe(409)
    expect(errorOf(response)?.data?.code).toBe('photo_file_missing')
    const stored = await storedStory(newsroom, story)
    expect(stored.stage).toBe('awaiting_approval')
    expect(stored.approvedContent ?? null).toBeNull()
  })
})
