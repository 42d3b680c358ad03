import { verifyCampaignsOnce } from '../../src/campaigns/graphVerification'
import { signTap } from '../../src/campaigns/token'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { addReaction } from '../graph-simulator/campaignEngagement'
import { createFacebookChannel, PAGE_ID } from '../helpers/publishing'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtp'

type Id = string | number
type Row = Record<string, any>

let newsroom: TestNewsroom
let smtp: LocalSmtp
let board: TestUser
let lead1: TestUser
let lead2: TestUser
let memberLogin: TestUser
let outsider: TestUser
let units: { U1: Id; U2: Id }
let m: Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6', Id>
let publication: Id

const hour = 3_600_000
const at = (offsetHours: number) => new Date(Date.now() + offsetHours * hour).toISOString()

const createMember = async (data: Record<string, unknown>) =>
  (
    await newsroom.payload.create({
      collection: 'members',
      data: data as never,
      overrideAccess: false,
      user: await newsroom.payload.findByID({ collection: 'users', id: board.id }),
    })
  ).id

const createCampaign = (user: TestUser, data: Record<string, unknown>) =>
  newsroom.api('POST', '/api/campaigns', {
    token: user.token,
    json: { title: 'Lan tỏa bài viết', publication, startsAt: at(-1), endsAt: at(48), ...data },
  })

const launch = (user: TestUser, id: Id) => newsroom.api('POST', `/api/campaigns/${id}/launch`, { token: user.token })

const tapWith = (token: string, kind: string, extra: Record<string, unknown> = {}) =>
  newsroom.api('POST', `/api/campaigns/tap/${token}`, { json: { kind, ...extra } })

const tokenOf = (campaign: Id, member: Id) => signTap(newsroom.payload.secret, campaign, member)
/** The token with its signature's last character changed (to one it is not already). */
const altered = (token: string) => `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`

const notificationsOf = async (user: TestUser) =>
  (
    await newsroom.payload.find({
      collection: 'notifications',
      where: { user: { equals: user.id } },
      sort: 'createdAt',
      limit: 0,
      depth: 0,
    })
  ).docs as Row[]

const actionsOf = async (campaign: Id) =>
  (
    await newsroom.payload.find({
      collection: 'campaign-actions',
      where: { campaign: { equals: campaign } },
      limit: 0,
      depth: 0,
    })
  ).docs as Row[]

const launchedCampaign = async (data: Record<string, unknown> = {}, by: TestUser = board) => {
  const created = await createCampaign(by, data)
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  expect((await launch(by, id)).status).toBe(200)
  return id as Id
}

beforeAll(async () => {
  smtp = await startLocalSmtp()
  process.env.SMTP_HOST = smtp.host
  process.env.SMTP_PORT = String(smtp.port)
  newsroom = await startNewsroom()
  const unit = async (name: string) => (await newsroom.payload.create({ collection: 'units', data: { name } })).id
  units = { U1: await unit('Chi bộ Ấp Phú Lợi'), U2: await unit('Chi bộ Ấp Tân Hưng') }
  board = await newsroom.makeUser(['board'])
  lead1 = await newsroom.makeUser(['unit_lead'], { unit: units.U1 })
  lead2 = await newsroom.makeUser(['unit_lead'], { unit: units.U2 })
  memberLogin = await newsroom.makeUser(['collaborator'])
  outsider = await newsroom.makeUser(['collaborator'])
  const consent = new Date().toISOString()
  m = {
    m1: await createMember({ fullName: 'Nguyễn Văn An', unit: units.U1, user: memberLogin.id }),
    m2: await createMember({
      fullName: 'Trần Thị Bích',
      unit: units.U1,
      email: 'bich@ap.test',
      contactConsentAt: consent,
    }),
    m3: await createMember({ fullName: 'Lê Văn Cảnh', unit: units.U1, email: 'canh@ap.test' }),
    m4: await createMember({
      fullName: 'Phạm Văn Dũng',
      unit: units.U1,
      active: false,
      email: 'dung@ap.test',
      contactConsentAt: consent,
    }),
    m5: await createMember({ fullName: 'Hoàng Thị Én', unit: units.U2 }),
    m6: await createMember({ fullName: 'Võ Văn Phúc', unit: units.U2 }),
  }
  const channel = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Trang tin xã', kind: 'local_feed' } })
  ).id
  const story = (
    await newsroom.payload.create({
      collection: 'stories',
      data: { title: 'Xã ra quân làm đường', stage: 'published', author: board.id } as never,
    })
  ).id
  publication = (
    await newsroom.payload.create({
      collection: 'publications',
      data: {
        story,
        channel,
        state: 'published',
        scheduledFor: at(-2),
        publishedAt: at(-2),
        permalink: `/fanpage?bai=${story}`,
      } as never,
    })
  ).id
})
afterAll(async () => {
  await newsroom?.stop()
  await smtp?.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
})

