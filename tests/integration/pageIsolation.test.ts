// Issue 9's security property: a user of page A reads and changes nothing of page B, through REST,
// GraphQL, the admin's data path and the custom endpoints, whatever their roles in A (or elsewhere).
import { photoForm } from '../helpers/media'
import { changedSince, databaseFingerprint } from '../helpers/databaseFingerprint'
import { type ApiResponse, startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { makeMember, makePage, makeTwoPages, PAGE_OWNED, type TwoPages } from '../helpers/pages'
import type { Id } from '../helpers/stories'

/** Every collection a user could reach B through. */
const COLLECTIONS = [...PAGE_OWNED, 'pages', 'users'] as const
type Slug = (typeof COLLECTIONS)[number]

/** Page B's name is in every one of its documents' texts: no answer to a user of A may carry it. */
const B_MARK = 'Xa B'

/** A change each collection would accept from someone allowed to make it. */
const CHANGE: Record<Slug, Record<string, unknown>> = {
  areas: { name: 'Đổi tên' },
  stories: { title: 'Đổi tiêu đề' },
  media: { caption: 'Đổi chú thích' },
  channels: { name: 'Đổi kênh' },
  publications: { lastError: 'đổi' },
  shifts: { slot: 'Chiều' },
  inbox: { text: 'đổi' },
  notifications: { readAt: '2026-12-01T00:00:00.000Z' },
  'webhook-events': { error: 'đổi' },
  members: { fullName: 'Đổi tên' },
  'social-accounts': { displayName: 'đổi' },
  campaigns: { title: 'Đổi tên' },
  'campaign-actions': { link: 'https://facebook.com/doi' },
  'campaign-reminders': { day: '2026-12-02' },
  contests: { title: 'Đổi tên' },
  'contest-entries': { title: 'Đổi tên' },
  'contest-scores': { total: 1 },
  pages: { name: 'Đổi trang' },
  users: { name: 'Đổi người' },
}

/** GraphQL names (Payload's `formatNames`) and one text field to ask for and change. */
const GRAPHQL: Record<Slug, { one: string; many: string; field: string; change: string }> = {
  areas: { one: 'Area', many: 'Areas', field: 'name', change: 'name: "x"' },
  stories: { one: 'Story', many: 'Stories', field: 'title', change: 'title: "x"' },
  media: { one: 'Media', many: 'allMedia', field: 'caption', change: 'caption: "x"' },
  channels: { one: 'Channel', many: 'Channels', field: 'name', change: 'name: "x"' },
  publications: { one: 'Publication', many: 'Publications', field: 'lastError', change: 'lastError: "x"' },
  shifts: { one: 'Shift', many: 'Shifts', field: 'slot', change: 'slot: "x"' },
  inbox: { one: 'Inbox', many: 'Inboxes', field: 'text', change: 'text: "x"' },
  notifications: { one: 'Notification', many: 'Notifications', field: 'title', change: 'readAt: "2026-12-01"' },
  'webhook-events': { one: 'WebhookEvent', many: 'WebhookEvents', field: 'error', change: 'error: "x"' },
  members: { one: 'Member', many: 'Members', field: 'fullName', change: 'fullName: "x"' },
  'social-accounts': { one: 'SocialAccount', many: 'SocialAccounts', field: 'url', change: 'displayName: "x"' },
  campaigns: { one: 'Campaign', many: 'Campaigns', field: 'title', change: 'title: "x"' },
  'campaign-actions': { one: 'CampaignAction', many: 'CampaignActions', field: 'kind', change: 'link: "x"' },
  'campaign-reminders': { one: 'CampaignReminder', many: 'CampaignReminders', field: 'day', change: 'day: "x"' },
  contests: { one: 'Contest', many: 'Contests', field: 'title', change: 'title: "x"' },
  'contest-entries': { one: 'ContestEntry', many: 'ContestEntries', field: 'title', change: 'title: "x"' },
  'contest-scores': { one: 'ContestScore', many: 'ContestScores', field: 'total', change: 'total: 1' },
  pages: { one: 'Page', many: 'Pages', field: 'name', change: 'name: "x"' },
  users: { one: 'User', many: 'Users', field: 'name', change: 'name: "x"' },
}

/** A's team, and two people in A and C: a collaborator of A on C's board, a board member of A collaborating in C. */
const ROLES = ['collaborator', 'editor', 'board', 'duty', 'collaboratorOnBoardOfC', 'boardCollaboratorInC'] as const
type RoleName = (typeof ROLES)[number]

let newsroom: TestNewsroom
let pages: TwoPages
let users: Record<RoleName, TestUser>
/** Every document of page B per collection (B's team for users, B itself for pages). */
let ofB: Record<Slug, string[]>
/** The document of B each case aims at. */
let target: Record<Slug, Id>
let before: Record<string, string>
/** A member of A who is also on B's board: A sees them, but not their place in B. */
let inBoth: TestUser
/** A story of A approved by its board, to be scheduled. */
let approvedInA: Id
/** A third page, where people of A also work. */
let pageC: Id

const idsOf = (docs: { id: Id }[] | undefined) => (docs ?? []).map((doc) => String(doc.id))

/** What a user of A got back: never anything of B, by id or by text. */
const expectNothingOfB = (slug: Slug, response: ApiResponse, label: string) => {
  const text = JSON.stringify(response.body)
  expect({ label, leaked: text.includes(B_MARK) }).toEqual({ label, leaked: false })
  const docs = response.body?.docs ?? (response.body?.doc ? [response.body.doc] : [])
  expect({ label, ids: idsOf(docs).filter((id) => ofB[slug].includes(id)) }).toEqual({ label, ids: [] })
}

/** The answer's status is one of these (the label names the request in a failure). */
const expectStatus = (response: ApiResponse, statuses: number[], label: string) => {
  const status = statuses.includes(response.status) ? 'as expected' : response.status
  expect({ label, status, body: status === 'as expected' ? null : response.body }).toEqual({
    label,
    status: 'as expected',
    body: null,
  })
}

const expectRefused = (response: ApiResponse, label: string, statuses = [403, 404]) =>
  expectStatus(response, statuses, label)

const query = (params: Record<string, string | number>) =>
  `?${new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString()}`

/** A new document of each collection, aimed at page B. */
const createInB = (slug: Slug): Record<string, unknown> => {
  const page = pages.b.id
  const at = new Date(Date.now() + 40 * 86_400_000).toISOString()
  const data: Record<Slug, Record<string, unknown>> = {
    areas: { name: 'Mảng lạ', page },
    stories: { title: 'Bài lạ', page },
    media: {},
    channels: { name: 'Kênh lạ', kind: 'local_feed', page },
    publications: {
      story: pages.b.publishedStory,
      channel: pages.b.docs.channels,
      state: 'queued',
      scheduledFor: at,
      page,
    },
    shifts: { day: at.slice(0, 10), slot: 'Tối', startsAt: at, endsAt: at, page },
    inbox: { kind: 'comment', text: 'lạ', externalId: 'ext-la', receivedAt: at, page },
    notifications: { user: pages.b.team.board.id, kind: 'approved', title: 'lạ', page },
    'webhook-events': { dedupeKey: 'la', payload: {}, receivedAt: at, page },
    members: { fullName: 'Người lạ', page },
    'social-accounts': { member: pages.b.docs.members, platform: 'zalo', url: '0912345678', page },
    campaigns: { title: 'Chiến dịch lạ', publication: pages.b.docs.publications, startsAt: at, endsAt: at, page },
    'campaign-actions': {
      campaign: pages.b.docs.campaigns,
      member: pages.b.docs.members,
      kind: 'reacted',
      at,
      source: 'tap',
      page,
    },
    'campaign-reminders': { campaign: pages.b.docs.campaigns, member: pages.b.docs.members, day: '2026-12-03', page },
    contests: { title: 'Cuộc thi lạ', slug: 'cuoc-thi-la', opensAt: at, closesAt: at, page },
    'contest-entries': { contest: pages.b.docs.contests, title: 'Tác phẩm lạ', page },
    'contest-scores': {
      contest: pages.b.docs.contests,
      entry: pages.b.docs['contest-entries'],
      juror: pages.b.team.board.id,
      page,
    },
    pages: { name: 'Trang lạ', slug: 'trang-la', level: 'grassroots', parent: page },
    users: {
      name: 'Người lạ',
      email: 'la@test.local',
      password: 'pw-la-123456',
      memberships: [{ page, roles: ['board'] }],
    },
  }
  return data[slug]
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  pages = await makeTwoPages(newsroom)
  const c = await makePage(newsroom, 'Xa C')
  pageC = c.id
  const inA = (roles: ('collaborator' | 'editor' | 'board' | 'duty')[]) => [{ page: pages.a.id, roles }]
  users = {
    ...pages.a.team,
    collaboratorOnBoardOfC: await makeMember(newsroom, [...inA(['collaborator']), { page: c.id, roles: ['board'] }]),
    boardCollaboratorInC: await makeMember(newsroom, [...inA(['board']), { page: c.id, roles: ['collaborator'] }]),
  }
  // What the admin keeps about B's documents and people: a lock on a story being edited, a preference.
  await newsroom.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'stories', value: pages.b.docs.stories },
      user: { relationTo: 'users', value: pages.b.team.editor.id },
    },
  })
  const preference = await newsroom.api('POST', '/api/payload-preferences/stories-list', {
    token: pages.b.team.board.token,
    json: { value: { page: B_MARK } },
  })
  if (preference.status !== 200 && preference.status !== 201) throw new Error(JSON.stringify(preference.body))

  const { payload } = newsroom
  const inB = async (slug: (typeof PAGE_OWNED)[number]) =>
    idsOf((await payload.find({ collection: slug, where: { page: { equals: pages.b.id } }, limit: 0, depth: 0 })).docs)
  ofB = {
    ...(Object.fromEntries(await Promise.all(PAGE_OWNED.map(async (slug) => [slug, await inB(slug)]))) as Record<
      Slug,
      string[]
    >),
    pages: [String(pages.b.id)],
    users: Object.values(pages.b.team).map((user) => String(user.id)),
  }
  inBoth = await makeMember(newsroom, [
    { page: pages.a.id, roles: ['collaborator'] },
    { page: pages.b.id, roles: ['board'] },
  ])
  approvedInA = (
    await payload.create({
      collection: 'stories',
      data: {
        title: 'Bài đã duyệt',
        area: pages.a.area,
        author: pages.a.team.collaborator.id,
        stage: 'approved',
        page: pages.a.id,
      } as never,
    })
  ).id
  target = { ...pages.b.docs, pages: pages.b.id, users: pages.b.team.board.id }
  // A global never saved reads as its defaults with fresh row ids each time: saved once, it reads the same.
  for (const { slug } of payload.config.globals) await payload.updateGlobal({ slug: slug as never, data: {} })
  before = await databaseFingerprint(payload)
}, 180_000)

