import type { ClientUser } from 'payload'

import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { PAGE_ID, PAGE_TOKEN, createFacebookChannel } from '../helpers/publishing'
import type { Id } from '../helpers/stories'

type Role = 'collaborator' | 'editor' | 'board' | 'duty' | 'admin'
const ROLES: Role[] = ['collaborator', 'editor', 'board', 'duty', 'admin']

let newsroom: TestNewsroom
let simulator: GraphSimulator
let users: Record<Role, TestUser>
let facebook: Id
let previousGraphUrl: string | undefined

beforeAll(async () => {
  simulator = await startGraphSimulator()
  previousGraphUrl = process.env.FACEBOOK_GRAPH_URL
  process.env.FACEBOOK_GRAPH_URL = simulator.url
  newsroom = await startNewsroom()
  const area = await newsroom.makeArea()
  users = {
    collaborator: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
    duty: await newsroom.makeUser(['duty']),
    admin: await newsroom.makeUser(['admin']),
  }
  facebook = await createFacebookChannel(newsroom, users.admin, simulator)
})
afterAll(async () => {
  await newsroom?.stop()
  await simulator?.close()
  if (previousGraphUrl === undefined) delete process.env.FACEBOOK_GRAPH_URL
  else process.env.FACEBOOK_GRAPH_URL = previousGraphUrl
})

const userOf = async (role: Role) =>
  (await newsroom.payload.findByID({ collection: 'users', id: users[role].id, depth: 0 })) as unknown as ClientUser

/** `/api/access` says `true`, or `{ permission: true, where }` for "some of them". */
const granted = (right: unknown) =>
  right === true ||
  (typeof right === 'object' && right !== null && (right as { permission?: unknown }).permission === true)

/** What the admin shows this user: Payload's `admin.hidden` of each collection and global. */
const shownTo = async (role: Role) => {
  const user = await userOf(role)
  const shown = (hidden: unknown) => (typeof hidden === 'function' ? !hidden({ user }) : hidden !== true)
  const { collections, globals } = newsroom.payload.config
  return {
    collections: collections.filter((each) => shown(each.admin.hidden)).map((each) => each.slug),
    globals: globals.filter((each) => shown(each.admin.hidden)).map((each) => each.slug),
  }
}

