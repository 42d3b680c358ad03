import { changedSince, databaseFingerprint } from '../helpers/databaseFingerprint'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { createStory, type Id, walk } from '../helpers/stories'

/**
 * Bad input, table-driven: every collection and every custom endpoint, over REST and GraphQL. Each
 * case must be answered with a 4xx and a message (never a 5xx), and must leave the database exactly
 * as it was (a fingerprint of every collection and global, taken after each case).
 */

type Who = 'anonymous' | 'ctv' | 'editor' | 'board' | 'admin' | 'duty'

interface Case {
  name: string
  as: Who
  method: string
  path: string
  json?: unknown
  /** A raw body sent as JSON (for bodies that are not JSON at all). */
  raw?: string
  /** A raw body of the type given in `headers`. */
  body?: string
  headers?: Record<string, string>
  /** GraphQL answers 200 with `errors`; everything else must be a 4xx. */
  graphql?: boolean
}

let newsroom: TestNewsroom
let users: Record<Exclude<Who, 'anonymous'>, TestUser>
let fixtures: Record<string, Id>
let fingerprint: Record<string, string>

const COLLECTIONS = [
  'stories',
  'publications',
  'media',
  'inbox',
  'shifts',
  'notifications',
  'areas',
  'units',
  'channels',
  'users',
  'webhook-events',
  // Payload's own, guarded alike.
  'payload-locked-documents',
] as const

/** Ids no adapter can hold: neither a positive integer (SQL) nor an ObjectId (MongoDB). */
const MALFORMED_IDS = ['abc', '1e309', '-1', '1.5', '0x1f', 'NaN', 'Infinity', "1'or'1'='1", '9'.repeat(40), '%20']

const where = (count: number) => ({ or: Array.from({ length: count }, (_, i) => ({ id: { equals: i + 1 } })) })
const nested = (depth: number): Record<string, unknown> =>
  depth === 0 ? { id: { exists: true } } : { and: [nested(depth - 1)] }

/** Query strings a list request must refuse. */
const BAD_QUERIES = [
  'limit=-1',
  'limit=abc',
  'limit=1e309',
  'limit=100000',
  'page=0',
  'page=-3',
  'page=abc',
  'depth=-1',
  'depth=abc',
  'depth=1e309',
  'where=%7B',
  `where=${encodeURIComponent(JSON.stringify(where(300)))}`,
  `where=${encodeURIComponent(JSON.stringify(nested(30)))}`,
  'where[id][equals]=abc',
  'where[id][in]=1e309',
]