afterAll(async () => {
  await newsroom?.stop()
})

describe.each(ROLES)('%s of page A', (role) => {
  const api = (method: string, path: string, options: { json?: unknown; body?: BodyInit } = {}) =>
    newsroom.api(method, path, { token: users[role].token, ...options })

  test.each(COLLECTIONS)(
    'REST on %s: lists, reads, counts, changes, deletes and creates nothing of B',
    async (slug) => {
      const id = target[slug]
      const reads: [string, string][] = [
        ['list', `/api/${slug}${query({ limit: 0, depth: 2 })}`],
        ['list by page', `/api/${slug}${query({ 'where[page][equals]': pages.b.id, depth: 0 })}`],
        [
          'list by or',
          `/api/${slug}${query({ 'where[or][0][page][equals]': pages.b.id, 'where[or][1][id][equals]': id })}`,
        ],
        ['list by id', `/api/${slug}${query({ 'where[id][in]': ofB[slug].join(','), depth: 1 })}`],
        ['sorted by page', `/api/${slug}${query({ sort: '-page', limit: 5, 'select[page]': 'true' })}`],
        ['versions', `/api/${slug}/versions${query({ 'where[parent][equals]': id })}`],
      ]
      const byId: [string, string][] = [
        ['by id', `/api/${slug}/${id}`],
        ['by id, depth and locale', `/api/${slug}/${id}${query({ depth: 2, locale: 'en', 'select[page]': 'true' })}`],
      ]
      // Reads change nothing: asked all at once.
      const answers = await Promise.all([...reads, ...byId].map(([, path]) => api('GET', path)))
      answers.forEach((response, index) => {
        const [label] = [...reads, ...byId][index]!
        if (index < reads.length) expectStatus(response, [200, 400, 403, 404], label)
        else expectRefused(response, label)
        expectNothingOfB(slug, response, label)
      })

      const count = await api('GET', `/api/${slug}/count${query({ 'where[id][equals]': id })}`)
      expect([200, 403]).toContain(count.status)
      if (count.status === 200) expect(count.body.totalDocs).toBe(0)

      const patch = await api('PATCH', `/api/${slug}/${id}`, { json: CHANGE[slug] })
      expectRefused(patch, 'update')
      expectNothingOfB(slug, patch, 'update')
      const bulkPatch = await api('PATCH', `/api/${slug}${query({ 'where[id][equals]': id })}`, { json: CHANGE[slug] })
      expectNothingOfB(slug, bulkPatch, 'bulk update')
      expect(bulkPatch.body?.docs ?? []).toEqual([])

      const remove = await api('DELETE', `/api/${slug}/${id}`)
      expectRefused(remove, 'delete')
      expectNothingOfB(slug, remove, 'delete')
      const bulkRemove = await api('DELETE', `/api/${slug}${query({ 'where[page][equals]': pages.b.id })}`)
      expectNothingOfB(slug, bulkRemove, 'bulk delete')
      expect(bulkRemove.body?.docs ?? []).toEqual([])

      const duplicate = await api('POST', `/api/${slug}/${id}/duplicate`, { json: {} })
      expectRefused(duplicate, 'duplicate', [400, 403, 404, 405])
      expectNothingOfB(slug, duplicate, 'duplicate')

      const create =
        slug === 'media'
          ? await api('POST', '/api/media', {
              body: await photoForm(7, { caption: 'lạ', credit: 'lạ', page: pages.b.id }),
            })
          : await api('POST', `/api/${slug}`, { json: createInB(slug) })
      expectRefused(create, 'create in B', [400, 403])
      expectNothingOfB(slug, create, 'create in B')
    },
  )

  test.each(COLLECTIONS)('GraphQL on %s: queries and mutations reach nothing of B', async (slug) => {
    const { one, many, field, change } = GRAPHQL[slug]
    const id = JSON.stringify(target[slug])
    const graphql = async (label: string, text: string) => {
      const response = await api('POST', '/api/graphql', { json: { query: text } })
      expectStatus(response, [200, 400, 403], label)
      expectNothingOfB(
        slug,
        { ...response, body: response.body?.data?.[Object.keys(response.body?.data ?? {})[0]!] ?? {} },
        label,
      )
      expect({ label, leaked: JSON.stringify(response.body).includes(B_MARK) }).toEqual({ label, leaked: false })
      // A refusal, not a query the schema does not know (which would prove nothing).
      const invalid = (response.body?.errors ?? []).filter((error: { message: string }) =>
        /Cannot query field|Unknown argument|Unknown type|Syntax Error|Expected type|cannot represent/i.test(
          error.message,
        ),
      )
      expect({ label, invalid }).toEqual({ label, invalid: [] })
      return response.body
    }
    await graphql('list', `{ ${many}(limit: 0) { docs { id ${field} } } }`)
    await graphql(
      'list by page',
      `{ ${many}(where: { page: { equals: ${JSON.stringify(pages.b.id)} } }) { docs { id } } }`,
    )
    const byId = await graphql('by id', `{ ${one}(id: ${id}) { id ${field} } }`)
    expect(byId.data?.[one] ?? null).toBeNull()
    const counted = await graphql('count', `{ count${many}(where: { id: { equals: ${id} } }) { totalDocs } }`)
    expect(
      Object.values(counted.data ?? {}).map((value) => (value as { totalDocs?: number } | null)?.totalDocs ?? 0),
    ).not.toContain(1)
    const updated = await graphql('update', `mutation { update${one}(id: ${id}, data: { ${change} }) { id } }`)
    expect(updated.data?.[`update${one}`] ?? null).toBeNull()
    const deleted = await graphql('delete', `mutation { delete${one}(id: ${id}) { id } }`)
    expect(deleted.data?.[`delete${one}`] ?? null).toBeNull()
  })

  test('GraphQL creates no story in B', async () => {
    const response = await api('POST', '/api/graphql', {
      json: { query: `mutation { createStory(data: { title: "lạ", page: ${JSON.stringify(pages.b.id)} }) { id } }` },
    })
    expect(response.body.data?.createStory ?? null).toBeNull()
  })

  test('nobody joins B by changing their own account', async () => {
    const self = users[role]
    const joined = await api('PATCH', `/api/users/${self.id}`, {
      json: {
        memberships: [
          { page: pages.a.id, roles: ['collaborator'] },
          { page: pages.b.id, roles: ['board'] },
        ],
      },
    })
    expectRefused(joined, 'memberships', [400, 403])
    const roles = await api('PATCH', `/api/users/${self.id}`, { json: { roles: ['board', 'admin'] } })
    expectRefused(roles, 'roles', [400, 403])
  })

  test("B's photo files are not served", async () => {
    const photo = (await newsroom.payload.findByID({
      collection: 'media',
      id: pages.b.docs.media,
      depth: 0,
    })) as unknown as {
      filename: string
      sizes: Record<string, { filename?: string | null }>
    }
    const names = [photo.filename, ...Object.values(photo.sizes).map((size) => size.filename)]
    for (const name of names.filter(Boolean)) {
      const response = await api('GET', `/api/media/file/${name}`)
      expectRefused(response, `file ${name}`)
    }
  })

  test("the admin's own records about B (document locks, preferences) are out of reach", async () => {
    for (const slug of ['payload-locked-documents', 'payload-preferences'] as const) {
      const list = await api('GET', `/api/${slug}${query({ limit: 0, depth: 1 })}`)
      expect({ slug, leaked: JSON.stringify(list.body).includes(B_MARK) }).toEqual({ slug, leaked: false })
      const rows = list.body?.docs ?? []
      const aboutB = rows.filter(
        (row: { document?: { value?: unknown }; user?: { value?: unknown } }) =>
          ofB.stories.includes(String((row.document?.value as { id?: Id })?.id ?? row.document?.value)) ||
          ofB.users.includes(String((row.user?.value as { id?: Id })?.id ?? row.user?.value)),
      )
      expect({ slug, aboutB }).toEqual({ slug, aboutB: [] })
    }
    const lock = await api('POST', '/api/payload-locked-documents', {
      json: {
        document: { relationTo: 'stories', value: pages.b.docs.stories },
        user: { relationTo: 'users', value: users[role].id },
      },
    })
    expectRefused(lock, 'lock a story of B', [400, 403, 404])
    const preference = await api('GET', '/api/payload-preferences/stories-list')
    expectNothingOfB('users', preference, 'preference by key')
  })

  test('custom endpoints refuse the documents of B', async () => {
    const calls: [string, string, unknown?][] = [
      ['POST', `/api/stories/${pages.b.docs.stories}/transition`, { action: 'submit' }],
      ['POST', `/api/stories/${pages.b.docs.stories}/transition`, { action: 'claim' }],
      ['POST', `/api/stories/${pages.b.publishedStory}/transition`, { action: 'unschedule' }],
      ['GET', `/api/stories/${pages.b.docs.stories}/workflow`],
      ['GET', `/api/stories/${pages.b.publishedStory}/workflow`],
      ['POST', `/api/publications/${pages.b.docs.publications}/retry`, {}],
      ['POST', `/api/publications/${pages.b.docs.publications}/cancel`, {}],
      ['POST', `/api/inbox/${pages.b.docs.inbox}/reply`, { text: 'chào' }],
      ['POST', `/api/inbox/${pages.b.docs.inbox}/close`, {}],
      ['POST', `/api/inbox/${pages.b.docs.inbox}/escalate`, {}],
      ['POST', `/api/inbox/${pages.b.docs.inbox}/mark-false`, {}],
      ['POST', `/api/channels/${pages.b.docs.channels}/check`, {}],
      ['POST', '/api/channels/check-connection', { pageId: '12345', channel: pages.b.docs.channels }],
    ]
    for (const [method, path, json] of calls) {
      const response = await api(method, path, json === undefined ? {} : { json })
      const label = `${method} ${path}`
      expectRefused(response, label)
      expect({ label, leaked: JSON.stringify(response.body).includes(B_MARK) }).toEqual({ label, leaked: false })
    }
  })
})

