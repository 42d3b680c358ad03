import { postFiguresLocal } from '../../src/insights/figures/postFigures'
import { loadPostFigures } from '../../src/insights/figures/postFigures'
import { FIXTURE_PERIOD, type InsightsFixture, seedInsightsFixture } from '../helpers/insightsFixture'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

let newsroom: TestNewsroom
let admin: TestUser
let board: TestUser
let editorA: TestUser
let editorB: TestUser
let c1: TestUser
let c2: TestUser
let duty: TestUser
let fixture: InsightsFixture

const overview = (user: TestUser | null, search: Record<string, string> = {}) =>
  newsroom.api('GET', `/api/insights/overview?${new URLSearchParams({ ...FIXTURE_PERIOD, ...search })}`, {
    token: user?.token,
  })

// A fresh database with every migration, then the fixture's rows through the local API's hooks.
beforeAll(async () => {
  newsroom = await startNewsroom()
  admin = await newsroom.makeUser(['admin'])
  board = await newsroom.makeUser(['board'])
  c1 = await newsroom.makeUser(['collaborator'])
  c2 = await newsroom.makeUser(['collaborator'])
  duty = await newsroom.makeUser(['duty'])
  const d2 = await newsroom.makeUser(['duty'])
  fixture = await seedInsightsFixture(newsroom.payload, { c1: c1.id, c2: c2.id, d1: duty.id, d2: d2.id })
  editorA = await newsroom.makeUser(['editor'], { areas: [fixture.areas.A] })
  editorB = await newsroom.makeUser(['editor'], { areas: [fixture.areas.B] })
}, 180_000)
afterAll(async () => {
  await newsroom?.stop()
})