describe('campaigns: who may make, launch and see them', () => {
  test('a unit lead launches only for their own unit; the board for any', async () => {
    const other = await createCampaign(lead1, { targetUnits: [units.U2] })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].data.code).toBe('unit_lead_own_unit')
    expect((await createCampaign(lead1, {})).status).toBe(403)
    expect((await createCampaign(outsider, { targetUnits: [units.U1] })).status).toBe(403)
    const own = await createCampaign(lead1, { targetUnits: [units.U1] })
    expect(own.status).toBe(201)
    expect(own.body.doc.state).toBe('draft')

    // Lead 2 does not see lead 1's campaign, so cannot launch it; the member sees no draft.
    expect((await launch(lead2, own.body.doc.id)).status).toBe(404)
    expect((await newsroom.api('GET', '/api/campaigns', { token: memberLogin.token })).body.totalDocs).toBe(0)
    expect((await launch(lead1, own.body.doc.id)).status).toBe(200)
    const seen = await newsroom.api('GET', '/api/campaigns', { token: memberLogin.token })
    expect(seen.body.docs.map((doc: Row) => doc.id)).toEqual([own.body.doc.id])
    expect((await newsroom.api('GET', '/api/campaigns', { token: lead2.token })).body.totalDocs).toBe(0)
    expect((await newsroom.api('GET', '/api/campaigns', { token: outsider.token })).status).toBe(403)
  })

  test('the state is the server’s: a client cannot set it', async () => {
    const created = await createCampaign(board, { state: 'launched' })
    expect(created.body.doc.state).toBe('draft')
    const changed = await newsroom.api('PATCH', `/api/campaigns/${created.body.doc.id}`, {
      token: board.token,
      json: { state: 'ended' },
    })
    expect(changed.body.doc.state).toBe('draft')
  })

  test('a campaign without a published post cannot launch', async () => {
    const story = (
      await newsroom.payload.create({ collection: 'stories', data: { title: 'Chưa đăng', author: board.id } as never })
    ).id
    const queued = (
      await newsroom.payload.create({
        collection: 'publications',
        data: {
          story,
          channel: (await newsroom.payload.find({ collection: 'channels', limit: 1 })).docs[0].id,
          state: 'queued',
          scheduledFor: at(5),
        } as never,
      })
    ).id
    const created = await createCampaign(board, { publication: queued })
    const refused = await launch(board, created.body.doc.id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data.code).toBe('no_publication')
  })
})