describe('each role sees only its own world', () => {
  // The admin's menu and dashboard list what is shown and readable (Payload drops unreadable ones).
  const expected: Record<Role, string[]> = {
    collaborator: ['stories', 'media'],
    editor: ['stories', 'publications', 'media', 'contest-entries'],
    board: [
      'stories',
      'publications',
      'media',
      'inbox',
      'shifts',
      'channels',
      'post-metrics',
      'page-metrics',
      'reports',
      ...['members', 'social-accounts', 'campaigns', 'campaign-actions'],
      ...['contests', 'contest-entries', 'contest-scores'],
    ],
    duty: ['stories', 'inbox', 'shifts'],
    admin: [
      ...['stories', 'publications', 'media', 'inbox', 'shifts'],
      ...['pages', 'areas', 'units', 'channels', 'users', 'webhook-events'],
      ...['post-metrics', 'page-metrics', 'reports'],
      ...['members', 'social-accounts', 'campaigns', 'campaign-actions'],
      ...['contests', 'contest-entries', 'contest-scores'],
    ],
  }

  test.each(ROLES)('a %s: menu entries are exactly the collections of its work', async (role) => {
    const access = await newsroom.api('GET', '/api/access', { token: users[role].token })
    const shown = await shownTo(role)
    const inMenu = shown.collections.filter((slug) => granted(access.body.collections[slug]?.read))
    expect(inMenu.sort()).toEqual([...expected[role]].sort())
    const settings = shown.globals.filter((slug) => granted(access.body.globals[slug]?.read))
    // Duty settings live on each page's document; the monthly report's schedule and the recognition
    // weights are the board's (and admins').
    expect(settings.sort()).toEqual(
      role === 'admin' || role === 'board' ? ['recognition-settings', 'report-settings'] : [],
    )
  })

  test.each(ROLES)('a %s: whatever is shown can be read, and what it may change is shown', async (role) => {
    const access = await newsroom.api('GET', '/api/access', { token: users[role].token })
    const shown = await shownTo(role)
    for (const slug of shown.collections.filter((each) => each !== 'notifications')) {
      const list = await newsroom.api('GET', `/api/${slug}?limit=1&depth=0`, { token: users[role].token })
      if (granted(access.body.collections[slug]?.read)) expect([slug, list.status]).toEqual([slug, 200])
    }
    // Unconditional rights only: everyone may edit their own account, reached from the avatar menu.
    for (const [slug, rights] of Object.entries(access.body.collections) as [string, any][]) {
      if (slug.startsWith('payload-') || slug === 'notifications') continue
      if (rights.create === true || rights.update === true) {
        expect([slug, shown.collections.includes(slug)]).toEqual([slug, true])
      }
    }
  })

  test('the roster answers the duty team and the board only', async () => {
    for (const role of ROLES) {
      const shifts = await newsroom.api('GET', '/api/shifts', { token: users[role].token })
      const week = await newsroom.api('GET', '/api/shifts/week?week=2026-03-02', { token: users[role].token })
      const allowed = role !== 'collaborator' && role !== 'editor'
      expect([role, shifts.status, week.status]).toEqual([role, allowed ? 200 : 403, allowed ? 200 : 403])
    }
  })

  test('channels: read by who publishes or follows publications; page ids only by board and admins', async () => {
    for (const role of ROLES) {
      const list = await newsroom.api('GET', '/api/channels?depth=0', { token: users[role].token })
      const readers = role === 'editor' || role === 'board' || role === 'admin'
      expect([role, list.status]).toEqual([role, readers ? 200 : 403])
      if (!readers) continue
      const page = list.body.docs.find((doc: { id: Id }) => String(doc.id) === String(facebook))
      expect([role, page.pageId]).toEqual([role, role === 'editor' ? undefined : PAGE_ID])
    }
  })

  test('channels and publish time of a story are the board’s: refused to others, kept when re-sent', async () => {
    const local = await newsroom.payload.create({
      collection: 'channels',
      data: { name: 'Trang tin', kind: 'local_feed' } as never,
    })
    const publishAt = '2030-01-02T03:00:00.000Z'
    for (const choice of [{ channels: [local.id] }, { publishAt }]) {
      const refused = await newsroom.api('POST', '/api/stories', {
        token: users.collaborator.token,
        json: { title: 'Bài của cộng tác viên', ...choice },
      })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].data.code).toBe('publishing_choice_board_only')
    }
    const created = await newsroom.api('POST', '/api/stories?depth=0', {
      token: users.collaborator.token,
      json: { title: 'Bài của cộng tác viên', channels: [], publishAt: null },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const chosen = await newsroom.api('PATCH', `/api/stories/${id}?depth=0`, {
      token: users.board.token,
      json: { channels: [local.id], publishAt },
    })
    expect(chosen.status).toBe(200)
    expect(chosen.body.doc.channels.map(String)).toEqual([String(local.id)])
    expect(chosen.body.doc.publishAt).toBe(publishAt)

    // The author's form sends back what it holds: unchanged, it passes; changed, it is refused.
    const resent = await newsroom.api('PATCH', `/api/stories/${id}?depth=0`, {
      token: users.collaborator.token,
      json: { title: 'Bài đã sửa', channels: [local.id], publishAt },
    })
    expect(resent.status).toBe(200)
    const changed = await newsroom.api('PATCH', `/api/stories/${id}`, {
      token: users.collaborator.token,
      json: { channels: [] },
    })
    expect(changed.status).toBe(403)
    const stored = await newsroom.payload.findByID({ collection: 'stories', id, depth: 0 })
    expect(stored).toMatchObject({ title: 'Bài đã sửa', publishAt })
    expect((stored.channels ?? []).map(String)).toEqual([String(local.id)])
  })
})

