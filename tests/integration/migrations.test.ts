import fs from 'node:fs'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/db/close'
import { migrateDatabase, migrationsFor } from '../../src/db/migrate'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase
const secret = 'migration-test-secret'

const open = async () => getPayload({ config: buildNewsroomConfig({ databaseUri: database.uri, secret }) })

const ranMigrations = async (payload: Payload) =>
  (await payload.find({ collection: 'payload-migrations', limit: 0, sort: 'name' })).docs.map((doc) => doc.name)

/** A newsroom's worth of data written through Payload: an area, a user and a story with history. */
const writeData = async (payload: Payload) => {
  const area = await payload.create({ collection: 'areas', data: { name: 'Kinh tế' } })
  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'ctv@test.local',
      password: 'mat-khau-du-dai',
      name: 'Cộng tác viên',
      roles: ['collaborator'],
    } as never,
  })
  const story = await payload.create({
    collection: 'stories',
    data: {
      title: 'Bài trước khi nâng cấp',
      area: area.id,
      author: user.id,
      stage: 'submitted',
      history: [{ action: 'submit', from: 'draft', to: 'submitted', by: user.id, at: '2026-11-01T08:00:00.000Z' }],
    } as never,
  })
  return { story: story.id, user: user.id }
}

beforeEach(async () => {
  database = await createTestDatabase()
})
afterEach(async () => {
  await database.drop()
})

test('restarting on an existing database keeps every record and runs no migration twice', async () => {
  let payload = await open()
  await migrateDatabase(payload)
  const { story } = await writeData(payload)
  const before = await ranMigrations(payload)
  await closePayload(payload)

  payload = await open()
  await migrateDatabase(payload)
  expect(await ranMigrations(payload)).toEqual(before)
  const stored = await payload.findByID({ collection: 'stories', id: story, depth: 0 })
  expect(stored).toMatchObject({ title: 'Bài trước khi nâng cấp', stage: 'submitted' })
  expect(stored.history).toHaveLength(1)
  const login = await payload.login({
    collection: 'users',
    data: { email: 'ctv@test.local', password: 'mat-khau-du-dai' },
  })
  expect(login.token).toBeTruthy()
  await closePayload(payload)
})

/**
 * Rows as the first release wrote them, in that release's schema. Plain SQL, because today's Payload
 * config describes today's schema and cannot write the old one.
 */
const FIRST_RELEASE_ROWS = [
  `INSERT INTO "areas" ("id", "name") VALUES (1, 'Kinh tế')`,
  `INSERT INTO "users" ("id", "name", "email") VALUES (1, 'Cộng tác viên', 'ctv@test.local')`,
  `INSERT INTO "users_roles" ("order", "parent_id", "value") VALUES (1, 1, 'collaborator')`,
  `INSERT INTO "stories" ("id", "title", "area_id", "author_id", "stage", "stage_changed_at")
     VALUES (1, 'Bài trước khi nâng cấp', 1, 1, 'submitted', '2026-11-01T08:00:00.000Z')`,
  `INSERT INTO "stories_history" ("_order", "_parent_id", "id", "action", "from", "to", "by_id", "at")
     VALUES (1, 1, 'h1', 'submit', 'draft', 'submitted', 1, '2026-11-01T08:00:00.000Z')`,
]

test('a database made by the first release is upgraded by every later migration without losing data', async () => {
  let payload = await open()
  const all = migrationsFor(payload)!
  expect(all.length).toBeGreaterThan(1)
  await payload.db.migrate({ migrations: all.slice(0, 1) as never })
  const db = payload.db as unknown as {
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
    drizzle: unknown
  }
  for (const raw of FIRST_RELEASE_ROWS) await db.execute({ drizzle: db.drizzle, raw })
  const [story, user] = [1, 1]
  await closePayload(payload)

  payload = await open()
  await migrateDatabase(payload)
  expect(await ranMigrations(payload)).toEqual(all.map((migration) => migration.name))
  const stored = await payload.findByID({ collection: 'stories', id: story, depth: 0 })
  expect(stored.title).toBe('Bài trước khi nâng cấp')
  expect(stored.history).toMatchObject([{ action: 'submit', from: 'draft', to: 'submitted', by: user }])
  // What the later migrations added works on the old data.
  const channel = await payload.create({ collection: 'channels', data: { name: 'Xem trước', kind: 'local_feed' } })
  const publication = await payload.create({
    collection: 'publications',
    data: { story, channel: channel.id, state: 'queued', scheduledFor: new Date().toISOString() } as never,
  })
  expect(publication.state).toBe('queued')
  await closePayload(payload)
})

test('the committed migrations describe exactly the schema the collections define', async () => {
  const payload = await open()
  const db = payload.db as unknown as {
    name: string
    schema: unknown
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    }
  }
  const dir = path.resolve('migrations', db.name)
  const latest = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)!
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const committed = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
  // Empty when nothing changed since the last `npm run migrate:create`; otherwise, the missing SQL.
  expect(await generateMigration(committed, await generateDrizzleJson(db.schema))).toEqual([])
  await closePayload(payload)
})
