import { createDeliveryEngine } from '../../src/publishing/engine/scheduler'
import type { EngineSettings } from '../../src/publishing/engine/settings'
import type { GraphSimulator } from '../graph-simulator'
import type { TestNewsroom, TestUser } from './newsroom'
import { createStory, type Id, walk } from './stories'

export const PAGE_ID = '1000111'
export const PAGE_TOKEN = 'EAAB-simulated-page-token-9f3c'

/** A Facebook channel pointing at the simulator's page, created by an admin over REST. */
export const createFacebookChannel = async (newsroom: TestNewsroom, admin: TestUser, simulator: GraphSimulator) => {
  simulator.addPage({ pageId: PAGE_ID, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000, accessToken: PAGE_TOKEN })
  const response = await newsroom.api('POST', '/api/channels', {
    token: admin.token,
    json: { name: 'Phú Riềng đỏ', kind: 'facebook_page', pageId: PAGE_ID, accessToken: PAGE_TOKEN },
  })
  if (response.status !== 201) throw new Error(`channel: ${JSON.stringify(response.body)}`)
  return response.body.doc.id as Id
}

export interface Newsroom {
  ctv: TestUser
  editor: TestUser
  board: TestUser
  area: Id
}

/** A story taken from draft to approved by the right people, ready to be scheduled. */
export const approvedStory = async (newsroom: TestNewsroom, people: Newsroom, data: Record<string, unknown>) => {
  const id = await createStory(newsroom, people.ctv, { area: people.area, ...data })
  await walk(newsroom, id, [
    [people.ctv, 'submit'],
    [people.editor, 'claim'],
    [people.editor, 'forward'],
    [people.board, 'approve'],
  ])
  return id
}

/** A clock the test moves by hand, so no assertion depends on how fast the machine is. */
export const manualClock = (start = new Date()) => {
  let now = start.getTime()
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms
    },
  }
}

export const testEngine = (
  newsroom: TestNewsroom,
  simulator: GraphSimulator,
  overrides: Partial<EngineSettings> = {},
) =>
  createDeliveryEngine(newsroom.payload, {
    graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 2_000 },
    leaseMs: 5_000,
    reconcileDelayMs: 3_000,
    ...overrides,
  })

export const publicationsOf = async (newsroom: TestNewsroom, story: Id) =>
  (await newsroom.payload.find({ collection: 'publications', where: { story: { equals: story } }, depth: 0, limit: 0 }))
    .docs as Record<string, any>[]

/** A rebuttal taken from draft to approved: submitted by its author, approved by the board. */
export const approvedRebuttal = async (newsroom: TestNewsroom, people: Newsroom, data: Record<string, unknown>) => {
  const id = await createStory(newsroom, people.ctv, {
    area: people.area,
    format: 'rebuttal',
    falseClaim: { text: 'Tin đồn: xã sắp thu hồi đất làm khu công nghiệp' },
    officialSources: [{ url: 'https://phurieng.binhphuoc.gov.vn/thong-bao', title: 'Thông báo của UBND xã' }],
    ...data,
  })
  await walk(newsroom, id, [
    [people.ctv, 'submit'],
    [people.board, 'approve'],
  ])
  return id
}

/** Runs the delivery engine on the test clock until nothing is due any more. */
export const deliverDue = async (newsroom: TestNewsroom, simulator: GraphSimulator, clock: { now: () => Date }) => {
  const engine = testEngine(newsroom, simulator, { now: clock.now })
  while ((await engine.runOnce()) > 0) {
    // each round sends up to the engine's concurrency
  }
}
