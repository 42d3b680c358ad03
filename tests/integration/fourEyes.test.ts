import { photoForm, uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, storedStory, transition, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let area: Id
let ctv: TestUser
let editor: TestUser
let board: TestUser
let secondBoard: TestUser

beforeAll(async () => {
  newsroom = await startNewsroom()
  area = await newsroom.makeArea('Kinh tế')
  ctv = await newsroom.makeUser(['collaborator'])
  editor = await newsroom.makeUser(['editor'], { areas: [area] })
  board = await newsroom.makeUser(['board'])
  secondBoard = await newsroom.makeUser(['board'])
})
afterAll(async () => {
  await newsroom?.stop()
})

const awaitingApproval = async () => {
  const id = await createStory(newsroom, ctv, { area })
  await walk(newsroom, id, [
    [ctv, 'submit'],
    [editor, 'claim'],
    [editor, 'forward'],
  ])
  return id
}

const patch = (user: TestUser, id: Id, json: Record<string, unknown>) =>
  newsroom.api('PATCH', `/api/stories/${id}`, { token: user.token, json })

const lastEditor = async (id: Id) => String((await storedStory(newsroom, id)).contentEditedBy)

describe('four-eyes: whoever last changed the content may not approve', () => {
  test('a board member who rewrites the title of a story awaiting approval cannot then approve it alone', async () => {
    const id = await awaitingApproval()
    expect((await patch(board, id, { title: 'Tiêu đề do Ban Biên tập viết lại' })).status).toBe(200)
    expect(await lastEditor(id)).toBe(String(board.id))

    const refused = await transition(newsroom, board, id, { action: 'approve' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].data.code).toBe('own_edit')
    expect(refused.body.errors[0].message).toMatch(/bốn mắt/)
    const stored = await storedStory(newsroom, id)
    expect(stored.stage).toBe('awaiting_approval')
    expect(stored.approvedContent ?? null).toBeNull()

    // The workflow panel no longer offers it, and another board member approves.
    const panel = await newsroom.api('GET', `/api/stories/${id}/workflow`, { token: board.token })
    expect(panel.body.actions).not.toContain('approve')
    expect((await transition(newsroom, secondBoard, id, { action: 'approve' })).status).toBe(200)
  })

  test.each([
    ['summary', { summary: 'Sa-pô mới' }],
    ['format', { format: 'photo' }],
    ['false claim', { falseClaim: { text: 'Tin đồn' } }],
    ['official sources', { officialSources: [{ url: 'https://chinhphu.vn/a', title: 'Cổng TTĐT' }] }],
    ['body', { body: richText('Nội dung do Ban Biên tập sửa') }],
  ])('changing the %s counts as a content change', async (_label, change) => {
    const id = await awaitingApproval()
    expect((await patch(board, id, change)).status).toBe(200)
    expect((await transition(newsroom, board, id, { action: 'approve' })).body.errors[0].data.code).toBe('own_edit')
  })

  test('changing the photos counts too', async () => {
    const id = await awaitingApproval()
    const photo = await uploadPhoto(newsroom, board, { seed: 3 })
    expect((await patch(board, id, { photos: [photo.id] })).status).toBe(200)
    expect((await transition(newsroom, board, id, { action: 'approve' })).body.errors[0].data.code).toBe('own_edit')
  })

  test('changing the caption or the file of one of its photos counts too', async () => {
    const photo = await uploadPhoto(newsroom, ctv, { seed: 4 })
    const id = await createStory(newsroom, ctv, { area, photos: [photo.id] })
    await walk(newsroom, id, [
      [ctv, 'submit'],
      [editor, 'claim'],
      [editor, 'forward'],
    ])
    const recaption = await newsroom.api('PATCH', `/api/media/${photo.id}`, {
      token: board.token,
      json: { caption: 'Chú thích do Ban Biên tập viết lại' },
    })
    expect(recaption.status).toBe(200)
    expect(await lastEditor(id)).toBe(String(board.id))
    expect((await transition(newsroom, board, id, { action: 'approve' })).body.errors[0].data.code).toBe('own_edit')
    // Re-saving the photo unchanged records no one new.
    await newsroom.api('PATCH', `/api/media/${photo.id}`, {
      token: secondBoard.token,
      json: { caption: 'Chú thích do Ban Biên tập viết lại' },
    })
    expect(await lastEditor(id)).toBe(String(board.id))
    expect((await transition(newsroom, secondBoard, id, { action: 'approve' })).status).toBe(200)
  })

  test('replacing the file of one of its photos counts too', async () => {
    const photo = await uploadPhoto(newsroom, ctv, { seed: 5 })
    const id = await createStory(newsroom, ctv, { area, photos: [photo.id] })
    await walk(newsroom, id, [
      [ctv, 'submit'],
      [editor, 'claim'],
      [editor, 'forward'],
    ])
    const replaced = await newsroom.api('PATCH', `/api/media/${photo.id}`, {
      token: board.token,
      body: await photoForm(6, { caption: photo.caption, credit: photo.credit }),
    })
    expect(replaced.status).toBe(200)
    expect((await transition(newsroom, board, id, { action: 'approve' })).body.errors[0].data.code).toBe('own_edit')
  })

  test('a save that changes no content (the admin re-saving, scheduling fields) records no one', async () => {
    const id = await awaitingApproval()
    const story = await storedStory(newsroom, id)
    const resave = await patch(board, id, { title: story.title, summary: story.summary, area, publishAt: null })
    expect(resave.status).toBe(200)
    expect(await lastEditor(id)).toBe(String(ctv.id))
    expect((await transition(newsroom, board, id, { action: 'approve' })).status).toBe(200)
  })

  test('the author is the first content editor, and transitions do not count as edits', async () => {
    const id = await awaitingApproval()
    expect(await lastEditor(id)).toBe(String(ctv.id))
  })

  test('the last content editor is set by the server only: REST and GraphQL cannot write it', async () => {
    const id = await awaitingApproval()
    const rest = await patch(board, id, { contentEditedBy: secondBoard.id })
    expect(rest.status).toBe(200)
    expect(await lastEditor(id)).toBe(String(ctv.id))
    const created = await newsroom.api('POST', '/api/stories', {
      token: ctv.token,
      json: { title: 'Bài mới', contentEditedBy: board.id },
    })
    expect(created.status).toBe(201)
    expect(await lastEditor(created.body.doc.id)).toBe(String(ctv.id))
    await newsroom.api('POST', '/api/graphql', {
      token: board.token,
      json: {
        query: `mutation { updateStory(id: ${JSON.stringify(id)}, data: { contentEditedBy: ${JSON.stringify(secondBoard.id)} }) { id } }`,
      },
    })
    expect(await lastEditor(id)).toBe(String(ctv.id))
  })

  test('an area editor who changes the content does not keep the board from approving', async () => {
    const id = await createStory(newsroom, ctv, { area })
    await walk(newsroom, id, [
      [ctv, 'submit'],
      [editor, 'claim'],
    ])
    expect((await patch(editor, id, { title: 'Biên tập viên sửa tiêu đề' })).status).toBe(200)
    expect(await lastEditor(id)).toBe(String(editor.id))
    await walk(newsroom, id, [
      [editor, 'forward'],
      [board, 'approve'],
    ])
  })
})

describe('titles', () => {
  const HIDDEN = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']
  const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']

  test.each([...HIDDEN, ...ZERO_WIDTH].map((char) => [`U+${char.charCodeAt(0).toString(16).toUpperCase()}`, char]))(
    'a title with %s is refused on create and update, with the field marked',
    async (_code, char) => {
      const created = await newsroom.api('POST', '/api/stories', {
        token: ctv.token,
        json: { title: `Tin${char} mới` },
      })
      expect(created.status).toBe(400)
      expect(created.body.errors[0].data.code).toBe('title_hidden_characters')
      expect(created.body.errors[0].message).toMatch(/ký tự ẩn/)
      expect(created.body.errors[0].data.errors).toEqual([{ path: 'title', message: created.body.errors[0].message }])

      const id = await createStory(newsroom, ctv, { title: 'Tin mới' })
      const updated = await patch(ctv, id, { title: `Tin${char} mới` })
      expect(updated.status).toBe(400)
      expect(updated.body.errors[0].data.code).toBe('title_hidden_characters')
      expect((await storedStory(newsroom, id)).title).toBe('Tin mới')
    },
  )

  test('250 characters are accepted, 251 refused (counted as people see them, accents included)', async () => {
    const decomposed = 'a\u0309' // "ả" typed as a letter and a combining hook: one character
    expect(
      (await newsroom.api('POST', '/api/stories', { token: ctv.token, json: { title: decomposed.repeat(250) } }))
        .status,
    ).toBe(201)
    const tooLong = await newsroom.api('POST', '/api/stories', { token: ctv.token, json: { title: 'ả'.repeat(251) } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.errors[0].data.code).toBe('title_too_long')
    expect(tooLong.body.errors[0].message).toBe('Tiêu đề quá dài: tối đa 250 ký tự.')
    const english = await newsroom.api('POST', '/api/stories', {
      token: ctv.token,
      json: { title: 'x'.repeat(251) },
      headers: { 'accept-language': 'en' },
    })
    expect(english.body.errors[0].message).toBe('The title is too long: at most 250 characters.')
  })

  test('GraphQL refuses them too', async () => {
    const response = await newsroom.api('POST', '/api/graphql', {
      token: ctv.token,
      json: {
        query: 'mutation ($title: String!) { createStory(data: { title: $title, stage: draft, format: news }) { id } }',
        variables: { title: 'Tin\u202Egnóm' },
      },
    })
    expect(response.body.errors[0].message).toMatch(/ký tự ẩn/)
    expect(
      (await newsroom.payload.count({ collection: 'stories', where: { title: { like: 'gnóm' } } })).totalDocs,
    ).toBe(0)
  })

  test('a title stored before the rule does not block saving other fields', async () => {
    const id = await createStory(newsroom, ctv, { title: 'Tin cũ' })
    const legacy = 'Tin cũ\u200B'
    await newsroom.payload.db.updateOne({ collection: 'stories', id, data: { title: legacy } })
    const resave = await patch(ctv, id, { title: legacy, summary: 'Sa-pô' })
    expect(resave.status).toBe(200)
    expect(resave.body.doc.summary).toBe('Sa-pô')
  })
})

/** A one-paragraph Lexical document. */
function richText(text: string) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
        },
      ],
    },
  }
}