describe('the insights overview', () => {
  test('totals, medians and followers match the hand-computed month', async () => {
    const response = await overview(board)
    expect(response.status).toBe(200)
    const body = response.body
    expect(body.totals).toMatchObject({
      posts: 5,
      reach: 450 + 1000 + 3000 + 600,
      medianReach: 600,
      views: 800,
      reactions: 30 + 100 + 50,
      comments: 25,
      shares: 12,
      engagement: 37 + 130 + 50,
    })
    expect(body.page).toMatchObject({ followersGained: 500, followersAtEnd: 33_500 })
    expect(body.page.days.map((day: any) => day.day)).toEqual(['2026-11-01', '2026-11-15', '2026-11-30'])
    const titles = body.posts.map((post: any) => post.title)
    expect(titles).not.toContain('Bài tháng trước')
    const s1 = body.posts.find((post: any) => String(post.storyId) === String(fixture.stories.S1))
    expect(s1).toMatchObject({
      reach: 450,
      engagement: 37,
      areaName: 'Kinh tế (số liệu)',
      authorName: 'Nguyễn Văn Ánh',
      unitName: 'Chi bộ Ấp 1',
      format: 'news',
    })
  })

  test('grouped by area, format, collaborator, unit, hour and weekday', async () => {
    const { body } = await overview(board)
    const area = (name: string) => body.byArea.find((group: any) => group.label === name)
    expect(area('Kinh tế (số liệu)')).toMatchObject({ posts: 3, reach: 1450, medianReach: 450 })
    expect(area('Văn hóa - Xã hội (số liệu)')).toMatchObject({ posts: 2, reach: 3600, medianReach: 1800 })
    expect(body.byFormat.find((group: any) => group.key === 'rebuttal')).toMatchObject({ posts: 1, reach: 3000 })
    expect(body.byAuthor.find((group: any) => group.label === 'Trần Thị Bình')).toMatchObject({ posts: 2, reach: 1600 })
    expect(body.byUnit.find((group: any) => group.label === 'Chi bộ Ấp 1')).toMatchObject({ posts: 3, reach: 3450 })
    expect(body.byHour).toHaveLength(24)
    expect(body.byHour[8]).toMatchObject({ posts: 1, reach: 450 })
    expect(body.byHour[20]).toMatchObject({ posts: 1, reach: 1000 })
    // 03/11/2026 and 10/11/2026 are Tuesdays (index 1, weeks start on Monday).
    expect(body.byWeekday[1]).toMatchObject({ label: 'Thứ Ba', posts: 2, reach: 3450 })
  })

  test('a rebuttal: minutes from the false claim to publication, and reach against its area median', async () => {
    const { body } = await overview(board)
    expect(body.rebuttals).toEqual([
      expect.objectContaining({
        title: 'Phản bác tin sai về giá đất',
        claimSource: 'inbox',
        minutesToPublish: 150,
        reach: 3000,
        areaMedianReach: 1800,
        reachVsArea: 1.67,
      }),
    ])
  })

  test('inbox volume and response times by duty member', async () => {
    const { body } = await overview(board)
    expect(body.inbox).toMatchObject({ items: 3, comments: 2, messages: 1, replied: 2, medianResponseMinutes: 40 })
    expect(body.inbox.byMember).toEqual([
      expect.objectContaining({ name: 'Lê Văn Cường', items: 2, replied: 2, medianResponseMinutes: 40 }),
      expect.objectContaining({ name: 'Phạm Thị Dung', items: 1, replied: 0, medianResponseMinutes: null }),
    ])
  })

  test('filters by area, format, unit and collaborator; a rebuttal still compares with its whole area', async () => {
    const byArea = await overview(board, { area: String(fixture.areas.B) })
    expect(byArea.body.totals).toMatchObject({ posts: 2, reach: 3600 })
    const byFormat = await overview(board, { format: 'rebuttal' })
    expect(byFormat.body.totals).toMatchObject({ posts: 1, reach: 3000 })
    expect(byFormat.body.rebuttals[0].areaMedianReach).toBe(1800)
    const byUnit = await overview(board, { unit: String(fixture.units.U2) })
    expect(byUnit.body.totals).toMatchObject({ posts: 2, reach: 1600 })
    const byAuthor = await overview(board, { author: String(c1.id) })
    expect(byAuthor.body.totals).toMatchObject({ posts: 3, reach: 3450 })
  })

  test('the local-API path (MongoDB) finds the same figures as the SQL path', async () => {
    const query = { ...FIXTURE_PERIOD, area: null, format: null, unit: null, author: null, page: null }
    const viaSql = await loadPostFigures(newsroom.payload, query, null)
    const viaLocal = await postFiguresLocal(newsroom.payload, query, null)
    const comparable = (rows: typeof viaSql) =>
      rows.map((row) => ({
        ...row,
        storyId: String(row.storyId),
        areaId: String(row.areaId),
        authorId: String(row.authorId),
        unitId: String(row.unitId),
      }))
    expect(comparable(viaLocal)).toEqual(comparable(viaSql))
  })

  test('only the board and admins; bad periods and filters are 400s', async () => {
    expect((await overview(admin)).status).toBe(200)
    for (const user of [c1, editorA, duty]) {
      const refused = await overview(user)
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/Ban Biên tập/)
    }
    expect((await overview(null)).status).toBe(401)
    const badSearches: Record<string, string>[] = [
      { from: '2026-11-31' },
      { from: '2026-12-01', to: '2026-11-01' },
      { area: "1' OR 1=1" },
      { format: 'gossip' },
    ]
    for (const search of badSearches) {
      const bad = await overview(board, search)
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].message).toBeTruthy()
    }
    expect((await overview(board, { from: '2020-01-01', to: '2026-11-30' })).status).toBe(400)
  })
})