const restCases = (): Case[] => {
  const cases: Case[] = []
  for (const slug of COLLECTIONS) {
    for (const id of MALFORMED_IDS) {
      cases.push({ name: `GET ${slug}/${id}`, as: 'admin', method: 'GET', path: `/api/${slug}/${id}` })
      cases.push({
        name: `PATCH ${slug}/${id}`,
        as: 'admin',
        method: 'PATCH',
        path: `/api/${slug}/${id}`,
        json: { name: 'x' },
      })
      cases.push({ name: `DELETE ${slug}/${id}`, as: 'admin', method: 'DELETE', path: `/api/${slug}/${id}` })
    }
    for (const query of BAD_QUERIES) {
      cases.push({
        name: `GET ${slug}?${query.slice(0, 40)}`,
        as: 'admin',
        method: 'GET',
        path: `/api/${slug}?${query}`,
      })
    }
    cases.push({ name: `GET ${slug}/versions`, as: 'admin', method: 'GET', path: `/api/${slug}/versions` })
    cases.push({ name: `GET ${slug}/versions/1`, as: 'admin', method: 'GET', path: `/api/${slug}/versions/1` })
    cases.push({ name: `POST ${slug}/versions/1`, as: 'admin', method: 'POST', path: `/api/${slug}/versions/1` })
    cases.push({
      name: `POST ${slug} with a 1,000-clause where (method override)`,
      as: 'admin',
      method: 'POST',
      path: `/api/${slug}`,
      body: Array.from({ length: 1000 }, (_, i) => `where[or][${i}][id][equals]=${i + 1}`).join('&'),
      headers: { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
    })
    for (const [label, body] of [
      ['an array', '[]'],
      ['a string', '"x"'],
      ['a number', '42'],
      ['null', 'null'],
      ['broken JSON', '{"title":'],
    ] as const) {
      cases.push({ name: `POST ${slug} with ${label}`, as: 'admin', method: 'POST', path: `/api/${slug}`, raw: body })
    }
  }
  return cases
}

/** Wrong shapes for each relationship of a collection, written to its fixture document by an admin. */
const relationshipCases = (): Case[] => {
  const single = () => [[3], { x: 1 }, 'abc', 1e300, true]
  const many = () => ['abc', [[3]], [{}], [true], 5]
  const fields: [string, string, 'one' | 'many', Who][] = [
    ['stories', 'area', 'one', 'ctv'],
    ['stories', 'photos', 'many', 'ctv'],
    ['stories', 'channels', 'many', 'ctv'],
    ['users', 'areas', 'many', 'admin'],
    ['users', 'unit', 'one', 'admin'],
    ['shifts', 'members', 'many', 'admin'],
    ['inbox', 'assignee', 'one', 'admin'],
    ['inbox', 'story', 'one', 'admin'],
  ]
  const cases: Case[] = []
  for (const [slug, field, kind, who] of fields) {
    for (const value of kind === 'one' ? single() : many()) {
      cases.push({
        name: `PATCH ${slug}.${field} = ${JSON.stringify(value)}`,
        as: who,
        method: 'PATCH',
        path: `/api/${slug}/${fixtures[slug]}`,
        json: { [field]: value },
      })
    }
    // The right shape, but nothing by that id.
    const missing = kind === 'one' ? missingId() : [missingId()]
    cases.push({
      name: `PATCH ${slug}.${field} to a document that does not exist`,
      as: who,
      method: 'PATCH',
      path: `/api/${slug}/${fixtures[slug]}`,
      json: { [field]: missing },
    })
  }
  cases.push({
    name: 'POST stories with an area that does not exist',
    as: 'ctv',
    method: 'POST',
    path: '/api/stories',
    json: { title: 'x', area: missingId() },
  })
  return cases
}

/** A well-formed id of the adapter's kind that no document has. */
const missingId = (): Id => (typeof fixtures.story === 'number' ? 987654 : 'ffffffffffffffffffffffff')

const transitionCases = (): Case[] => {
  const bodies: [string, unknown, Who, string][] = [
    ['an array', [], 'board', 'approved'],
    ['a string', 'approve', 'board', 'approved'],
    ['null', null, 'board', 'approved'],
    ['action as an object', { action: { toString: 'approve' } }, 'board', 'approved'],
    ['action as an array', { action: ['approve'] }, 'board', 'approved'],
    ['action as a number', { action: 7 }, 'board', 'approved'],
    ['note as an object', { action: 'request_changes', note: { text: 'x' } }, 'board', 'approved'],
    ['publishAt as an object', { action: 'schedule', publishAt: { at: 1 }, channels: [] }, 'board', 'approved'],
    ['publishAt not a date', { action: 'schedule', publishAt: '2026-13-45T99:00:00Z' }, 'board', 'approved'],
    ['channels as a string', { action: 'schedule', publishAt: future(), channels: 'abc' }, 'board', 'approved'],
    ['channels of objects', { action: 'schedule', publishAt: future(), channels: [{}] }, 'board', 'approved'],
    [
      'channels of malformed ids',
      { action: 'schedule', publishAt: future(), channels: ['1e309'] },
      'board',
      'approved',
    ],
    [
      'a channel that does not exist',
      { action: 'schedule', publishAt: future(), channels: [987654] },
      'board',
      'approved',
    ],
    [
      'publish_now to a missing channel',
      { action: 'publish_now', channels: ['ffffffffffffffffffffffff'] },
      'board',
      'approved',
    ],
  ]
  const cases: Case[] = bodies.map(([label, json, as, story]) => ({
    name: `transition with ${label}`,
    as,
    method: 'POST',
    path: `/api/stories/${fixtures[story]}/transition`,
    json,
  }))
  for (const id of MALFORMED_IDS.slice(0, 5)) {
    cases.push({
      name: `transition on ${id}`,
      as: 'board',
      method: 'POST',
      path: `/api/stories/${id}/transition`,
      json: { action: 'claim' },
    })
    cases.push({ name: `workflow of ${id}`, as: 'board', method: 'GET', path: `/api/stories/${id}/workflow` })
    cases.push({ name: `retry publication ${id}`, as: 'board', method: 'POST', path: `/api/publications/${id}/retry` })
    cases.push({
      name: `cancel publication ${id}`,
      as: 'board',
      method: 'POST',
      path: `/api/publications/${id}/cancel`,
    })
    cases.push({ name: `check channel ${id}`, as: 'admin', method: 'POST', path: `/api/channels/${id}/check` })
    for (const action of ['reply', 'close', 'escalate', 'mark-false']) {
      cases.push({
        name: `inbox ${action} on ${id}`,
        as: 'board',
        method: 'POST',
        path: `/api/inbox/${id}/${action}`,
        json: { text: 'x' },
      })
    }
  }
  cases.push({
    name: 'retry a publication that does not exist',
    as: 'board',
    method: 'POST',
    path: `/api/publications/${missingId()}/retry`,
  })
  cases.push({
    name: 'check a channel that does not exist',
    as: 'admin',
    method: 'POST',
    path: `/api/channels/${missingId()}/check`,
  })
  return cases
}

const future = () => new Date(Date.now() + 86_400_000).toISOString()

const otherEndpointCases = (): Case[] => {
  const inbox = `/api/inbox/${fixtures.inbox}`
  const cases: Case[] = [
    ['reply with an array', 'POST', `${inbox}/reply`, []],
    ['reply with text as an object', 'POST', `${inbox}/reply`, { text: { toString: 'x' } }],
    ['reply with text as a number', 'POST', `${inbox}/reply`, { text: 5 }],
    ['mark-false with a string body', 'POST', `${inbox}/mark-false`, 'x'],
    ['close with an array', 'POST', `${inbox}/close`, [1]],
    ['roster week with a bad week', 'POST', '/api/shifts/week', { week: 'abc', assignments: [] }],
    ['roster week with assignments as an object', 'POST', '/api/shifts/week', { week: '2026-12-07', assignments: {} }],
    [
      'roster week with malformed members',
      'POST',
      '/api/shifts/week',
      { week: '2026-12-07', assignments: [{ day: '2026-12-07', slot: 'Sáng', members: ['1e309'] }] },
    ],
    [
      'roster week with missing members',
      'POST',
      '/api/shifts/week',
      { week: '2026-12-07', assignments: [{ day: '2026-12-07', slot: 'Sáng', members: [missingId()] }] },
    ],
    ['roster week with an array body', 'POST', '/api/shifts/week', [1, 2]],
    ['copy-week with a number body', 'POST', '/api/shifts/copy-week', 12],
    ['copy-week with weeks as objects', 'POST', '/api/shifts/copy-week', { from: {}, to: [] }],
    ['roster week read with a bad week', 'GET', '/api/shifts/week?week=2026-02-30', undefined],
    ['login with an array', 'POST', '/api/users/login', []],
    ['login with an object email', 'POST', '/api/users/login', { email: { $ne: '' }, password: 'x' }],
    ['login with a numeric password', 'POST', '/api/users/login', { email: 'root@test.local', password: 12345 }],
    ['forgot-password with an array', 'POST', '/api/users/forgot-password', ['a@b.c']],
    ['forgot-password with an object email', 'POST', '/api/users/forgot-password', { email: { a: 1 } }],
    ['duty settings with slots as a string', 'POST', '/api/globals/duty-settings', { slots: 'x' }],
    ['duty settings with a string target', 'POST', '/api/globals/duty-settings', { responseTargetMinutes: 'soon' }],
    ['duty settings with an array body', 'POST', '/api/globals/duty-settings', []],
    ['duty settings versions', 'GET', '/api/globals/duty-settings/versions', undefined],
    ['duty settings with a bad depth', 'GET', '/api/globals/duty-settings?depth=abc', undefined],
    ['email verification (not used)', 'POST', '/api/users/verify/abc', undefined],
    ['a media file that is not on disk', 'GET', '/api/media/file/missing.jpg', undefined],
    ['a media size that is not on disk', 'GET', '/api/media/file/missing-400x300.jpg', undefined],
    ['a media file by a traversal', 'GET', '/api/media/file/..%2F..%2Fetc%2Fpasswd', undefined],
    ...BAD_QUERIES.map((query) => [
      `preferences?${query.slice(0, 30)}`,
      'GET',
      `/api/payload-preferences?${query}`,
      undefined,
    ]),
  ].map(([name, method, path, json]) => ({
    name: name as string,
    as: (String(path).startsWith('/api/users') ? 'anonymous' : 'admin') as Who,
    method: method as string,
    path: path as string,
    json,
  }))
  return cases
}

const graphqlCases = (): Case[] => {
  const queries: [string, string][] = [
    ['Story by a malformed id', '{ Story(id: "abc") { id } }'],
    ['Story by 1e309', '{ Story(id: 1e309) { id } }'],
    ['Stories with a negative limit', '{ Stories(limit: -1) { docs { id } } }'],
    ['Stories page 0', '{ Stories(page: 0) { docs { id } } }'],
    [
      'Stories with a 1,000-clause where',
      `{ Stories(where: { OR: [${Array.from({ length: 1000 }, (_, i) => `{ title: { equals: "t${i}" } }`).join(',')}] }) { docs { id } } }`,
    ],
    [
      'Stories with a deep where',
      `{ Stories(where: ${'{ AND: ['.repeat(25)}{ title: { equals: "x" } }${'] }'.repeat(25)}) { docs { id } } }`,
    ],
    ['Media by a malformed id', '{ Media(id: "abc") { id } }'],
    ['Users by a malformed id', '{ User(id: "-1") { id } }'],
    ['updateStory on a malformed id', 'mutation { updateStory(id: "abc", data: { title: "x" }) { id } }'],
    [
      'updateStory with an area that does not exist',
      `mutation { updateStory(id: ${JSON.stringify(fixtures.draft)}, data: { area: ${JSON.stringify(missingId())} }) { id } }`,
    ],
    [
      'createStory with a channel that does not exist',
      `mutation { createStory(data: { title: "x", stage: draft, format: news, channels: [${JSON.stringify(missingId())}] }) { id } }`,
    ],
    [
      'createStory with a hidden-character title',
      'mutation { createStory(data: { title: "a\\u202Eb", stage: draft, format: news }) { id } }',
    ],
    [
      'createStory with a 300-character title',
      `mutation { createStory(data: { title: "${'a'.repeat(300)}", stage: draft, format: news }) { id } }`,
    ],
    ['deleteArea on a malformed id', 'mutation { deleteArea(id: "1e309") { id } }'],
    [
      'updateUser with an area that does not exist',
      `mutation { updateUser(id: ${JSON.stringify(fixtures.users)}, data: { areas: [${JSON.stringify(missingId())}] }) { id } }`,
    ],
    ['Publications with page -1', '{ Publications(page: -1) { docs { id } } }'],
    ['Channels with a negative limit', '{ Channels(limit: -5) { docs { id } } }'],
    ['Inbox by 1e309', '{ Inbox(id: "1e309") { id } }'],
  ]
  return queries.map(([name, query]) => ({
    name: `GraphQL: ${name}`,
    as: name.includes('createStory') ? 'ctv' : 'admin',
    method: 'POST',
    path: '/api/graphql',
    json: { query },
    graphql: true,
  }))
}

const titleCases = (): Case[] => {
  const titles: [string, string][] = [
    ['a right-to-left override', 'Tin \u202Egnóm'],
    ['a left-to-right embedding', 'Tin \u202Ab'],
    ['a pop directional formatting', 'Tin \u202Cb'],
    ['a first-strong isolate', 'Tin \u2068b'],
    ['a pop directional isolate', 'Tin \u2069b'],
    ['a zero-width space', 'Tin\u200Bmới'],
    ['a zero-width joiner', 'Tin\u200Dmới'],
    ['a word joiner', 'Tin\u2060mới'],
    ['a byte-order mark', '\uFEFFTin mới'],
    ['251 characters', 'ả'.repeat(251)],
  ]
  return titles.flatMap(([label, title]) => [
    {
      name: `create a story titled with ${label}`,
      as: 'ctv' as Who,
      method: 'POST',
      path: '/api/stories',
      json: { title },
    },
    {
      name: `retitle a story with ${label}`,
      as: 'ctv' as Who,
      method: 'PATCH',
      path: `/api/stories/${fixtures.draft}`,
      json: { title },
    },
  ])
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  const area = await newsroom.makeArea('Kinh tế')
  const unit = (await newsroom.payload.create({ collection: 'units', data: { name: 'Chi bộ 1' } })).id
  users = {
    ctv: await newsroom.makeUser(['collaborator'], { unit }),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
    admin: await newsroom.makeUser(['admin']),
    duty: await newsroom.makeUser(['duty']),
  }
  const channel = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
  const photo = await uploadPhoto(newsroom, users.ctv, { seed: 1 })
  const draft = await createStory(newsroom, users.ctv, { area, photos: [photo.id] })
  const approved = await createStory(newsroom, users.ctv, { area })
  await walk(newsroom, approved, [
    [users.ctv, 'submit'],
    [users.editor, 'claim'],
    [users.editor, 'forward'],
    [users.board, 'approve'],
  ])
  const scheduled = await createStory(newsroom, users.ctv, { area })
  await walk(newsroom, scheduled, [
    [users.ctv, 'submit'],
    [users.editor, 'claim'],
    [users.editor, 'forward'],
    [users.board, 'approve'],
    [users.board, 'schedule', { publishAt: future(), channels: [channel] }],
  ])
  const inbox = await newsroom.payload.create({
    collection: 'inbox',
    data: {
      kind: 'comment',
      text: 'Bình luận',
      externalId: 'c-1',
      receivedAt: new Date().toISOString(),
      state: 'new',
    } as never,
  })
  const shift = await newsroom.payload.create({
    collection: 'shifts',
    data: {
      day: '2026-12-07',
      slot: 'Sáng',
      startsAt: '2026-12-06T23:00:00Z',
      endsAt: '2026-12-07T04:00:00Z',
      members: [users.duty.id],
    } as never,
  })
  // Stored once, so that reading it returns the same document every time (unstored, it is rebuilt).
  await newsroom.payload.updateGlobal({ slug: 'duty-settings', data: {} })
  fixtures = {
    story: draft,
    draft,
    approved,
    stories: draft,
    users: users.ctv.id,
    shifts: shift.id,
    inbox: inbox.id,
    channel,
    area,
  }
  fingerprint = await databaseFingerprint(newsroom.payload)
})
afterAll(async () => {
  await newsroom?.stop()
})

