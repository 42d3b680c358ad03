import crypto from 'node:crypto'

import { getPayload, handleEndpoints, type Payload } from 'payload'

import { PAYLOAD_HASH } from '../../src/auth/unknownAccountCheck'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/db/close'
import { migrateDatabase, migrationsFor } from '../../src/db/migrate'
import { DEFAULT_PAGE_SLUG } from '../../src/fanpages/defaultPage'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * An installation from before pages existed (the schema of the `hardening` migration, with a
 * newsroom's worth of rows in it) upgraded by the migrations after it: everything lands in the
 * district page and the app works on it.
 */

let database: TestDatabase
const secret = 'pages-upgrade-secret'
const config = () => buildNewsroomConfig({ databaseUri: database.uri, secret })
const PASSWORD = 'mat-khau-truoc-nang-cap'
const FACEBOOK_PAGE = '1000111'

/** Every collection that belongs to a page (the tables the pages migration must fill). */
const PAGE_OWNED = [
  'areas',
  'stories',
  'media',
  'channels',
  'publications',
  'shifts',
  'inbox',
  'notifications',
  'webhook-events',
] as const

type SqlDb = { execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>; drizzle: unknown; name: string }
const sqlOf = (payload: Payload) => payload.db as unknown as SqlDb
const run = (payload: Payload, raw: string) => sqlOf(payload).execute({ drizzle: sqlOf(payload).drizzle, raw })

/** Payload's stored hash of PASSWORD, so that the old users sign in after the upgrade. */
const storedPassword = () => {
  const salt = crypto.randomBytes(32).toString('hex')
  const key = crypto.pbkdf2Sync(PASSWORD, salt, PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength, PAYLOAD_HASH.digest)
  return { salt, hash: `${PAYLOAD_HASH.prefix}${key.toString('hex')}` }
}

const body = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', version: 1, text: 'Bà con góp công làm đường.', format: 0, detail: 0 }],
      },
    ],
  },
}).replace(/'/g, "''")

/** Old users: id, email, name, old `roles`, areas (by id), unit. */
const OLD_USERS = [
  { id: 1, email: 'admin@old.local', name: 'Quản trị', roles: ['admin'] },
  { id: 2, email: 'bbt@old.local', name: 'Ban Biên tập', roles: ['board'] },
  { id: 3, email: 'bientap@old.local', name: 'Biên tập Kinh tế', roles: ['editor'], areas: [1] },
  { id: 4, email: 'ctv@old.local', name: 'Cộng tác viên', roles: ['collaborator'], unit: 1 },
  { id: 5, email: 'bientap2@old.local', name: 'Biên tập hai mảng', roles: ['editor', 'board'], areas: [1, 2] },
  { id: 6, email: 'truc@old.local', name: 'Trực fanpage', roles: ['duty'] },
  { id: 7, email: 'vanhanh@old.local', name: 'Vận hành và trực', roles: ['admin', 'duty'] },
] as const

/**
 * Rows of every kind in the schema before pages, in plain SQL (today's config describes today's
 * schema and cannot write the old one). Valid on SQLite and PostgreSQL alike.
 */
const oldRows = (): string[] => {
  const { salt, hash } = storedPassword()
  const at = (day: number, hour = 8) =>
    `'2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z'`
  const rows = [
    `INSERT INTO "units" ("id", "name") VALUES (1, 'Chi bộ 1'), (2, 'Đoàn Thanh niên')`,
    `INSERT INTO "areas" ("id", "name", "hashtags") VALUES (1, 'Kinh tế', '#KinhTe'), (2, 'Xây dựng Đảng', '#XayDungDang')`,
  ]
  for (const user of OLD_USERS) {
    rows.push(
      `INSERT INTO "users" ("id", "name", "email", "unit_id", "salt", "hash", "login_attempts")
         VALUES (${user.id}, '${user.name}', '${user.email}', ${'unit' in user ? user.unit : 'NULL'}, '${salt}', '${hash}', 0)`,
    )
    user.roles.forEach((role, index) =>
      rows.push(
        `INSERT INTO "users_roles" ("order", "parent_id", "value") VALUES (${index + 1}, ${user.id}, '${role}')`,
      ),
    )
    if ('areas' in user)
      user.areas.forEach((area, index) =>
        rows.push(
          `INSERT INTO "users_rels" ("order", "parent_id", "path", "areas_id") VALUES (${index + 1}, ${user.id}, 'areas', ${area})`,
        ),
      )
  }
  rows.push(
    `INSERT INTO "duty_settings" ("id", "response_target_minutes") VALUES (1, 45)`,
    `INSERT INTO "duty_settings_slots" ("_order", "_parent_id", "id", "name", "start", "end")
       VALUES (1, 1, 's1', 'Ca sáng', '05:30', '11:30'), (2, 1, 's2', 'Ca chiều', '11:30', '17:30'),
              (3, 1, 's3', 'Ca tối', '17:30', '23:00')`,
    `INSERT INTO "media" ("id", "caption", "credit", "uploaded_by_id", "filename", "mime_type", "filesize", "width", "height")
       VALUES (1, 'Làm đường liên ấp', 'Ảnh: CTV', 4, 'lam-duong.jpg', 'image/jpeg', 1024, 800, 600)`,
    `INSERT INTO "channels" ("id", "name", "kind", "page_id", "access_token_sealed", "enabled", "needs_reconnect")
       VALUES (1, 'Fanpage (xem trước)', 'local_feed', NULL, NULL, true, false),
              (2, 'Fanpage Phú Riềng', 'facebook_page', '${FACEBOOK_PAGE}', 'v1.sealed.token', true, false)`,
  )
  // Stories in several stages, each with the history that brought it there.
  const stories: [number, string, number, [string, string, string, number][]][] = [
    [1, 'draft', 1, []],
    [2, 'submitted', 1, [['submit', 'draft', 'submitted', 4]]],
    [
      3,
      'in_review',
      1,
      [
        ['submit', 'draft', 'submitted', 4],
        ['claim', 'submitted', 'in_review', 3],
      ],
    ],
    [
      4,
      'published',
      2,
      [
        ['submit', 'draft', 'submitted', 4],
        ['claim', 'submitted', 'in_review', 5],
        ['forward', 'in_review', 'awaiting_approval', 5],
        ['approve', 'awaiting_approval', 'approved', 2],
        ['publish_now', 'approved', 'scheduled', 2],
        ['auto_publish', 'scheduled', 'published', 2],
      ],
    ],
    [
      5,
      'rejected',
      2,
      [
        ['submit', 'draft', 'submitted', 4],
        ['reject', 'submitted', 'rejected', 2],
      ],
    ],
  ]
  for (const [id, stage, area, history] of stories) {
    rows.push(
      `INSERT INTO "stories" ("id", "title", "body", "area_id", "author_id", "content_edited_by_id", "stage", "format", "stage_changed_at", "created_at", "updated_at")
         VALUES (${id}, 'Bài cũ số ${id}: Phú Riềng ra quân làm đường', '${body}', ${area}, 4, 4, '${stage}', 'news', ${at(id + 1)}, ${at(id)}, ${at(id + 1)})`,
    )
    history.forEach(([action, from, to, by], index) =>
      rows.push(
        `INSERT INTO "stories_history" ("_order", "_parent_id", "id", "action", "from", "to", "by_id", "at")
           VALUES (${index + 1}, ${id}, 'h${id}-${index}', '${action}', '${from}', '${to}', ${by}, ${at(id, 9 + index)})`,
      ),
    )
  }
  rows.push(
    `INSERT INTO "stories_rels" ("order", "parent_id", "path", "media_id") VALUES (1, 4, 'photos', 1)`,
    `INSERT INTO "publications" ("id", "label", "story_id", "channel_id", "state", "scheduled_for", "external_id", "published_at", "attempts")
       VALUES (1, 'Bài cũ số 4 → Fanpage', 4, 2, 'published', ${at(5, 10)}, '${FACEBOOK_PAGE}_42', ${at(5, 10)}, 1)`,
    `INSERT INTO "shifts" ("id", "label", "day", "slot", "starts_at", "ends_at", "next_assignee")
       VALUES (1, '30/11 Ca sáng', '2026-11-30', 'Ca sáng', '2026-11-29T22:30:00.000Z', '2026-11-30T04:30:00.000Z', 0)`,
    `INSERT INTO "shifts_rels" ("order", "parent_id", "path", "users_id") VALUES (1, 1, 'assignees', 6)`,
    `INSERT INTO "inbox" ("id", "kind", "text", "from_sender_id", "from_name", "external_id", "page_id", "post_id", "received_at", "assignee_id", "state", "due_at", "story_id")
       VALUES (1, 'comment', 'Đường làm xong chưa ạ?', '9001', 'Người dân', 'c-1', '${FACEBOOK_PAGE}', '${FACEBOOK_PAGE}_42', ${at(6)}, 6, 'assigned', ${at(6, 9)}, 4)`,
    `INSERT INTO "notifications" ("id", "user_id", "kind", "title", "email_state", "email_attempts")
       VALUES (1, 4, 'published', 'Bài của bạn đã đăng', 'sent', 1), (2, 6, 'inbox_assigned', 'Có bình luận mới', 'pending', 0)`,
    `INSERT INTO "webhook_events" ("id", "dedupe_key", "payload", "received_at", "processed_at")
       VALUES (1, 'comment:c-1', '{"object":"page"}', ${at(6)}, ${at(6)})`,
  )
  return rows
}

/** PostgreSQL's serial counters do not move for rows given an id: set them past the old rows. */
const resetSequences = async (payload: Payload) => {
  if (sqlOf(payload).name !== 'postgres') return
  for (const table of [
    'units',
    'areas',
    'users',
    'media',
    'channels',
    'stories',
    'publications',
    'shifts',
    'inbox',
    'notifications',
    'webhook_events',
    'duty_settings',
  ])
    await run(payload, `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`)
}

/** Payload's REST handler, as Next's route calls it, with the user's token. */
const rest = async (payload: Payload, method: string, path: string, token: string, json?: unknown) => {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return { status: response.status, body: (await response.json()) as any }
}

const signIn = async (payload: Payload, email: string) => {
  const { token, user } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  return { token: token!, user }
}

let payload: Payload

beforeAll(async () => {
  database = await createTestDatabase()
  payload = await getPayload({ config: config() })
  const all = migrationsFor(payload)!
  const hardening = all.findIndex((migration) => migration.name.endsWith('_hardening'))
  expect(hardening).toBeGreaterThan(0)
  // Every committed migration after `hardening` is the pages work (one or several files).
  expect(all.length).toBeGreaterThan(hardening + 1)
  await payload.db.migrate({ migrations: all.slice(0, hardening + 1) as never })
  for (const raw of oldRows()) await run(payload, raw)
  await resetSequences(payload)
  await closePayload(payload)

  payload = await getPayload({ config: config() })
  await migrateDatabase(payload)
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
  await database.drop()
})

const districtPage = async () => {
  const { docs } = await payload.find({ collection: 'pages', depth: 0, limit: 0, pagination: false })
  return docs
}

test('the upgrade makes one district page, `huyen`, with the old duty slots and response target', async () => {
  const pages = await districtPage()
  expect(pages).toHaveLength(1)
  expect(pages[0]).toMatchObject({ slug: DEFAULT_PAGE_SLUG, level: 'district', responseTargetMinutes: 45 })
  expect(
    (pages[0]!.dutySlots as { name: string; start: string; end: string }[]).map(({ name, start, end }) => ({
      name,
      start,
      end,
    })),
  ).toEqual([
    { name: 'Ca sáng', start: '05:30', end: '11:30' },
    { name: 'Ca chiều', start: '11:30', end: '17:30' },
    { name: 'Ca tối', start: '17:30', end: '23:00' },
  ])
})

test('every row of every page-owned collection is in the district page, none lost', async () => {
  const [page] = await districtPage()
  const expected = {
    areas: 2,
    stories: 5,
    media: 1,
    channels: 2,
    publications: 1,
    shifts: 1,
    inbox: 1,
    notifications: 2,
    'webhook-events': 1,
  }
  for (const collection of PAGE_OWNED) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, select: { page: true } })
    expect({ collection, rows: docs.length }).toEqual({ collection, rows: expected[collection] })
    expect(docs.filter((doc) => String((doc as { page?: unknown }).page) !== String(page!.id))).toEqual([])
  }
  const story = await payload.findByID({ collection: 'stories', id: 4, depth: 0 })
  expect((story.history as { action: string }[]).map((entry) => entry.action)).toEqual([
    'submit',
    'claim',
    'forward',
    'approve',
    'publish_now',
    'auto_publish',
  ])
  expect(story.photos).toEqual([1])
})

