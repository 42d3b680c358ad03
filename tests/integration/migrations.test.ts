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
    data: { email: 'ctv@test.local', password: 'mat-khau-du-dai', name: 'Cộng tác viên', roles: ['collaborator'] } as never,
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
  const login = await payload.login({ collection: 'users', data: { email: 'ctv@test.local', password: 'mat-khau-du-dai' } })
  expect(login.token).toBeTruthy()
  await closePayload(payload)
})

test('a database made by an older version is upgraded by the later migrations without losing data', async () => {
  let payload = await open()
  const all = migrationsFor(payload)!
  expect(all.length).toBeGreaterThan(1)
  await payload.db.migrate({ migrations: all.slice(0, 1) as never })
  const { story, user } = await writeData(payload)
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