const send = (c: Case) =>
  newsroom.api(c.method, c.path, {
    token: c.as === 'anonymous' ? undefined : users[c.as].token,
    ...(c.raw !== undefined
      ? { body: c.raw, headers: { 'content-type': 'application/json', ...c.headers } }
      : { json: c.json, body: c.body, headers: c.headers }),
  })

const allCases = () => [
  ...restCases(),
  ...relationshipCases(),
  ...transitionCases(),
  ...otherEndpointCases(),
  ...graphqlCases(),
  ...titleCases(),
]

test('the shapes the admin form sends are not bad input', async () => {
  // An empty list goes as its row count; relationships as ids; cleared values as null or ''.
  const created = await newsroom.api('POST', '/api/stories', {
    token: users.ctv.token,
    json: {
      title: 'Từ trang quản trị',
      history: 0,
      officialSources: 0,
      area: fixtures.area,
      channels: [],
      publishAt: null,
      summary: '',
    },
  })
  expect(created.status).toBe(201)
  await newsroom.payload.delete({ collection: 'stories', id: created.body.doc.id })
  fingerprint = await databaseFingerprint(newsroom.payload)
})

test("the admin's own preference and lock writes are not bad input", async () => {
  // What Payload's admin sends (@payloadcms/ui upsertPreferences, document locking).
  const user = await newsroom.payload.findByID({ collection: 'users', id: users.ctv.id, depth: 0 })
  const req = { user: { ...user, collection: 'users' } } as never
  const preference = await newsroom.payload.create({
    collection: 'payload-preferences',
    data: { key: 'nav', user: { collection: 'users', value: users.ctv.id }, value: { open: true } } as never,
    req,
  })
  const lock = await newsroom.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'stories', value: fixtures.draft },
      globalSlug: undefined,
      user: { relationTo: 'users', value: users.ctv.id },
    } as never,
  })
  await newsroom.payload.delete({ collection: 'payload-preferences', id: preference.id })
  await newsroom.payload.delete({ collection: 'payload-locked-documents', id: lock.id })
  fingerprint = await databaseFingerprint(newsroom.payload)
})

test('the table covers at least 200 cases', () => {
  expect(allCases().length).toBeGreaterThanOrEqual(200)
})

test('every bad input is refused with a 4xx and a message, and changes nothing', async () => {
  const failures: string[] = []
  for (const c of allCases()) {
    const response = await send(c)
    const errors = (response.body as { errors?: { message?: unknown }[] } | null)?.errors
    const message = errors?.[0]?.message
    const refused = c.graphql
      ? response.status < 500 && typeof message === 'string' && message !== ''
      : response.status >= 400 && response.status < 500 && typeof message === 'string' && message !== ''
    if (!refused) failures.push(`${c.name}: ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`)
    const after = await databaseFingerprint(newsroom.payload)
    const changed = changedSince(fingerprint, after)
    if (changed.length) {
      failures.push(`${c.name}: changed ${changed.join(', ')}`)
      fingerprint = after
    }
  }
  expect(failures).toEqual([])
  // 838 requests, each followed by a fingerprint of every collection: minutes on a busy 2-core machine.
}, 300_000)
