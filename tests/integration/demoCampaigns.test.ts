import { seedDemoCampaigns } from '../../src/seed/demoCampaigns'
import { seedDemoMembers } from '../../src/seed/demoMembers'
import { makeMember, makePage } from '../helpers/pages'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

test('the demo seed adds three campaigns with actions spread over the units, once', async () => {
  const page = (await makePage(newsroom, 'Xa Chien Dich')).id
  const units = ['Chi bộ Ấp Một', 'Chi bộ Ấp Hai', 'Chi bộ Ấp Ba']
  for (const name of units) await newsroom.payload.create({ collection: 'units', data: { name } as never })
  await newsroom.payload.create({
    collection: 'channels',
    data: { name: 'Trang tin', kind: 'local_feed', enabled: true, page } as never,
  })
  const inPage = { page: { equals: page } }
  expect(await seedDemoCampaigns(newsroom.payload, { page })).toEqual({ campaigns: 0, actions: 0 })
  expect((await newsroom.payload.count({ collection: 'campaigns', where: inPage })).totalDocs).toBe(0)

  await seedDemoMembers(newsroom.payload, { page, units, count: 300 })
  const lines: string[] = []
  const first = await seedDemoCampaigns(newsroom.payload, { page, log: (line) => lines.push(line) })
  expect(first.campaigns).toBe(3)
  expect(first.actions).toBeGreaterThan(300)
  expect(lines.filter((line) => line.includes('lượt tương tác'))).toHaveLength(3)
  const { docs: campaigns } = await newsroom.payload.find({
    collection: 'campaigns',
    where: inPage,
    sort: 'startsAt',
    depth: 0,
  })
  expect(campaigns.map((campaign) => campaign.state)).toEqual(['ended', 'launched', 'draft'])
  expect((await newsroom.payload.count({ collection: 'campaign-actions', where: inPage })).totalDocs).toBe(
    first.actions,
  )

  const board = await makeMember(newsroom, [{ page, roles: ['board'] }])
  const { status, body } = await newsroom.api('GET', `/api/campaigns/${campaigns[0]!.id}/participation`, {
    token: board.token,
  })
  expect(status).toBe(200)
  const rates = body.units.map((row: { rate: number }) => row.rate)
  expect(body.total.targeted).toBe(300)
  expect(body.total.acted).toBeGreaterThan(100)
  expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.3)

  expect(await seedDemoCampaigns(newsroom.payload, { page })).toEqual({ campaigns: 0, actions: 0 })
  expect((await newsroom.payload.count({ collection: 'campaigns', where: inPage })).totalDocs).toBe(3)
})
