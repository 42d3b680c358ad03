import { compareAndSet } from '../../src/db/compareAndSet'
import { uploadPhoto, type UploadedPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, walk } from '../helpers/stories'

// Media follows the visibility of the stories that use it: its uploader, whoever may read a story
// using it (author, the area's editors, the board), and every signed-in user once that story is out.

const ROLES = ['ctvA', 'ctvB', 'editorX', 'editorY', 'board', 'admin', 'duty'] as const
type Role = (typeof ROLES)[number]
const MEDIA = ['looseOfA', 'draftOfA', 'draftOfB', 'reviewInX', 'screenshotInX', 'published'] as const
type Media = (typeof MEDIA)[number]

/** Who sees what: A's draft is in area X, B's draft in area Y, the published story in area Y. */
const VISIBLE: Record<Role, readonly Media[]> = {
  ctvA: ['looseOfA', 'draftOfA', 'published'],
  ctvB: ['draftOfB', 'reviewInX', 'screenshotInX', 'published'],
  editorX: ['draftOfA', 'reviewInX', 'screenshotInX', 'published'],
  editorY: ['draftOfB', 'published'],
  board: MEDIA,
  admin: MEDIA,
  duty: ['published'],
}

const CASES = ROLES.flatMap((role) => MEDIA.map((media) => [role, media, VISIBLE[role].includes(media)] as const))

let newsroom: TestNewsroom
const users = {} as Record<Role, TestUser>
const photos = {} as Record<Media, UploadedPhoto>
let anonymous: TestUser

const ids = (docs: { id: Id }[]) => docs.map((doc) => String(doc.id))
const graphql = (user: TestUser, query: string) =>
  newsroom.api('POST', '/api/graphql', { token: user.token || undefined, json: { query } })

beforeAll(async () => {
  newsroom = await startNewsroom()
  const areaX = await newsroom.makeArea('Kinh tế')
  const areaY = await newsroom.makeArea('Văn hóa - Xã hội')
  users.ctvA = await newsroom.makeUser(['collaborator'])
  users.ctvB = await newsroom.makeUser(['collaborator'])
  users.editorX = await newsroom.makeUser(['editor'], { areas: [areaX] })
  users.editorY = await newsroom.makeUser(['editor'], { areas: [areaY] })
  users.board = await newsroom.makeUser(['board'])
  users.admin = await newsroom.makeUser(['admin'])
  users.duty = await newsroom.makeUser(['duty'])
  anonymous = { id: 0, email: '', password: '', token: '' }

  const upload = (user: TestUser, seed: number) => uploadPhoto(newsroom, user, { seed })
  photos.looseOfA = await upload(users.ctvA, 1)
  photos.draftOfA = await upload(users.ctvA, 2)
  await createStory(newsroom, users.ctvA, { area: areaX, photos: [photos.draftOfA.id] })
  photos.draftOfB = await upload(users.ctvB, 3)
  await createStory(newsroom, users.ctvB, { area: areaY, photos: [photos.draftOfB.id] })
  photos.reviewInX = await upload(users.ctvB, 4)
  const inReview = await createStory(newsroom, users.ctvB, { area: areaX, photos: [photos.reviewInX.id] })
  await walk(newsroom, inReview, [
    [users.ctvB, 'submit'],
    [users.editorX, 'claim'],
  ])
  photos.screenshotInX = await upload(users.ctvB, 5)
  const rebuttal = await createStory(newsroom, users.ctvB, {
    area: areaX,
    format: 'rebuttal',
    falseClaim: { text: 'Tin đồn thất thiệt', screenshot: photos.screenshotInX.id },
    officialSources: [{ url: 'https://phurieng.binhphuoc.gov.vn/thong-bao' }],
  })
  await walk(newsroom, rebuttal, [[users.ctvB, 'submit']])
  photos.published = await upload(users.ctvB, 6)
  await newsroom.payload.create({
    collection: 'stories',
    data: {
      title: 'Đã đăng',
      area: areaY,
      author: users.ctvB.id,
      stage: 'published',
      photos: [photos.published.id],
    } as never,
  })
})
afterAll(async () => {
  await newsroom?.stop()
})