describe('connecting a Facebook page before saving', () => {
  const checkConnection = (role: Role, json: unknown, headers?: Record<string, string>) =>
    newsroom.api('POST', '/api/channels/check-connection', { token: users[role].token, json, headers })

  test('a page id and token as typed: the page’s name and followers, and nothing is stored', async () => {
    const before = await newsroom.payload.count({ collection: 'channels' })
    const answer = await checkConnection('admin', { pageId: PAGE_ID, accessToken: PAGE_TOKEN })
    expect(answer.body).toEqual({ ok: true, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000 })
    expect((await newsroom.payload.count({ collection: 'channels' })).totalDocs).toBe(before.totalDocs)
    const read = simulator.requests.filter((request) => request.path === `/v24.0/${PAGE_ID}`)
    expect(read.length).toBeGreaterThan(0)
  })

  test('a wrong token: Facebook’s refusal, and no channel is marked for reconnecting', async () => {
    const answer = await checkConnection('admin', { pageId: PAGE_ID, accessToken: 'EAAB-wrong' })
    expect(answer.body).toMatchObject({ ok: false, kind: 'token', code: 190 })
    expect(JSON.stringify(answer.body)).not.toContain('EAAB-wrong')
    const channel = await newsroom.payload.findByID({ collection: 'channels', id: facebook, depth: 0 })
    expect(channel.needsReconnect).toBe(false)
  })

  test('without a typed token, the stored token of the channel; it is never sent back', async () => {
    const answer = await checkConnection('admin', { pageId: PAGE_ID, channel: facebook })
    expect(answer.body).toEqual({ ok: true, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000 })
    expect(JSON.stringify(answer.body)).not.toContain(PAGE_TOKEN)
  })

  test.each([
    [{ accessToken: PAGE_TOKEN }, 'page_id_invalid'],
    [{ pageId: '1000/feed', accessToken: PAGE_TOKEN }, 'page_id_invalid'],
    [{ pageId: PAGE_ID }, 'access_token_required'],
  ])('%j is refused with a reason (%s)', async (json, code) => {
    const answer = await checkConnection('admin', json, { 'accept-language': 'en' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.code).toBe(code)
  })

  test.each(['collaborator', 'editor', 'board', 'duty'] as const)('a %s may not try tokens', async (role) => {
    const answer = await checkConnection(role, { pageId: PAGE_ID, accessToken: PAGE_TOKEN })
    expect(answer.status).toBe(403)
  })

  test('the token is write-only: no read returns it, and whether one is stored is all that shows', async () => {
    const created = await newsroom.api('POST', '/api/channels?depth=0', {
      token: users.admin.token,
      json: { name: 'Chưa có mã', kind: 'facebook_page', pageId: '2000' },
    })
    expect(created.body.doc.tokenStored).toBe(false)
    const saved = await newsroom.api('PATCH', `/api/channels/${created.body.doc.id}?depth=0`, {
      token: users.admin.token,
      json: { accessToken: 'EAAB-second-page-token' },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.doc.tokenStored).toBe(true)
    const read = await newsroom.api('GET', `/api/channels/${created.body.doc.id}`, { token: users.admin.token })
    const graphql = await newsroom.api('POST', '/api/graphql', {
      token: users.admin.token,
      json: { query: '{ Channels { docs { id name accessToken tokenStored } } }' },
    })
    for (const answer of [saved, read, graphql]) {
      expect(JSON.stringify(answer.body)).not.toContain('EAAB-second-page-token')
      expect(JSON.stringify(answer.body)).not.toContain('accessTokenSealed')
    }
    const probed = await newsroom.api('GET', '/api/channels?where[accessTokenSealed][exists]=true', {
      token: users.admin.token,
    })
    expect(probed.status).toBeGreaterThanOrEqual(400)
    const probedGraphql = await newsroom.api('POST', '/api/graphql', {
      token: users.admin.token,
      json: { query: '{ Channels(where: { accessTokenSealed: { exists: true } }) { docs { id } } }' },
    })
    expect(probedGraphql.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect(JSON.stringify(probedGraphql.body)).not.toContain('v1:')
    expect(read.body).toMatchObject({ tokenStored: true })
    expect(read.body.accessToken ?? null).toBeNull()
    const refused = await newsroom.api('PATCH', `/api/channels/${created.body.doc.id}`, {
      token: users.admin.token,
      json: { tokenStored: false },
    })
    expect(refused.body.doc?.tokenStored ?? true).toBe(true)
  })
})
