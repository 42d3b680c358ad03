import type { Payload } from 'payload'

import { STAGES, type Stage } from '../../src/workflow/stages'
import { relationId } from '../../src/auth/actor'

type Id = string | number

export interface SeedStoriesOptions {
  count: number
  areas: readonly Id[]
  authors: readonly Id[]
  /** stageChangedAt is spread uniformly over this many days before now. */
  days?: number
  seed?: number
  /** Rows per INSERT statement. */
  batchSize?: number
  progressEvery?: number
  log: (message: string) => void
}

export interface SeedStoriesReport {
  method: 'drizzle-batch' | 'local-api'
  count: number
  seconds: number
  rowsPerSecond: number
  /** Stories per area id and per stage, to derive the expected size of a queue. */
  perAreaStage: Record<string, Record<Stage, number>>
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same newsroom. */
export const prng = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'Hội nghị',
  'sơ kết',
  'công tác',
  'xây dựng Đảng',
  'phường',
  'xã',
  'thanh niên',
  'phụ nữ',
  'nông thôn mới',
  'an sinh',
  'xã hội',
  'trao quà',
  'gia đình chính sách',
  'học tập',
  'làm theo',
  'tấm gương',
  'đạo đức',
  'phong cách',
  'Hồ Chí Minh',
  'chuyển đổi số',
  'cải cách hành chính',
  'dân vận khéo',
  'ra quân',
  'hè tình nguyện',
]

const sentence = (random: () => number, words: number) =>
  Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')

interface StoryRow {
  title: string
  summary: string
  format: 'news'
  area: Id
  author: Id
  /** The area's page: the rows skip the hook that sets it (belongsToPage). */
  page: Id | null
  stage: Stage
  stageChangedAt: string
  createdAt: string
  updatedAt: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Inserts `count` stories spread over the given areas, all ten stages and the last `days` days.
 * SQL databases get batched INSERTs through Payload's own Drizzle instance and table objects (the
 * schema the committed migrations created), in one transaction: ~20k rows take seconds instead of
 * the minutes the local API needs. Other adapters fall back to `payload.create`, eight at a time.
 */
export const seedStories = async (payload: Payload, options: SeedStoriesOptions): Promise<SeedStoriesReport> => {
  const { count, areas, authors, log } = options
  const days = options.days ?? 60
  const batchSize = options.batchSize ?? 1000
  const progressEvery = options.progressEvery ?? 2000
  const random = prng(options.seed ?? 20261128)
  const now = Date.now()

  const perAreaStage: SeedStoriesReport['perAreaStage'] = Object.fromEntries(
    areas.map((area) => [String(area), Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>]),
  )

  const areaDocs = await payload.find({
    collection: 'areas',
    where: { id: { in: [...areas] } },
    select: { page: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pageOfArea = new Map(
    (areaDocs.docs as unknown as { id: Id; page?: never }[]).map(
      (area) => [String(area.id), relationId(area.page)] as const,
    ),
  )

  const makeRow = (index: number): StoryRow => {
    const area = areas[Math.floor(random() * areas.length)]!
    const stage = STAGES[Math.floor(random() * STAGES.length)]!
    const stageChangedAt = now - Math.floor(random() * days * DAY_MS)
    const createdAt = stageChangedAt - Math.floor(random() * 3 * DAY_MS)
    perAreaStage[String(area)]![stage] += 1
    return {
      title: `${index + 1}. ${sentence(random, 6)}`,
      summary: sentence(random, 30),
      format: 'news',
      area,
      author: authors[Math.floor(random() * authors.length)]!,
      page: pageOfArea.get(String(area)) ?? null,
      stage,
      stageChangedAt: new Date(stageChangedAt).toISOString(),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(stageChangedAt).toISOString(),
    }
  }

  const started = performance.now()
  let done = 0
  let lastReported = 0
  const progress = () => {
    if (done - lastReported < progressEvery && done !== count) return
    lastReported = done
    const seconds = (performance.now() - started) / 1000
    log(`  seeded ${String(done).padStart(6)} / ${count} stories  (${Math.round(done / seconds)} rows/s)`)
  }

  const db = payload.db as unknown as {
    name: string
    drizzle?: SqlDatabase
    tables?: Record<string, unknown>
  }
  let method: SeedStoriesReport['method']

  if ((db.name === 'sqlite' || db.name === 'postgres') && db.drizzle && db.tables?.stories) {
    method = 'drizzle-batch'
    const table = db.tables.stories
    await db.drizzle.transaction(async (tx) => {
      while (done < count) {
        const rows = Array.from({ length: Math.min(batchSize, count - done) }, (_, offset) => makeRow(done + offset))
        await tx.insert(table).values(rows)
        done += rows.length
        progress()
      }
    })
  } else {
    method = 'local-api'
    const concurrency = 8
    let next = 0
    const worker = async () => {
      while (next < count) {
        const row = makeRow(next)
        next += 1
        // No user: the workflow hooks let server code set author, stage and stageChangedAt.
        await payload.create({ collection: 'stories', data: row as never, overrideAccess: true, depth: 0 })
        done += 1
        progress()
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
  }

  const seconds = (performance.now() - started) / 1000
  return { method, count, seconds, rowsPerSecond: Math.round(count / seconds), perAreaStage }
}

/** The part of a Drizzle database (SQLite or PostgreSQL flavour) that seeding uses. */
interface SqlDatabase {
  transaction: <T>(run: (tx: SqlDatabase) => Promise<T>) => Promise<T>
  insert: (table: unknown) => { values: (rows: readonly object[]) => Promise<unknown> }
}