describe('REST', () => {
  test.each(ROLES)('the media list of %s holds exactly the photos they may see', async (role) => {
    const response = await newsroom.api('GET', '/api/media?limit=0&depth=0', { token: users[role].token })
    expect(response.status).toBe(200)
    const listed = ids(response.body.docs)
    const expected = MEDIA.filter((media) => VISIBLE[role].includes(media))
    expect(MEDIA.filter((media) => listed.includes(String(photos[media].id)))).toEqual(expected)
    expect(response.body.totalDocs).toBe(listed.length)
  })

  test.each(CASES)('%s, by id: %s → %s', async (role, media, visible) => {
    const response = await newsroom.api('GET', `/api/media/${photos[media].id}?depth=0`, { token: users[role].token })
    if (visible) {
      expect(response.status).toBe(200)
      expect(String(response.body.id)).toBe(String(photos[media].id))
    } else {
      expect([403, 404]).toContain(response.status)
    }
  })

  test.each(CASES)('%s, file download (original and every size): %s → %s', async (role, media, visible) => {
    const photo = photos[media]
    for (const filename of [photo.filename, photo.sizes.thumbnail.filename!, photo.sizes.fanpage.filename!]) {
      const response = await fetch(`${newsroom.url}/api/media/file/${encodeURIComponent(filename)}`, {
        headers: { authorization: `JWT ${users[role].token}` },
      })
      const bytes = Buffer.from(await response.arrayBuffer())
      if (visible) {
        expect(response.status).toBe(200)
        expect(bytes.length).toBeGreaterThan(100)
      } else {
        expect([403, 404]).toContain(response.status)
        expect(bytes.subarray(0, 3).toString('hex')).not.toBe('ffd8ff')
      }
    }
  })

  test('nobody signed out sees any photo, listed, by id or as a file', async () => {
    expect((await newsroom.api('GET', '/api/media')).status).toBe(403)
    for (const media of MEDIA) {
      expect([403, 404]).toContain((await newsroom.api('GET', `/api/media/${photos[media].id}`)).status)
      expect([403, 404]).toContain(
        (await fetch(`${newsroom.url}/api/media/file/${encodeURIComponent(photos[media].filename)}`)).status,
      )
    }
  })
})

describe('GraphQL', () => {
  test.each(ROLES)('allMedia for %s holds exactly the photos they may see', async (role) => {
    const response = await graphql(users[role], '{ allMedia(limit: 0) { totalDocs docs { id } } }')
    const listed = ids(response.body.data.allMedia.docs)
    const expected = MEDIA.filter((media) => VISIBLE[role].includes(media))
    expect(MEDIA.filter((media) => listed.includes(String(photos[media].id)))).toEqual(expected)
    expect(response.body.data.allMedia.totalDocs).toBe(listed.length)
  })

  test.each(CASES)('%s, Media(id): %s → %s', async (role, media, visible) => {
    const response = await graphql(users[role], `{ Media(id: ${JSON.stringify(photos[media].id)}) { id caption } }`)
    if (visible) expect(String(response.body.data?.Media?.id)).toBe(String(photos[media].id))
    else expect(response.body.data?.Media ?? null).toBeNull()
  })

  test('nobody signed out sees any photo', async () => {
    const response = await graphql(anonymous, '{ allMedia(limit: 0) { docs { id } } }')
    expect(response.body.data?.allMedia?.docs ?? []).toEqual([])
  })
})

test('a photo becomes visible to everyone when its story is published, with nothing to copy or update', async () => {
  const photo = await uploadPhoto(newsroom, users.ctvB, { seed: 7 })
  const story = (
    await newsroom.payload.create({
      collection: 'stories',
      data: { title: 'Sắp đăng', author: users.ctvB.id, stage: 'scheduled', photos: [photo.id] } as never,
    })
  ).id
  const seenBy = async (user: TestUser) =>
    (await newsroom.api('GET', `/api/media/${photo.id}`, { token: user.token })).status === 200
  expect(await seenBy(users.ctvA)).toBe(false)
  expect(await seenBy(users.duty)).toBe(false)
  // The same conditional update the delivery engine uses to complete a story.
  expect(
    await compareAndSet(newsroom.payload, {
      collection: 'stories',
      id: story,
      expect: { stage: 'scheduled' },
      set: { stage: 'published' },
    }),
  ).toBe(true)
  expect(await seenBy(users.ctvA)).toBe(true)
  expect(await seenBy(users.duty)).toBe(true)
})
