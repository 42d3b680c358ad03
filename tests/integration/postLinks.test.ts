import { createEmailSender } from '../../src/notifications/emailSender'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import {
  approvedStory,
  createFacebookChannel,
  type Newsroom,
  PAGE_ID,
  publicationsOf,
  testEngine,
} from '../helpers/publishing'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtp'
import { type Id, transition } from '../helpers/stories'

/**
 * Once a story is out, its author — who may not read publications — gets the links to the posts:
 * in the story's workflow state (the admin's panel) and in the "published" notification and email.
 */
let newsroom: TestNewsroom
let simulator: GraphSimulator
let smtp: LocalSmtp
let people: Newsroom
let otherCollaborator: TestUser
let facebook: Id
let localFeed: Id

const SERVER_URL = 'http://toasoan.test'

const workflowOf = (user: TestUser, story: Id) =>
  newsroom.api('GET', `/api/stories/${story}/workflow`, { token: user.token })

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  smtp = await startLocalSmtp()
  const area = await newsroom.makeArea('Kinh tế')
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  otherCollaborator = await newsroom.makeUser(['collaborator'])
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
})
afterAll(async () => {
  await smtp?.close()
  await simulator?.close()
  await newsroom?.stop()
})

test('the author gets the local feed link and the Facebook permalink, in the workflow state and the notification', async () => {
  const story = await approvedStory(newsroom, people, { title: 'Khánh thành cầu treo ấp 5' })
  expect((await workflowOf(people.ctv, story)).body.posts).toEqual([])

  const sent = await transition(newsroom, people.board, story, {
    action: 'publish_now',
    channels: [facebook, localFeed],
  })
  expect(sent.status).toBe(200)
  await testEngine(newsroom, simulator).runOnce()

  const [post] = simulator.posts(PAGE_ID)
  const permalink = post!.permalink_url
  expect(permalink).toMatch(/^https:\/\/www\.facebook\.com\//)
  expect((await publicationsOf(newsroom, story)).map((publication) => publication.state)).toEqual([
    'published',
    'published',
  ])
  const localLink = `/fanpage?bai=${story}#bai-${story}`

  // The author may not read publications; the story's workflow state names them anyway.
  const publications = await newsroom.api('GET', `/api/publications?where[story][equals]=${story}`, {
    token: people.ctv.token,
  })
  expect(publications.status).toBe(403)
  const state = await workflowOf(people.ctv, story)
  expect(state.status).toBe(200)
  expect(state.body.stage).toBe('published')
  expect(state.body.posts).toEqual([
    { channel: 'Fanpage (xem trước)', kind: 'local_feed', url: localLink },
    { channel: 'Phú Riềng đỏ', kind: 'facebook_page', url: permalink },
  ])

  const [published] = (
    await newsroom.api('GET', '/api/notifications?where[kind][equals]=published&depth=0', { token: people.ctv.token })
  ).body.docs
  expect(published.title).toBe('Bài “Khánh thành cầu treo ấp 5” đã được đăng')
  expect(published.links).toEqual([
    { label: 'Fanpage (xem trước)', url: localLink },
    { label: 'Facebook: Phú Riềng đỏ', url: permalink },
  ])

  await createEmailSender(newsroom.payload, {
    smtp: { host: smtp.host, port: smtp.port, secure: false },
    serverUrl: SERVER_URL,
  }).runOnce()
  const mail = smtp.to(people.ctv.email).find((received) => received.parsed.subject === published.title)
  expect(mail?.parsed.text).toContain(`Fanpage (xem trước): ${SERVER_URL}${localLink}`)
  expect(mail?.parsed.text).toContain(`Facebook: Phú Riềng đỏ: ${permalink}`)
  expect(mail?.parsed.html).toContain(`href="${permalink}"`)
})

test('the links are told only to whoever may read the story, and only once a post went out', async () => {
  const story = await approvedStory(newsroom, people, { title: 'Hội nông dân tập huấn' })
  expect((await workflowOf(otherCollaborator, story)).status).toBe(404)
  await transition(newsroom, people.board, story, {
    action: 'schedule',
    publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    channels: [localFeed],
  })
  // Scheduled, not yet out: nothing to link to.
  expect((await workflowOf(people.ctv, story)).body.posts).toEqual([])
  expect((await workflowOf(people.editor, story)).body.posts).toEqual([])
})
