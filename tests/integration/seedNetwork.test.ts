import { NETWORK_TEAM, networkEmail, seedNetwork, type NetworkSeedReport } from '../../src/seed/network'
import { seedNetworkActivity } from '../../src/seed/networkActivity'
import { GRASSROOTS_PAGES } from '../../src/seed/networkPages'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/**
 * `npm run seed:network` on a small network: what it makes, that a second run makes nothing more, and
 * that the accounts it writes through the database adapter work in the app like any other.
 */

let newsroom: TestNewsroom
let first: NetworkSeedReport
const PASSWORD = 'mang-luoi-thu-nghiem-2026'
const PAGES = 4
const FACEBOOK = { pageId: '1000111', accessToken: 'EAAB-simulated-page-token-9f3c', every: 2 }

const counts = async () => {
  const result: Record<string, number> = {}
  for (const collection of ['pages', 'users', 'areas', 'channels', 'shifts', 'stories', 'publications', 'inbox'])
    result[collection] = (await newsroom.payload.count({ collection: collection as never })).totalDocs
  return result
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  first = await seedNetwork(newsroom.payload, { pages: PAGES, password: PASSWORD, facebook: FACEBOOK })
  await seedNetworkActivity(newsroom.payload, first.pages, { days: 3 })
}, 180_000)

afterAll(async () => {
  await newsroom?.stop()
})

test('one district page and its grassroots pages, each with a full team, areas, channels and a week of roster', async () => {
  const team = Object.values(NETWORK_TEAM).reduce((total, size) => total + size, 0)
  expect(first.pages.map((page) => page.slug)).toEqual([
    'huyen',
    ...GRASSROOTS_PAGES.slice(0, PAGES - 1).map((page) => page.slug),
  ])
  // The district page is the one every database has (made by the pages migration): only the others are new.
  expect(first.created).toMatchObject({ pages: PAGES - 1, users: PAGES * team, shifts: PAGES * 7 * 3 })
  const pages = await newsroom.payload.find({ collection: 'pages', depth: 0, sort: 'createdAt', limit: 0 })
  expect(pages.docs.map((page) => [page.level, page.parent ?? null])).toEqual([
    ['district', null],
    ...Array.from({ length: PAGES - 1 }, () => ['grassroots', first.pages[0]!.id]),
  ])
  for (const page of first.pages) {
    const members = await newsroom.payload.find({
      collection: 'users',
      where: { 'memberships.page': { equals: page.id } },
      depth: 0,
      limit: 0,
    })
    expect(members.totalDocs).toBe(team)
    expect(page.channels.facebook !== null).toBe(page.level === 'district' || first.pages.indexOf(page) % 2 === 0)
  }
})

test('running it again adds nothing', async () => {
  const before = await counts()
  const again = await seedNetwork(newsroom.payload, {
    pages: PAGES,
    password: 'another-password-2026',
    facebook: FACEBOOK,
  })
  const activity = await seedNetworkActivity(newsroom.payload, again.pages, { days: 3 })
  expect(again.created).toEqual({ pages: 0, units: 0, areas: 0, channels: 0, users: 0, shifts: 0 })
  expect(activity.skippedPages).toBe(PAGES)
  expect(await counts()).toEqual(before)
  expect(again.pages.map((page) => page.people)).toEqual(first.pages.map((page) => page.people))
})

test("a seeded editor signs in and works in their page only, as the app's access rules say", async () => {
  const [, grassroots] = first.pages
  const token = await newsroom.login(networkEmail('editor', 0, grassroots!.slug), PASSWORD)
  const me = await newsroom.api('GET', '/api/users/me?depth=0', { token })
  expect(me.body.user.roles).toEqual(['editor'])
  expect(me.body.user.memberships.map((row: { page: unknown }) => String(row.page))).toEqual([String(grassroots!.id)])
  const areas = await newsroom.api('GET', '/api/areas?depth=0&limit=0', { token })
  expect(new Set(areas.body.docs.map((area: { page: unknown }) => String(area.page)))).toEqual(
    new Set([String(grassroots!.id)]),
  )
  const stories = await newsroom.api('GET', '/api/stories?depth=0&limit=0', { token })
  expect(stories.status).toBe(200)
  expect(stories.body.docs.length).toBeGreaterThan(0)
  expect(stories.body.docs.every((story: { page: unknown }) => String(story.page) === String(grassroots!.id))).toBe(
    true,
  )
})
