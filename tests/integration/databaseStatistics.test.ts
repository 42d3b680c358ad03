import { refreshStatistics } from '../../src/db/statistics'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { createStory } from '../helpers/stories'

let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom()
})
afterAll(async () => {
  await newsroom?.stop()
})

type Sqlite = { name: string; client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }

// SQLite's planner picks the queue's index from these statistics (src/db/statistics.ts).
test('refreshing the statistics records the stories indexes on SQLite, and is harmless elsewhere', async () => {
  const area = await newsroom.makeArea()
  const author = await newsroom.makeUser(['collaborator'])
  for (const title of ['Một', 'Hai', 'Ba']) await createStory(newsroom, author, { area, title })

  await refreshStatistics(newsroom.payload)
  // Twice: a refresh replaces the figures of the last one.
  await refreshStatistics(newsroom.payload)

  const db = newsroom.payload.db as unknown as Sqlite
  if (db.name !== 'sqlite') return
  const { rows } = await db.client!.execute(`select idx, stat from sqlite_stat1 where tbl = 'stories'`)
  const indexes = rows.map((row) => String(row.idx))
  expect(indexes).toEqual(
    expect.arrayContaining(['area_stage_stageChangedAt_page_author_idx', 'page_stage_stageChangedAt_idx']),
  )
  // The first figure of each is the table's row count.
  expect(rows.every((row) => String(row.stat).startsWith('3 '))).toBe(true)
})