describe('launch: every targeted active member is told once', () => {
  test('in-app for a login, email for consent without login, nothing twice', async () => {
    smtp.reset()
    const before = (await notificationsOf(memberLogin)).length
    const created = await createCampaign(board, { targetUnits: [units.U1], message: 'Mời đồng chí chia sẻ bài viết.' })
    const id = created.body.doc.id
    const first = await launch(board, id)
    expect(first.body).toMatchObject({ state: 'launched', targeted: 3, notified: { in_app: 1, email: 1 } })
    const notices = (await notificationsOf(memberLogin)).slice(before)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ kind: 'campaign_invite', link: `/chien-dich/${tokenOf(id, m.m1)}` })
    expect(smtp.to('bich@ap.test')).toHaveLength(1)
    expect(smtp.to('bich@ap.test')[0].parsed.text).toContain(`/chien-dich/${tokenOf(id, m.m2)}`)
    expect(smtp.to('canh@ap.test')).toHaveLength(0) // no consent
    expect(smtp.to('dung@ap.test')).toHaveLength(0) // not active

    const again = await Promise.all([launch(board, id), launch(board, id)])
    expect(again.map((response) => response.body.alreadyLaunched)).toEqual([true, true])
    expect((await notificationsOf(memberLogin)).slice(before)).toHaveLength(1)
    expect(smtp.to('bich@ap.test')).toHaveLength(1)
  })
})