describe('pages of the network', () => {
  test("another page's board sees none of this page's figures and may not ask for them", async () => {
    const districtPage = (await newsroom.payload.findByID({ collection: 'stories', id: fixture.stories.S1, depth: 0 }))
      .page as string | number
    const district = String(districtPage)
    const commune = await newsroom.payload.create({
      collection: 'pages',
      data: { name: 'Trang xã Phú Trung', slug: 'phu-trung', level: 'grassroots', parent: districtPage } as never,
    })
    const email = 'bbt-xa@test.local'
    const password = 'pw-bbt-xa-2026'
    await newsroom.payload.create({
      collection: 'users',
      data: {
        email,
        password,
        name: 'BBT xã',
        roles: ['board'],
        memberships: [{ page: commune.id, roles: ['board'] }],
      } as never,
    })
    const { token } = await newsroom.payload.login({ collection: 'users', data: { email, password } })
    const communeBoard = { id: 0, email, password, token: token! }

    const own = await overview(communeBoard)
    expect(own.status).toBe(200)
    expect(own.body.totals).toMatchObject({ posts: 0, reach: 0 })
    expect(own.body.page.followersGained).toBe(0)
    expect(own.body.inbox.items).toBe(0)
    const theirs = await overview(communeBoard, { page: district })
    expect(theirs.status).toBe(403)
    expect(theirs.body.errors[0].message).toMatch(/trang mình/)
    expect((await overview(board, { page: String(commune.id) })).status).toBe(403)
    expect((await overview(board, { page: district })).body.totals.posts).toBe(5)
    expect((await overview(admin, { page: String(commune.id) })).body.totals.posts).toBe(0)
    expect((await overview(admin)).body.totals.posts).toBe(5)
    const story = await newsroom.api('GET', `/api/insights/story/${fixture.stories.S1}`, { token: communeBoard.token })
    expect([403, 404]).toContain(story.status)
  })
})

describe("a story's figures", () => {
  const storyFigures = (user: TestUser | null, id: string | number) =>
    newsroom.api('GET', `/api/insights/story/${id}`, { token: user?.token })

  test('grow day by day, summed over its channels, for its author, its area editor and the board', async () => {
    for (const user of [c1, editorA, board]) {
      const response = await storyFigures(user, fixture.stories.S1)
      expect(response.status).toBe(200)
      // Its last day is 02/12 (900 on Facebook, 50 on the feed); 05/11 adds the feed's 50 to 250.
      expect(response.body.figures).toMatchObject({ reach: 950, engagement: 37 })
      const day = (name: string) => response.body.days.find((entry: any) => entry.day === name)
      expect(day('2026-11-03').reach).toBe(100)
      expect(day('2026-11-05').reach).toBe(300)
    }
  })

  test('are hidden from other collaborators and other areas’ editors; unknown stories are 404', async () => {
    expect((await storyFigures(c2, fixture.stories.S1)).status).toBe(403)
    expect((await storyFigures(editorB, fixture.stories.S1)).status).toBe(403)
    expect((await storyFigures(null, fixture.stories.S1)).status).toBe(401)
    expect((await storyFigures(board, 987654)).status).toBe(404)
  })
})

describe("a collaborator's own month", () => {
  test('sums only their own stories published this month', async () => {
    const now = new Date()
    const story = await newsroom.payload.create({
      collection: 'stories',
      data: {
        title: 'Bài tháng này',
        area: fixture.areas.A,
        format: 'news',
        author: c2.id,
        stage: 'published',
      } as never,
    })
    const publication = await newsroom.payload.create({
      collection: 'publications',
      data: {
        story: story.id,
        channel: fixture.channels.fb,
        state: 'published',
        scheduledFor: now.toISOString(),
        publishedAt: now.toISOString(),
      } as never,
    })
    await newsroom.payload.create({
      collection: 'post-metrics' as never,
      data: {
        publication: publication.id,
        story: story.id,
        channel: fixture.channels.fb,
        metric: 'post_total_media_view_unique',
        day: now.toISOString().slice(0, 10),
        value: 4321,
      } as never,
    })
    const mine = await newsroom.api('GET', '/api/insights/mine', { token: c2.token })
    expect(mine.status).toBe(200)
    expect(mine.body).toMatchObject({ posts: 1, reach: 4321 })
    expect(mine.body.stories[0]).toMatchObject({ title: 'Bài tháng này', reach: 4321 })
    const other = await newsroom.api('GET', '/api/insights/mine', { token: c1.token })
    expect(other.body).toMatchObject({ posts: 0, reach: 0 })
    expect((await newsroom.api('GET', '/api/insights/mine')).status).toBe(401)
  })
})
