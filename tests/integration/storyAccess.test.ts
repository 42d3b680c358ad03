import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, storedStory, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let areaA: Id
let areaB: Id
let ctv: TestUser
let otherCtv: TestUser
let editorA: TestUser
let editorB: TestUser
let board: TestUser
let admin: TestUser
let duty: TestUser

beforeAll(async () => {
  newsroom = await startNewsroom()
  areaA = await newsroom.makeArea('Kinh tế')
  areaB = await newsroom.makeArea('Văn hóa - Xã hội')
  ctv = await newsroom.makeUser(['collaborator'])
  otherCtv = await newsroom.makeUser(['collaborator'])
  editorA = await newsroom.makeUser(['editor'], { areas: [areaA] })
  editorB = await newsroom.makeUser(['editor'], { areas: [areaB] })
  board = await newsroom.makeUser(['board'])
  admin = await newsroom.makeUser(['admin'])
  duty = await newsroom.makeUser(['duty'])
})
afterAll(async () => {
  await newsroom?.stop()
})

const get = (user: TestUser | null, id: Id) => newsroom.api('GET', `/api/stories/${id}`, { token: user?.token })
const patch = (user: TestUser, id: Id, json: Record<string, unknown>) =>
  newsroom.api('PATCH', `/api/stories/${id}`, { token: user.token, json })
const listIds = async (user: TestUser) => {
  const response = await newsroom.api('GET', '/api/stories?limit=0&depth=0', { token: user.token })
  return (response.body.docs as { id: Id }[]).map((doc) => String(doc.id)).sort()
}

describe('reading stories', () => {
  let draftA: Id
  let submittedA: Id
  let submittedB: Id
  let published: Id

  beforeAll(async () => {
    draftA = await createStory(newsroom, ctv, { area: areaA })
    submittedA = await createStory(newsroom, ctv, { area: areaA })
    await walk(newsroom, submittedA, [[ctv, 'submit']])
    submittedB = await createStory(newsroom, otherCtv, { area: areaB })
    await walk(newsroom, submittedB, [[otherCtv, 'submit']])
    const author = otherCtv.id
    published = (
      await newsroom.payload.create({
        collection: 'stories',
        data: { title: 'Đã đăng', area: areaB, author, stage: 'published' } as never,
      })
    ).id
  })

  test('a collaborator reads their own stories and published ones only', async () => {
    expect(await listIds(ctv)).toEqual([draftA, submittedA, published].map(String).sort())
    expect((await get(ctv, submittedB)).status).toBe(404)
    expect((await get(ctv, published)).status).toBe(200)
  })

  test('an editor reads their areas’ stories and published ones, not other areas’', async () => {
    const ids = await listIds(editorA)
    expect(ids).toEqual(expect.arrayContaining([draftA, submittedA, published].map(String)))
    expect(ids).not.toContain(String(submittedB))
    expect((await get(editorA, submittedB)).status).toBe(404)
  })

  test('the board reads every story; duty members only what is published', async () => {
    expect(await listIds(board)).toEqual(
      expect.arrayContaining([draftA, submittedA, submittedB, published].map(String)),
    )
    expect(await listIds(duty)).toEqual([String(published)])
  })

  test('anonymous visitors are refused', async () => {
    expect((await get(null, published)).status).toBe(403)
    expect((await newsroom.api('GET', '/api/stories')).status).toBe(403)
  })
})