describe('links from A to B answer exactly like links to nothing', () => {
  /** An id of the adapter's kind that names no document. */
  const nothing = () => (typeof pages.b.docs.areas === 'number' ? 987_654 : '0123456789abcdef01234567')

  const both = async (
    user: TestUser,
    method: string,
    path: string,
    data: (id: Id) => Record<string, unknown>,
    of: Id,
  ) => {
    const toB = await newsroom.api(method, path, { token: user.token, json: data(of) })
    const toNothing = await newsroom.api(method, path, { token: user.token, json: data(nothing()) })
    return { toB, toNothing }
  }

  const cases: [string, RoleName, () => [string, string, (id: Id) => Record<string, unknown>, Id]][] = [
    [
      'a new story in an area of B',
      'collaborator',
      () => ['POST', '/api/stories', (area) => ({ title: 'Bài', area }), pages.b.area],
    ],
    [
      'a new story with a photo of B',
      'collaborator',
      () => ['POST', '/api/stories', (photo) => ({ title: 'Bài', photos: [photo] }), pages.b.docs.media],
    ],
    [
      "a rebuttal with B's screenshot",
      'collaborator',
      () => [
        'POST',
        '/api/stories',
        (shot) => ({ title: 'Bài', format: 'rebuttal', falseClaim: { screenshot: shot } }),
        pages.b.docs.media,
      ],
    ],
    [
      'a story of A moved into an area of B',
      'board',
      () => ['PATCH', `/api/stories/${pages.a.docs.stories}`, (area) => ({ area }), pages.b.area],
    ],
    [
      'a story of A on a channel of B',
      'board',
      () => [
        'PATCH',
        `/api/stories/${pages.a.docs.stories}`,
        (channel) => ({ channels: [channel] }),
        pages.b.docs.channels,
      ],
    ],
    [
      "an inbox item of A tied to B's story",
      'board',
      () => ['PATCH', `/api/inbox/${pages.a.docs.inbox}`, (story) => ({ story }), pages.b.publishedStory],
    ],
    [
      "an inbox item of A answered by B's rebuttal",
      'board',
      () => ['PATCH', `/api/inbox/${pages.a.docs.inbox}`, (rebuttal) => ({ rebuttal }), pages.b.docs.stories],
    ],
    [
      'a story of A scheduled on a channel of B',
      'board',
      () => [
        'POST',
        `/api/stories/${approvedInA}/transition`,
        (channel) => ({
          action: 'schedule',
          publishAt: new Date(Date.now() + 86_400_000).toISOString(),
          channels: [channel],
        }),
        pages.b.docs.channels,
      ],
    ],
    [
      "an inbox item of A assigned to B's duty member",
      'board',
      () => ['PATCH', `/api/inbox/${pages.a.docs.inbox}`, (assignee) => ({ assignee }), pages.b.team.duty.id],
    ],
    [
      "a shift of A given to B's duty member",
      'board',
      () => ['PATCH', `/api/shifts/${pages.a.docs.shifts}`, (member) => ({ members: [member] }), pages.b.team.duty.id],
    ],
    [
      'a collaborator who is board in C',
      'collaboratorOnBoardOfC',
      () => ['POST', '/api/stories', (area) => ({ title: 'Bài', area }), pages.b.area],
    ],
  ]

  test.each(cases)('%s', async (_label, role, make) => {
    const [method, path, data, of] = make()
    const { toB, toNothing } = await both(users[role], method, path, data, of)
    expect(toB.status).toBe(400)
    expect(toB.body).toEqual(toNothing.body)
    expect(JSON.stringify(toB.body)).not.toContain(String(of) === String(nothing()) ? '\u0000' : B_MARK)
  })
})