describe('one-tap links', () => {
  let campaign: Id
  beforeAll(async () => {
    campaign = await launchedCampaign()
  })

  test('the page’s data: the post, the member’s name, nothing else personal', async () => {
    const info = await newsroom.api('GET', `/api/campaigns/tap/${tokenOf(campaign, m.m2)}`)
    expect(info.status).toBe(200)
    expect(info.body).toMatchObject({
      member: { fullName: 'Trần Thị Bích' },
      post: { kind: 'local_feed' },
      done: [],
      refusal: null,
    })
    expect(JSON.stringify(info.body)).not.toContain('bich@ap.test')
  })

  test('a bad or altered token is refused in Vietnamese and records nothing', async () => {
    const good = tokenOf(campaign, m.m2)
    for (const token of [
      altered(good),
      tokenOf(campaign, m.m2).replace(String(m.m2), String(m.m5)),
      'rác',
    ]) {
      const refused = await tapWith(encodeURIComponent(token), 'shared')
      expect(refused.status).toBe(404)
      expect(refused.body.errors[0].message).toContain('Đường dẫn không hợp lệ')
    }
    expect(await actionsOf(campaign)).toHaveLength(0)
  })

  test('concurrent taps make one row per kind', async () => {
    const token = tokenOf(campaign, m.m2)
    const taps = await Promise.all(Array.from({ length: 8 }, () => tapWith(token, 'shared')))
    expect(taps.map((tap) => tap.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    const reacted = await Promise.all(Array.from({ length: 4 }, () => tapWith(token, 'reacted')))
    expect(reacted.filter((tap) => tap.status === 201)).toHaveLength(1)
    const rows = await actionsOf(campaign)
    expect(rows.map((row) => row.kind).sort()).toEqual(['reacted', 'shared'])
    expect(rows.every((row) => row.source === 'tap' && !row.verified && String(row.unit) === String(units.U1))).toBe(
      true,
    )
    const info = await newsroom.api('GET', `/api/campaigns/tap/${token}`)
    expect(info.body.done.sort()).toEqual(['reacted', 'shared'])
  })

  test('bad kind or link is refused', async () => {
    const token = tokenOf(campaign, m.m3)
    expect((await tapWith(token, 'commented')).status).toBe(400)
    expect((await tapWith(token, 'shared', { link: 'javascript:alert(1)' })).body.errors[0].data.code).toBe('bad_link')
    expect((await actionsOf(campaign)).filter((row) => String(row.member) === String(m.m3))).toHaveLength(0)
  })

  test('before the start and after the end: a clear refusal', async () => {
    const later = await launchedCampaign({ startsAt: at(24), endsAt: at(48) })
    const early = await tapWith(tokenOf(later, m.m2), 'shared')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain('chưa bắt đầu')
    const info = await newsroom.api('GET', `/api/campaigns/tap/${tokenOf(later, m.m2)}`)
    expect(info.body.refusal.code).toBe('campaign_not_started')

    const past = (await createCampaign(board, { startsAt: at(-48), endsAt: at(-24) })).body.doc.id
    await launch(board, past)
    const late = await tapWith(tokenOf(past, m.m2), 'shared')
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toContain('đã kết thúc')
  })

  test('a signed-in member taps from the admin; they see their own actions only', async () => {
    const tapped = await newsroom.api('POST', `/api/campaigns/${campaign}/tap`, {
      token: memberLogin.token,
      json: { kind: 'commented', link: 'https://facebook.com/an/posts/1' },
    })
    expect(tapped.status).toBe(201)
    expect(
      (
        await newsroom.api('POST', `/api/campaigns/${campaign}/tap`, {
          token: outsider.token,
          json: { kind: 'shared' },
        })
      ).status,
    ).toBe(403)
    const mine = await newsroom.api('GET', `/api/campaign-actions?where[campaign][equals]=${campaign}`, {
      token: memberLogin.token,
    })
    expect(mine.body.docs.map((doc: Row) => String(doc.member.id ?? doc.member))).toEqual([String(m.m1)])
    const lead2Sees = await newsroom.api('GET', `/api/campaign-actions?where[campaign][equals]=${campaign}`, {
      token: lead2.token,
    })
    expect(lead2Sees.body.totalDocs).toBe(0)
    const lead1Sees = await newsroom.api('GET', `/api/campaign-actions?where[campaign][equals]=${campaign}`, {
      token: lead1.token,
    })
    expect(lead1Sees.body.totalDocs).toBe(3)
    expect((await newsroom.api('GET', '/api/campaign-actions', { token: outsider.token })).status).toBe(403)
  })
})

describe('participation and reminders', () => {
  // Targeted (active): U1 m1 m2 m3, U2 m5 m6. Acted: m2 (shared + reacted), m5 (shared).
  // U1 1/3 = 0.3333, U2 1/2 = 0.5, total 2/5 = 0.4.
  let campaign: Id
  beforeAll(async () => {
    campaign = await launchedCampaign()
    await tapWith(tokenOf(campaign, m.m2), 'shared')
    await tapWith(tokenOf(campaign, m.m2), 'reacted')
    await tapWith(tokenOf(campaign, m.m5), 'shared')
  })

  test('by unit for the board; the unit lead sees their unit and who has not acted', async () => {
    const all = await newsroom.api('GET', `/api/campaigns/${campaign}/participation`, { token: board.token })
    expect(all.status).toBe(200)
    const byUnit = Object.fromEntries(all.body.units.map((row: Row) => [String(row.unit), row]))
    expect(byUnit[String(units.U1)]).toMatchObject({ targeted: 3, acted: 1, rate: 0.3333 })
    expect(byUnit[String(units.U2)]).toMatchObject({ targeted: 2, acted: 1, rate: 0.5 })
    expect(all.body.total).toEqual({ targeted: 5, acted: 2, rate: 0.4 })

    const own = await newsroom.api('GET', `/api/campaigns/${campaign}/participation?unit=${units.U2}`, {
      token: lead1.token,
    })
    expect(own.body.units).toEqual([{ unit: String(units.U1), targeted: 3, acted: 1, rate: 0.3333 }])
    expect(own.body.notActed.map((row: Row) => row.fullName).sort()).toEqual(['Lê Văn Cảnh', 'Nguyễn Văn An'])
    expect(
      (await newsroom.api('GET', `/api/campaigns/${campaign}/participation`, { token: outsider.token })).status,
    ).toBe(403)
    expect(
      (await newsroom.api('GET', `/api/campaigns/${campaign}/participation`, { token: memberLogin.token })).status,
    ).toBe(403)
  })

  test('the month: members counted once over the month’s campaigns', async () => {
    const month = new Date(Date.now() + 7 * hour).toISOString().slice(0, 7)
    const figures = await newsroom.api('GET', `/api/campaigns/participation?month=${month}`, { token: lead1.token })
    expect(figures.status).toBe(200)
    // Lead 1 follows U1 only: m1, m2, m3 targeted; m1 tapped earlier (commented), m2 acted.
    expect(figures.body.units).toEqual([{ unit: String(units.U1), targeted: 3, acted: 2, rate: 0.6667 }])
    expect(
      (await newsroom.api('GET', '/api/campaigns/participation?month=2026-13', { token: board.token })).status,
    ).toBe(400)
  })

  test('one reminder per member, campaign and day, even when asked at once', async () => {
    smtp.reset()
    const before = (await notificationsOf(memberLogin)).length
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        newsroom.api('POST', `/api/campaigns/${campaign}/remind`, { token: lead1.token }),
      ),
    )
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(answers.reduce((sum, answer) => sum + answer.body.reminded, 0)).toBe(2) // m1 and m3
    expect((await notificationsOf(memberLogin)).slice(before)).toHaveLength(1)
    const again = await newsroom.api('POST', `/api/campaigns/${campaign}/remind`, { token: lead1.token })
    expect(again.body.reminded).toBe(0)
    const rows = await newsroom.payload.find({
      collection: 'campaign-reminders',
      where: { campaign: { equals: campaign } },
    })
    expect(rows.totalDocs).toBe(2)
    // The board reminds the other units; U1's members are not reminded twice today.
    const boardReminds = await newsroom.api('POST', `/api/campaigns/${campaign}/remind`, { token: board.token })
    expect(boardReminds.body.reminded).toBe(1) // m6
    expect(
      (await newsroom.api('POST', `/api/campaigns/${campaign}/remind`, { token: lead2.token })).body.reminded,
    ).toBe(0)
    expect((await newsroom.api('POST', `/api/campaigns/${campaign}/remind`, { token: memberLogin.token })).status).toBe(
      403,
    )
  })
})

