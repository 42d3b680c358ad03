import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

test('a collaborator creates a draft over REST and submits it', async () => {
  const area = await newsroom.makeArea()
  const ctv = await newsroom.makeUser(['collaborator'])
  const created = await newsroom.api('POST', '/api/stories', { token: ctv.token, json: { title: 'Bài thử', area } })
  expect(created.status).toBe(201)
  expect(created.body.doc.stage).toBe('draft')
  const submitted = await newsroom.api('POST', `/api/stories/${created.body.doc.id}/transition`, {
    token: ctv.token,
    json: { action: 'submit' },
  })
  expect(submitted.body.stage).toBe('submitted')
})
