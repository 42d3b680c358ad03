import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, storedStory, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let ctv: TestUser
let board: TestUser
let story: Id

const graphql = (user: TestUser, query: string) =>
  newsroom.api('POST', '/api/graphql', { token: user.token, json: { query } })

beforeAll(async () => {
  newsroom = await startNewsroom()
  const area = await newsroom.makeArea()
  ctv = await newsroom.makeUser(['collaborator'])
  board = await newsroom.makeUser(['board'])
  const editor = await newsroom.makeUser(['editor'], { areas: [area] })
  story = await createStory(newsroom, ctv, { area })
  await walk(newsroom, story, [
    [ctv, 'submit'],
    [editor, 'claim'],
    [editor, 'forward'],
  ])
})
afterAll(async () => {
  await newsroom?.stop()
})

test('GraphQL cannot write stage, even for the board', async () => {
  const response = await graphql(
    board,
    `mutation { updateStory(id: ${JSON.stringify(story)}, data: { stage: approved }) { stage } }`,
  )
  expect(response.body.errors?.[0]?.message).toBeTruthy()
  expect((await storedStory(newsroom, story)).stage).toBe('awaiting_approval')
})

test('GraphQL cannot write history', async () => {
  const at = new Date().toISOString()
  const response = await graphql(
    board,
    `mutation { updateStory(id: ${JSON.stringify(story)}, data: { history: [{ action: approve, from: awaiting_approval, to: approved, at: "${at}", by: ${JSON.stringify(board.id)} }] }) { stage } }`,
  )
  expect(response.body.errors?.[0]?.message).toBeTruthy()
  expect((await storedStory(newsroom, story)).history).toHaveLength(3)
})

test('GraphQL reads follow the same access rules as REST', async () => {
  const other = await newsroom.makeUser(['collaborator'])
  const response = await graphql(other, '{ Stories { docs { id } } }')
  expect(response.body.data.Stories.docs).toEqual([])
  const own = await graphql(ctv, '{ Stories { docs { id title } } }')
  expect(own.body.data.Stories.docs.map((doc: { id: Id }) => String(doc.id))).toEqual([String(story)])
})