describe('verified through the Graph API', () => {
  let simulator: GraphSimulator
  beforeAll(async () => {
    simulator = await startGraphSimulator()
  })
  afterAll(async () => {
    await simulator?.close()
  })

  test('reactors and commenters named like a registered account become verified actions', async () => {
    const admin = await newsroom.makeUser(['admin'])
    const channel = await createFacebookChannel(newsroom, admin, simulator)
    const post = simulator.seedPost({ pageId: PAGE_ID, at: new Date(), message: 'Xã ra quân làm đường' })
    const story = (
      await newsroom.payload.create({
        collection: 'stories',
        data: { title: 'Bài trên Facebook', author: board.id } as never,
      })
    ).id
    const fbPublication = (
      await newsroom.payload.create({
        collection: 'publications',
        data: {
          story,
          channel,
          state: 'published',
          scheduledFor: at(-1),
          publishedAt: at(-1),
          externalId: post.id,
          permalink: post.permalink_url,
        } as never,
      })
    ).id
    const campaign = await launchedCampaign({ publication: fbPublication })
    const account = (member: Id, displayName: string, slug: string) =>
      newsroom.payload.create({
        collection: 'social-accounts',
        data: { member, platform: 'facebook', url: `https://facebook.com/${slug}`, displayName } as never,
      })
    await account(m.m5, 'Hoàng Thị Én', 'hoangthien')
    await account(m.m6, 'Võ Văn Phúc', 'vovanphuc')
    await account(m.m3, 'Lê Văn Cảnh', 'levancanh')
    await tapWith(tokenOf(campaign, m.m3), 'reacted')

    addReaction(post.id, { id: 'ps-1', name: 'Hoàng Thị Én', type: 'LIKE', pageScoped: true })
    addReaction(post.id, { id: 'ps-2', name: 'Lê Văn Cảnh', type: 'LOVE', pageScoped: true })
    // Not page-scoped: Facebook gives no name, nothing can be verified.
    addReaction(post.id, { id: 'opaque-3', name: 'Võ Văn Phúc', type: 'LIKE', pageScoped: false })
    simulator.addComment({ parentId: post.id, message: 'Rất ý nghĩa', from: { id: 'ps-2', name: 'lê văn  cảnh' } })
    simulator.addComment({ parentId: post.id, message: 'Hay', from: { id: 'ps-9', name: 'Người lạ' } })

    const graph = { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 2_000 }
    const round = await verifyCampaignsOnce(newsroom.payload, graph)
    expect(round.campaigns).toBe(1)
    expect(round.matched).toBe(3)
    expect(round.shares[String(campaign)]).toEqual(expect.any(Number))
    const rows = (await actionsOf(campaign)).map((row) => ({
      member: String(row.member),
      kind: row.kind,
      verified: row.verified,
      source: row.source,
    }))
    expect(rows.sort((a, b) => `${a.member}${a.kind}`.localeCompare(`${b.member}${b.kind}`))).toEqual(
      [
        { member: String(m.m3), kind: 'commented', verified: true, source: 'graph' },
        { member: String(m.m3), kind: 'reacted', verified: true, source: 'tap' },
        { member: String(m.m5), kind: 'reacted', verified: true, source: 'graph' },
      ].sort((a, b) => `${a.member}${a.kind}`.localeCompare(`${b.member}${b.kind}`)),
    )
    await verifyCampaignsOnce(newsroom.payload, graph)
    expect(await actionsOf(campaign)).toHaveLength(3)
  })
})