test('someone in both pages is told the link goes to another page (they know it exists)', async () => {
  const response = await newsroom.api('POST', '/api/stories', {
    token: inBoth.token,
    json: { title: 'Bài', area: pages.b.area, page: pages.a.id },
  })
  expect(response.status).toBe(400)
  expect(response.body.errors[0].data.code).toBe('link_other_page')
})

describe('relationship pickers and people', () => {
  test.each(['areas', 'channels', 'users', 'media', 'stories'] as const)(
    "a %s picker of A's story form lists nothing of B, populated page included",
    async (slug) => {
      for (const role of ROLES) {
        const response = await newsroom.api(
          'GET',
          `/api/${slug}${query({ depth: 2, limit: 100, 'where[or][0][page][equals]': pages.a.id, 'where[or][1][page][equals]': pages.b.id })}`,
          { token: users[role].token },
        )
        expectNothingOfB(slug, response, `${role} ${slug}`)
      }
    },
  )

  test("a story of A at depth 2 populates only what the reader may read, its page A's", async () => {
    const response = await newsroom.api('GET', `/api/stories/${pages.a.docs.stories}${query({ depth: 2 })}`, {
      token: users.board.token,
    })
    expect(response.status).toBe(200)
    expect(String(response.body.page.id)).toBe(String(pages.a.id))
    expect(JSON.stringify(response.body)).not.toContain(B_MARK)
  })

  test("A's board reads the names of A's people, never B's people, emails or phones", async () => {
    const response = await newsroom.api('GET', `/api/users${query({ limit: 0, depth: 0 })}`, {
      token: users.board.token,
    })
    expect(response.status).toBe(200)
    const seen = idsOf(response.body.docs)
    for (const member of Object.values(pages.a.team)) expect(seen).toContain(String(member.id))
    expect(seen.filter((id) => ofB.users.includes(id))).toEqual([])
    const text = JSON.stringify(response.body)
    for (const member of Object.values(pages.b.team)) expect(text).not.toContain(member.email)
  })

  test('a member of both A and B shows A only its membership of A', async () => {
    const response = await newsroom.api('GET', `/api/users/${inBoth.id}${query({ depth: 1 })}`, {
      token: users.board.token,
    })
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toContain(B_MARK)
    expect(
      (response.body.memberships ?? []).map((row: { page: { id: Id } | Id }) =>
        String((row.page as { id: Id }).id ?? row.page),
      ),
    ).toEqual([String(pages.a.id)])
  })
})

