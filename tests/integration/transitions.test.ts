import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, storedStory, transition, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let area: Id
let otherArea: Id
let channel: Id
let ctv: TestUser
let editor: TestUser
let otherEditor: TestUser
let board: TestUser
let secondBoard: TestUser

beforeAll(async () => {
  newsroom = await startNewsroom()
  area = await newsroom.makeArea('Kinh tế')
  otherArea = await newsroom.makeArea('Quốc phòng - An ninh')
  channel = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
  ctv = await newsroom.makeUser(['collaborator'])
  editor = await newsroom.makeUser(['editor'], { areas: [area] })
  otherEditor = await newsroom.makeUser(['editor'], { areas: [otherArea] })
  board = await newsroom.makeUser(['board'])
  secondBoard = await newsroom.makeUser(['board'])
})
afterAll(async () => {
  await newsroom?.stop()
})

const submittedStory = async () => {
  const id = await createStory(newsroom, ctv, { area })
  await walk(newsroom, id, [[ctv, 'submit']])
  return id
}

test('the whole loop: submit, claim, forward, approve, schedule, unschedule, publish now', async () => {
  const id = await createStory(newsroom, ctv, { area })
  // Where a story goes out is the board's choice, kept on the story for `schedule` to use.
  const chosen = await newsroom.api('PATCH', `/api/stories/${id}`, {
    token: board.token,
    json: { channels: [channel] },
  })
  expect(chosen.status).toBe(200)
  const publishAt = new Date(Date.now() + 2 * 3_600_000).toISOString()
  const steps: [TestUser, string, Record<string, unknown>, string][] = [
    [ctv, 'submit', {}, 'submitted'],
    [editor, 'claim', {}, 'in_review'],
    [editor, 'forward', {}, 'awaiting_approval'],
    [board, 'approve', { note: 'Đạt' }, 'approved'],
    [board, 'schedule', { publishAt }, 'scheduled'],
    [board, 'unschedule', {}, 'approved'],
    [board, 'publish_now', {}, 'scheduled'],
  ]
  for (const [user, action, extra, stage] of steps) {
    const response = await transition(newsroom, user, id, { action, ...extra })
    expect(response.status).toBe(200)
    expect(response.body.stage).toBe(stage)
  }
  const stored = await storedStory(newsroom, id)
  expect(stored.history.map((entry: { action: string }) => entry.action)).toEqual(steps.map(([, action]) => action))
  expect(stored.history.map((entry: { by: Id }) => String(entry.by))).toEqual(steps.map(([user]) => String(user.id)))
  expect(stored.history[0]).toMatchObject({ from: 'draft', to: 'submitted' })
  expect(stored.history[3].note).toBe('Đạt')
  expect(stored.channels.map(String)).toEqual([String(channel)])
  expect(Date.parse(stored.publishAt)).toBeLessThanOrEqual(Date.now())
})

test('schedule takes its channels from the request or the story, and refuses without any', async () => {
  const id = await createStory(newsroom, ctv, { area })
  await walk(newsroom, id, [
    [ctv, 'submit'],
    [editor, 'claim'],
    [editor, 'forward'],
    [board, 'approve'],
  ])
  const publishAt = new Date(Date.now() + 3_600_000).toISOString()
  const refused = await transition(newsroom, board, id, { action: 'schedule', publishAt })
  expect(refused.status).toBe(400)
  expect(refused.body.errors[0].data.code).toBe('channel_required')
  const scheduled = await transition(newsroom, board, id, { action: 'schedule', publishAt, channels: [channel] })
  expect(scheduled.status).toBe(200)
  expect(new Date(scheduled.body.publishAt).toISOString()).toBe(publishAt)
})

test('no one approves their own story, even a board member', async () => {
  const id = await createStory(newsroom, board, { area })
  await walk(newsroom, id, [
    [board, 'submit'],
    [editor, 'claim'],
    [editor, 'forward'],
  ])
  const own = await transition(newsroom, board, id, { action: 'approve' })
  expect(own.status).toBe(403)
  expect(own.body.errors[0].data.code).toBe('own_story')
  expect((await storedStory(newsroom, id)).stage).toBe('awaiting_approval')
  expect((await transition(newsroom, secondBoard, id, { action: 'approve' })).status).toBe(200)
})

test('editors act only on their own areas', async () => {
  const id = await submittedStory()
  const response = await transition(newsroom, otherEditor, id, { action: 'claim' })
  // The other area's editor cannot even see the story.
  expect(response.status).toBe(404)
  expect((await storedStory(newsroom, id)).stage).toBe('submitted')
})

test.each([
  ['request_changes', 'in_review'],
  ['reject', 'submitted'],
])('%s needs a note', async (action, from) => {
  const id = await submittedStory()
  if (from === 'in_review') await walk(newsroom, id, [[editor, 'claim']])
  for (const note of [undefined, '', '   ']) {
    const response = await transition(newsroom, editor, id, { action, note })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.code).toBe('note_required')
  }
  const accepted = await transition(newsroom, editor, id, { action, note: '  Thiếu nguồn ảnh  ' })
  expect(accepted.status).toBe(200)
  expect(accepted.body.history.at(-1).note).toBe('Thiếu nguồn ảnh')
})