describe('creating stories', () => {
  test('the server sets the author from the creator', async () => {
    const id = await createStory(newsroom, ctv, { area: areaA })
    expect(String((await storedStory(newsroom, id)).author)).toBe(String(ctv.id))
  })

  test('author spoofing is refused and creates nothing', async () => {
    const before = (await newsroom.payload.count({ collection: 'stories' })).totalDocs
    const response = await newsroom.api('POST', '/api/stories', {
      token: ctv.token,
      json: { title: 'Giả danh', author: otherCtv.id },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].data.code).toBe('author_set_by_server')
    expect((await newsroom.payload.count({ collection: 'stories' })).totalDocs).toBe(before)
  })

  test('a story cannot be created in another stage than draft', async () => {
    const response = await newsroom.api('POST', '/api/stories', {
      token: board.token,
      json: { title: 'Đăng luôn', stage: 'published' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].data.code).toBe('workflow_field_read_only')
  })

  test('an editor files only into areas they hold; duty members do not write stories', async () => {
    const intoB = await newsroom.api('POST', '/api/stories', {
      token: editorA.token,
      json: { title: 'x', area: areaB },
    })
    expect(intoB.status).toBe(403)
    const intoA = await newsroom.api('POST', '/api/stories', {
      token: editorA.token,
      json: { title: 'x', area: areaA },
    })
    expect(intoA.status).toBe(201)
    expect((await newsroom.api('POST', '/api/stories', { token: duty.token, json: { title: 'x' } })).status).toBe(403)
  })
})

describe('updating stories', () => {
  test('an author edits their draft, and again when changes are requested, but not while in review', async () => {
    const id = await createStory(newsroom, ctv, { area: areaA })
    expect((await patch(ctv, id, { title: 'Sửa nháp' })).status).toBe(200)
    await walk(newsroom, id, [[ctv, 'submit']])
    expect((await patch(ctv, id, { title: 'Sửa khi đã gửi' })).status).toBe(403)
    await walk(newsroom, id, [
      [editorA, 'claim'],
      [editorA, 'request_changes', { note: 'Bổ sung số liệu' }],
    ])
    expect((await patch(ctv, id, { title: 'Đã bổ sung' })).status).toBe(200)
    expect((await storedStory(newsroom, id)).title).toBe('Đã bổ sung')
  })

  test('a collaborator cannot edit someone else’s draft', async () => {
    const id = await createStory(newsroom, otherCtv, { area: areaA })
    expect([403, 404]).toContain((await patch(ctv, id, { title: 'x' })).status)
    expect((await storedStory(newsroom, id)).title).toBe('Bài thử')
  })

  test('an editor edits their area’s stories but cannot move one out of, or into, their areas', async () => {
    const inA = await createStory(newsroom, ctv, { area: areaA })
    await walk(newsroom, inA, [[ctv, 'submit']])
    expect((await patch(editorA, inA, { title: 'Biên tập lại' })).status).toBe(200)

    const movedOut = await patch(editorA, inA, { area: areaB })
    expect(movedOut.status).toBe(403)
    expect(String((await storedStory(newsroom, inA)).area)).toBe(String(areaA))

    const inB = await createStory(newsroom, otherCtv, { area: areaB })
    await walk(newsroom, inB, [[otherCtv, 'submit']])
    const movedIn = await patch(editorA, inB, { area: areaA })
    expect(movedIn.status).toBe(403)
    expect(String((await storedStory(newsroom, inB)).area)).toBe(String(areaB))
    expect([403, 404]).toContain((await patch(editorB, inA, { title: 'x' })).status)
  })

  test.each([
    ['stage', { stage: 'approved' }],
    ['history', { history: [{ action: 'approve', from: 'draft', to: 'approved', at: new Date().toISOString() }] }],
  ])('writing %s directly is refused for everyone, and nothing changes', async (_field, json) => {
    const id = await createStory(newsroom, ctv, { area: areaA })
    for (const user of [ctv, board, admin]) {
      const response = await patch(user, id, { ...json, title: 'Không được đổi' })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].data.code).toBe('workflow_field_read_only')
    }
    const stored = await storedStory(newsroom, id)
    expect(stored.stage).toBe('draft')
    expect(stored.history).toEqual([])
    expect(stored.title).toBe('Bài thử')
  })

  test('sending the current stage back unchanged (as the admin form does) is accepted', async () => {
    const id = await createStory(newsroom, ctv, { area: areaA })
    expect((await patch(ctv, id, { stage: 'draft', history: [], title: 'Lưu lại' })).status).toBe(200)
  })

  test('approved content is frozen; scheduling fields stay editable; re-saving the same content is fine', async () => {
    const id = await createStory(newsroom, ctv, { area: areaA, summary: 'Tóm tắt' })
    await walk(newsroom, id, [
      [ctv, 'submit'],
      [editorA, 'claim'],
      [editorA, 'forward'],
      [board, 'approve'],
    ])
    for (const change of [{ title: 'Sửa sau duyệt' }, { summary: 'Khác' }, { area: areaB }, { format: 'photo' }]) {
      const response = await patch(board, id, change)
      expect(response.status).toBe(409)
      expect(response.body.errors[0].data.code).toBe('content_frozen')
    }
    const stored = await storedStory(newsroom, id)
    expect(stored.title).toBe('Bài thử')
    expect(
      (await patch(board, id, { title: 'Bài thử', publishAt: new Date(Date.now() + 3_600_000).toISOString() })).status,
    ).toBe(200)
  })
})

describe('deleting stories', () => {
  test('only a never-submitted draft may be deleted by its author; admins may delete', async () => {
    const draft = await createStory(newsroom, ctv, { area: areaA })
    const submitted = await createStory(newsroom, ctv, { area: areaA })
    await walk(newsroom, submitted, [[ctv, 'submit']])
    expect((await newsroom.api('DELETE', `/api/stories/${submitted}`, { token: ctv.token })).status).toBe(403)
    expect((await newsroom.api('DELETE', `/api/stories/${submitted}`, { token: editorA.token })).status).toBe(403)
    expect((await newsroom.api('DELETE', `/api/stories/${submitted}`, { token: board.token })).status).toBe(403)
    expect((await newsroom.api('DELETE', `/api/stories/${draft}`, { token: ctv.token })).status).toBe(200)
    expect((await newsroom.api('DELETE', `/api/stories/${submitted}`, { token: admin.token })).status).toBe(200)
  })
})