test('channels and inbox items keep their Facebook page id', async () => {
  const facebook = await payload.findByID({ collection: 'channels', id: 2, depth: 0, showHiddenFields: true })
  expect(facebook).toMatchObject({ kind: 'facebook_page', pageId: FACEBOOK_PAGE, facebookPageId: FACEBOOK_PAGE })
  const found = await payload.find({ collection: 'channels', where: { facebookPageId: { equals: FACEBOOK_PAGE } } })
  expect(found.docs.map((doc) => doc.id)).toEqual([2])
  const inbox = await payload.findByID({ collection: 'inbox', id: 1, depth: 0 })
  expect(inbox).toMatchObject({ facebookPageId: FACEBOOK_PAGE, postId: `${FACEBOOK_PAGE}_42`, state: 'assigned' })
})

test('memberships are the old roles without admin, in the district page; admins stay admins', async () => {
  const [page] = await districtPage()
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, pagination: false, sort: 'id' })
  const seen = docs.map((user) => ({
    email: user.email,
    roles: [...(user.roles ?? [])].sort(),
    memberships: ((user.memberships ?? []) as { page: unknown; roles?: string[] }[]).map((membership) => ({
      page: String(membership.page),
      roles: [...(membership.roles ?? [])].sort(),
    })),
  }))
  expect(seen).toEqual(
    OLD_USERS.map((user) => {
      const pageRoles = user.roles.filter((role) => role !== 'admin').sort()
      return {
        email: user.email,
        roles: [...user.roles].sort(),
        memberships: pageRoles.length ? [{ page: String(page!.id), roles: pageRoles }] : [],
      }
    }),
  )
  const editor = docs.find((user) => user.email === 'bientap@old.local')!
  expect(editor.areas).toEqual([1])

  // The editor reads the names of the page's people, as the read rule finds them (the upgrade fills
  // `pageKeys`): everyone with a role in the page, and not the admin who has none.
  const signedIn = await signIn(payload, 'bientap@old.local')
  const people = await rest(payload, 'GET', '/api/users?depth=0&sort=id&limit=20', signedIn.token)
  expect(people.body.docs.map((user: { email: string }) => user.email)).toEqual(
    OLD_USERS.filter((user) => user.roles.some((role) => role !== 'admin')).map((user) => user.email),
  )
})