describe('a member keeps their social accounts from the link they were sent', () => {
  const accounts = (token: string) => newsroom.api('GET', `/api/campaigns/tap/${token}/accounts`)
  const addAccount = (token: string, json: unknown) =>
    newsroom.api('POST', `/api/campaigns/tap/${token}/accounts`, { json })
  // Earlier suites register accounts for these members; this one starts from none.
  beforeAll(async () => {
    await newsroom.payload.delete({
      collection: 'social-accounts',
      where: { member: { in: [m.m5, m.m6] } },
    })
  })

  test('the link opens its member’s accounts only; adding is checked like any account; removing only theirs', async () => {
    const campaign = await launchedCampaign({ targetUnits: [units.U2] })
    const token = tokenOf(campaign, m.m5)
    expect((await accounts(token)).body.accounts).toEqual([])

    const added = await addAccount(token, { platform: 'facebook', url: 'https://m.facebook.com/hoang.thi.en/' })
    expect(added.status).toBe(201)
    expect(added.body.account).toMatchObject({ platform: 'facebook', verified: false })
    const stored = await newsroom.payload.findByID({
      collection: 'social-accounts',
      id: added.body.account.id,
      depth: 0,
    })
    expect(stored).toMatchObject({ member: m.m5, profileKey: 'facebook:hoang.thi.en' })

    // The same profile however it is typed, for another member: refused, nothing stored.
    const other = tokenOf(campaign, m.m6)
    const taken = await addAccount(other, { platform: 'facebook', url: 'fb.com/Hoang.Thi.En' })
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].data.code).toBe('profile_taken')
    for (const bad of [
      { platform: 'myspace', url: 'x' },
      { platform: 'zalo' },
      'not an object',
      { platform: 'zalo', url: 'x'.repeat(301) },
    ]) {
      expect((await addAccount(other, bad)).status).toBe(400)
    }
    expect((await accounts(other)).body.accounts).toEqual([])

    // Another member's link cannot remove it; the member's own can.
    const remove = (with_: string) =>
      newsroom.api('DELETE', `/api/campaigns/tap/${with_}/accounts/${added.body.account.id}`)
    expect((await remove(other)).status).toBe(404)
    expect((await remove(altered(token))).status).toBe(404)
    expect((await remove(token)).status).toBe(200)
    expect((await accounts(token)).body.accounts).toEqual([])

    // A member the campaign does not target has no page behind the link.
    expect((await accounts(tokenOf(campaign, m.m1))).status).toBe(404)
  })
})