test('nothing anyone of A tried changed anything', async () => {
  expect(changedSince(before, await databaseFingerprint(newsroom.payload))).toEqual([])
})

// After the fingerprint: an update of A's own document that Payload accepts without its `page`
// (field access drops it) still writes the document.
test.each(PAGE_OWNED)('nobody of A moves a document of %s from A into B', async (slug) => {
  const own = pages.a.docs[slug]
  for (const role of ROLES) {
    const moved = await newsroom.api('PATCH', `/api/${slug}/${own}`, {
      token: users[role].token,
      json: { page: pages.b.id },
    })
    expectNothingOfB(slug, moved, `${role} moves ${slug}`)
    const stored = await newsroom.payload.findByID({ collection: slug, id: own, depth: 0 })
    expect({ role, page: String((stored as { page?: Id }).page) }).toEqual({ role, page: String(pages.a.id) })
  }
})

test("a story whose author has left A is still edited by A's board, the form sending its links back", async () => {
  const leaver = await makeMember(newsroom, [{ page: pages.a.id, roles: ['collaborator'] }])
  const story = await newsroom.payload.create({
    collection: 'stories',
    data: { title: 'Bài người cũ', area: pages.a.area, author: leaver.id, page: pages.a.id } as never,
  })
  await newsroom.payload.update({
    collection: 'users',
    id: leaver.id,
    data: { memberships: [{ page: pageC, roles: ['collaborator'] }] } as never,
  })
  const saved = await newsroom.api('PATCH', `/api/stories/${story.id}`, {
    token: users.board.token,
    json: { title: 'Bài người cũ, đã sửa', author: leaver.id, area: pages.a.area },
  })
  expect(saved.status).toBe(200)
  const other = await newsroom.api('PATCH', `/api/inbox/${pages.a.docs.inbox}`, {
    token: users.board.token,
    json: { assignee: leaver.id },
  })
  expect(other.status).toBe(400)
})