test('the app works on the upgraded data: each user reads their own stories and moves one on', async () => {
  const collaborator = await signIn(payload, 'ctv@old.local')
  const own = await payload.find({
    collection: 'stories',
    user: collaborator.user,
    overrideAccess: false,
    depth: 0,
    sort: 'id',
    limit: 0,
    pagination: false,
  })
  expect(own.docs.map((story) => story.id)).toEqual([1, 2, 3, 4, 5])

  // REST as Next serves it: the collaborator submits the old draft, the editor of its area claims it.
  const listed = await rest(payload, 'GET', '/api/stories?depth=0&sort=id&limit=10', collaborator.token)
  expect(listed.status).toBe(200)
  expect(listed.body.docs.map((story: { id: unknown }) => story.id)).toEqual([1, 2, 3, 4, 5])
  const submitted = await rest(payload, 'POST', '/api/stories/1/transition', collaborator.token, { action: 'submit' })
  expect(submitted).toMatchObject({ status: 200 })
  const editor = await signIn(payload, 'bientap@old.local')
  const claimed = await rest(payload, 'POST', '/api/stories/1/transition', editor.token, { action: 'claim' })
  expect(claimed).toMatchObject({ status: 200 })
  const story = await payload.findByID({ collection: 'stories', id: 1, depth: 0 })
  expect(story.stage).toBe('in_review')
  expect((story.history as { action: string }[]).map((entry) => entry.action)).toEqual(['submit', 'claim'])

  // A new story by an old user lands in the district page, next to the old ones.
  const [page] = await districtPage()
  const created = await rest(payload, 'POST', '/api/stories', collaborator.token, {
    title: 'Bài sau nâng cấp',
    area: 1,
  })
  expect(created.status).toBe(201)
  expect(String(created.body.doc.page?.id ?? created.body.doc.page)).toBe(String(page!.id))

  // The duty user still reads the inbox item assigned to them.
  const duty = await signIn(payload, 'truc@old.local')
  const inbox = await payload.find({ collection: 'inbox', user: duty.user, overrideAccess: false, depth: 0 })
  expect(inbox.docs.map((item) => item.id)).toEqual([1])
})