test('a refused transition changes nothing', async () => {
  const id = await submittedStory()
  const before = await storedStory(newsroom, id)
  const refusals: [TestUser, Record<string, unknown>, number][] = [
    [ctv, { action: 'approve' }, 409],
    [ctv, { action: 'claim' }, 403],
    [board, { action: 'forward' }, 409],
    [editor, { action: 'fly' }, 400],
    [board, { action: 'reject' }, 400],
  ]
  for (const [user, body, status] of refusals) {
    const response = await transition(newsroom, user, id, body)
    expect(response.status).toBe(status)
    expect(typeof response.body.errors[0].message).toBe('string')
  }
  const after = await storedStory(newsroom, id)
  expect(after).toEqual(before)
})

test('messages follow the request language; codes stay stable', async () => {
  const id = await submittedStory()
  const vietnamese = await transition(newsroom, ctv, id, { action: 'approve' })
  expect(vietnamese.body.errors[0].message).toMatch(/trạng thái/)
  const english = await newsroom.api('POST', `/api/stories/${id}/transition`, {
    token: ctv.token,
    json: { action: 'approve' },
    headers: { 'accept-language': 'en' },
  })
  expect(english.body.errors[0].message).toMatch(/not allowed from/)
  expect(english.body.errors[0].data.code).toBe(vietnamese.body.errors[0].data.code)
})

test('anonymous callers and unknown stories are refused', async () => {
  const id = await submittedStory()
  expect((await transition(newsroom, null, id, { action: 'claim' })).status).toBe(401)
  expect((await transition(newsroom, board, 987654, { action: 'claim' })).status).toBe(404)
})

test('two editors claiming at once: exactly one wins, the story is claimed once', async () => {
  const secondEditor = await newsroom.makeUser(['editor'], { areas: [area] })
  const id = await submittedStory()
  const responses = await Promise.all([
    transition(newsroom, editor, id, { action: 'claim' }),
    transition(newsroom, secondEditor, id, { action: 'claim' }),
    transition(newsroom, board, id, { action: 'claim' }),
  ])
  const statuses = responses.map((response) => response.status).sort()
  expect(statuses).toEqual([200, 409, 409])
  const stored = await storedStory(newsroom, id)
  expect(stored.stage).toBe('in_review')
  expect(stored.history.filter((entry: { action: string }) => entry.action === 'claim')).toHaveLength(1)
})

test('the workflow endpoint lists exactly the actions this user may take now', async () => {
  const id = await submittedStory()
  const actions = async (user: TestUser) =>
    (await newsroom.api('GET', `/api/stories/${id}/workflow`, { token: user.token })).body.actions
  expect(await actions(ctv)).toEqual(['withdraw'])
  expect(await actions(editor)).toEqual(['claim', 'reject'])
  expect(await actions(board)).toEqual(['claim', 'reject'])
})

describe('rebuttal lane', () => {
  const rebuttal = (extra: Record<string, unknown> = {}) =>
    createStory(newsroom, ctv, {
      title: 'Sự thật về tin đồn thu hồi đất',
      format: 'rebuttal',
      falseClaim: { text: 'Tin đồn: huyện thu hồi toàn bộ đất vườn', link: 'https://example.invalid/tin-don' },
      officialSources: [{ url: 'https://phurieng.binhphuoc.gov.vn/thong-bao', title: 'Thông báo của UBND huyện' }],
      ...extra,
    })

  test('submit skips area review: straight to awaiting approval, urgent, with the clock started', async () => {
    const id = await rebuttal()
    const submitted = await transition(newsroom, ctv, id, { action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ stage: 'awaiting_approval', urgent: true })
    expect(Date.parse(submitted.body.submittedAt)).toBeGreaterThan(0)
    expect((await transition(newsroom, board, id, { action: 'claim' })).status).toBe(409)
  })

  test('four-eyes still holds: the board author cannot approve their own rebuttal', async () => {
    const id = await createStory(newsroom, board, {
      title: 'Phản bác',
      format: 'rebuttal',
      falseClaim: { text: 'Tin sai' },
      officialSources: [{ url: 'https://example.invalid/nguon' }],
    })
    await walk(newsroom, id, [[board, 'submit']])
    expect((await transition(newsroom, board, id, { action: 'approve' })).body.errors[0].data.code).toBe('own_story')
    expect((await transition(newsroom, secondBoard, id, { action: 'approve' })).status).toBe(200)
  })

  test.each([
    ['no false claim', { falseClaim: { text: '', link: '' } }],
    ['no official source', { officialSources: [] }],
  ])('a rebuttal with %s cannot be submitted', async (_case, extra) => {
    const id = await rebuttal(extra)
    const response = await transition(newsroom, ctv, id, { action: 'submit' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.code).toBe('rebuttal_incomplete')
    expect((await storedStory(newsroom, id)).stage).toBe('draft')
  })
})
