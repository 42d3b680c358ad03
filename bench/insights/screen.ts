/**
 * The insights screen's queries over two years of posts: 5,000 stories published over 730 days, each
 * read daily for its first 90 days (the collector's window) in five metrics — 2.25 million
 * `post-metrics` rows — plus the page's daily figures. For three periods (a month, a quarter, a year)
 * it measures, interleaved in the same run:
 *
 * - `sql`: the figures of the period's posts as the screen gets them (`loadPostFigures`: metric rows
 *   reduced in the database, one row per post back);
 * - `localApi`: the same figures through Payload's local API (`postFiguresLocal`, MongoDB's path:
 *   publications, stories, then every metric row of those posts into the process);
 * - `overview`: the whole `GET /api/insights/overview` over HTTP (posts, breakdowns, followers,
 *   rebuttals, inbox) as the board's browser asks for it.
 *
 *   npm run bench -- insights --part screen [--db postgres] [--posts 5000] [--days 90] [--samples 40] [--local-samples 8]
 */
import { addDays, localDay } from '../../src/time/vietnam'
import { loadPostFigures, postFiguresLocal } from '../../src/insights/figures/postFigures'
import { startNewsroom } from '../../tests/helpers/newsroom'
import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { prng } from '../lib/seedStories'
import { interleaved, ms, roundSummary, summarize, table, type Summary } from '../lib/stats'
import type { InsightsBenchPart } from '../insights'
import { numberFlag, type BenchContext, type BenchOutcome } from '../lib/types'

/** The screen's figures must come back at least this many times faster than through the local API. */
export const TARGET_SPEEDUP = 5

/** Each metric as a share of the post's reach (views count every view; engagement is a sliver). */
const METRIC_SHARES = [
  ['post_total_media_view_unique', 1],
  ['post_media_view', 1.6],
  ['reactions', 0.01],
  ['comments', 0.002],
  ['shares', 0.001],
] as const
const FORMATS = ['news', 'photo', 'poster', 'infographic', 'video', 'rebuttal'] as const
const AREAS = 8
const UNITS = 15
const AUTHORS = 40
const PERIOD_DAYS = 730

type Id = string | number
interface SqlDb {
  transaction: <T>(run: (tx: SqlDb) => Promise<T>) => Promise<T>
  insert: (table: unknown) => {
    values: (rows: readonly object[]) => { returning?: (f: object) => Promise<{ id: Id }[]> } & Promise<unknown>
  }
}

/** One statement that returns nothing, on either SQL adapter. */
const execSql = async (payload: Payload, query: SQL) => {
  const db = (
    payload.db as unknown as { drizzle: { run?: (q: SQL) => Promise<unknown>; execute?: (q: SQL) => Promise<unknown> } }
  ).drizzle
  await (payload.db.name === 'postgres' ? db.execute!(query) : db.run!(query))
}

/** Inserts rows in batches of `size` inside one transaction, through Payload's Drizzle and its tables. */
const insertAll = async (
  tx: SqlDb,
  table: unknown,
  rows: () => Generator<object>,
  size: number,
  onBatch: (count: number) => void,
) => {
  let batch: object[] = []
  for (const row of rows()) {
    batch.push(row)
    if (batch.length === size) {
      await tx.insert(table).values(batch)
      onBatch(batch.length)
      batch = []
    }
  }
  if (batch.length > 0) {
    await tx.insert(table).values(batch)
    onBatch(batch.length)
  }
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const postCount = numberFlag(flags, 'posts', 5_000)
  const collectDays = numberFlag(flags, 'days', 90)
  const samples = numberFlag(flags, 'samples', 40)
  const localSamples = numberFlag(flags, 'local-samples', 8)
  const warmup = numberFlag(flags, 'warmup', 3)

  log(`starting a fresh ${db} newsroom…`)
  const newsroom = await startNewsroom()
  try {
    const { payload } = newsroom
    const internals = payload.db as unknown as { drizzle: SqlDb; tables: Record<string, unknown> }
    const random = prng(20261201)
    const today = localDay(new Date())
    const firstDay = addDays(today, -PERIOD_DAYS)

    const areas: Id[] = []
    for (let index = 0; index < AREAS; index += 1) areas.push(await newsroom.makeArea(`Mảng ${index + 1}`))
    const units: Id[] = []
    for (let index = 0; index < UNITS; index += 1) {
      units.push((await payload.create({ collection: 'units', data: { name: `Chi bộ ${index + 1}` } as never })).id)
    }
    const authors: Id[] = []
    for (let index = 0; index < AUTHORS; index += 1) {
      authors.push((await newsroom.makeUser(['collaborator'], { unit: units[index % UNITS] })).id)
    }
    const channel = (
      await payload.create({ collection: 'channels', data: { name: 'Trang', kind: 'local_feed' } as never })
    ).id
    const board = await newsroom.makeUser(['board'])
    // Everything belongs to the district page, the board member's: the screen reads their page only.
    const page = (await payload.find({ collection: 'pages', select: {}, depth: 0, limit: 1 })).docs[0]!.id

    log(
      `seeding ${postCount} published stories over ${PERIOD_DAYS} days, ${collectDays} daily rows × ${METRIC_SHARES.length} metrics each…`,
    )
    const started = performance.now()
    const published = Array.from({ length: postCount }, (_, index) => {
      const day = addDays(firstDay, Math.floor((index / postCount) * PERIOD_DAYS))
      const at = new Date(`${day}T${String(5 + Math.floor(random() * 16)).padStart(2, '0')}:00:00+07:00`)
      return { day, at: at.toISOString() }
    })
    let metricRows = 0
    const stamp = new Date().toISOString()
    await internals.drizzle.transaction(async (tx) => {
      await insertAll(
        tx,
        internals.tables.stories,
        function* () {
          for (const [index, post] of published.entries()) {
            yield {
              title: `${index + 1}. Bài số liệu`,
              format: FORMATS[index % FORMATS.length],
              area: areas[index % AREAS],
              author: authors[Math.floor(random() * AUTHORS)],
              stage: 'published',
              stageChangedAt: post.at,
              page,
              createdAt: stamp,
              updatedAt: stamp,
            }
          }
        },
        1_000,
        () => undefined,
      )
    })
    // Ids in insertion order: the stories and their publications are numbered alike on a fresh database.
    const storyIds = (
      await payload.find({ collection: 'stories', sort: 'id', select: {}, depth: 0, limit: 0, pagination: false })
    ).docs.map((doc) => doc.id)
    await internals.drizzle.transaction(async (tx) => {
      await insertAll(
        tx,
        internals.tables.publications,
        function* () {
          for (const [index, post] of published.entries()) {
            yield {
              story: storyIds[index],
              channel,
              state: 'published',
              scheduledFor: post.at,
              publishedAt: post.at,
              attempts: 1,
              page,
              createdAt: stamp,
              updatedAt: stamp,
            }
          }
        },
        1_000,
        () => undefined,
      )
    })
    // 2.25 million rows: generated by the database itself from the publications (one statement), as
    // the collector would have written them day by day — a post's figures growing over its first week.
    const ages = Array.from({ length: collectDays }, (_, age) => age)
    await execSql(
      payload,
      db === 'postgres'
        ? sql`INSERT INTO post_metrics (publication_id, story_id, channel_id, page_id, metric, day, value, updated_at, created_at)
            SELECT p.id, p.story_id, p.channel_id, p.page_id, m.metric,
                   to_char((p.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + a.n, 'YYYY-MM-DD'),
                   round((2000 + (p.id * 7919) % 4000000) * least(1.0, (a.n + 1) / 7.0) * m.share), now(), now()
            FROM publications p
            CROSS JOIN generate_series(0, ${collectDays - 1}) AS a(n)
            CROSS JOIN (VALUES ${sql.raw(METRIC_SHARES.map(([metric, share]) => `('${metric}', ${share})`).join(', '))}) AS m(metric, share)
            WHERE (p.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + a.n <= ${today}::date`
        : sql`INSERT INTO post_metrics (publication_id, story_id, channel_id, page_id, metric, day, value, updated_at, created_at)
            SELECT p.id, p.story_id, p.channel_id, p.page_id, m.metric, date(p.published_at, '+7 hours', '+' || a.n || ' days'),
                   round((2000 + (p.id * 7919) % 4000000) * min(1.0, (a.n + 1) / 7.0) * m.share), ${stamp}, ${stamp}
            FROM publications p
            CROSS JOIN (${sql.raw(ages.map((age) => `SELECT ${age} AS n`).join(' UNION ALL '))}) a
            CROSS JOIN (${sql.raw(METRIC_SHARES.map(([metric, share]) => `SELECT '${metric}' AS metric, ${share} AS share`).join(' UNION ALL '))}) m
            WHERE date(p.published_at, '+7 hours', '+' || a.n || ' days') <= ${today}`,
    )
    metricRows = (await payload.count({ collection: 'post-metrics' as never })).totalDocs
    await internals.drizzle.transaction(async (tx) => {
      await insertAll(
        tx,
        internals.tables.page_metrics,
        function* () {
          for (let age = 0; age <= PERIOD_DAYS; age += 1) {
            const day = addDays(firstDay, age)
            yield {
              channel,
              page,
              metric: 'page_follows',
              day,
              value: 20_000 + age * 18,
              createdAt: stamp,
              updatedAt: stamp,
            }
            yield {
              channel,
              page,
              metric: 'page_total_media_view_unique',
              day,
              value: 100_000 + Math.floor(random() * 900_000),
              createdAt: stamp,
              updatedAt: stamp,
            }
          }
        },
        1_000,
        () => undefined,
      )
    })
    const seedSeconds = (performance.now() - started) / 1000
    log(`  seeded ${metricRows} metric rows in ${seedSeconds.toFixed(1)} s`)
    if (db === 'postgres')
      await (payload.db as unknown as { pool: { query: (q: string) => Promise<unknown> } }).pool.query('ANALYZE')

    const periods = [
      { name: 'month', from: addDays(today, -30), to: today },
      { name: 'quarter', from: addDays(today, -91), to: today },
      { name: 'year', from: addDays(today, -365), to: today },
    ]
    const results: Record<
      string,
      { posts: number; sql: Summary; overview: Summary; localApi: Summary | null; speedup: number | null }
    > = {}
    for (const period of periods) {
      const query = { from: period.from, to: period.to, area: null, format: null, unit: null, author: null, page: null }
      const posts = (await loadPostFigures(payload, query, null)).length
      const overviewPath = `/api/insights/overview?from=${period.from}&to=${period.to}`
      const variants = {
        sql: () => loadPostFigures(payload, query, null),
        overview: async () => {
          const response = await newsroom.api('GET', overviewPath, { token: board.token })
          if (response.status !== 200 || response.body.totals.posts !== posts) {
            throw new Error(`overview: ${response.status}, ${response.body?.totals?.posts} posts instead of ${posts}`)
          }
        },
      }
      log(`${period.name} (${period.from} → ${period.to}, ${posts} posts): ${samples} samples each…`)
      // The server closes a keep-alive socket idle for 2 minutes (the local API's samples can take
      // that long): one request first, whose failure on such a socket is no measurement.
      await newsroom.api('GET', overviewPath, { token: board.token }).catch(() => undefined)
      await interleaved(variants, warmup)
      const timed = await interleaved(variants, samples)
      // The local API reads every metric row of the period's posts: fewer samples, the same query.
      let localApi: Summary | null = null
      if (localSamples > 0 && period.name !== 'year') {
        log(`  local API: ${localSamples} samples…`)
        const local = await interleaved({ localApi: () => postFiguresLocal(payload, query, null) }, localSamples)
        localApi = roundSummary(summarize(local.wall.localApi!))
      }
      const sql = roundSummary(summarize(timed.wall.sql!))
      results[period.name] = {
        posts,
        sql,
        overview: roundSummary(summarize(timed.wall.overview!)),
        localApi,
        speedup: localApi ? Math.round((localApi.p95 / sql.p95) * 10) / 10 : null,
      }
      log(
        `  p95: sql ${ms(sql.p95)} ms, overview ${ms(results[period.name]!.overview.p95)} ms, local API ${localApi ? ms(localApi.p95) : '–'} ms`,
      )
    }
    log(
      table(
        ['period', 'posts', 'sql p95 ms', 'overview (HTTP) p95 ms', 'local API p95 ms', 'local / sql'],
        Object.entries(results).map(([name, result]) => [
          name,
          String(result.posts),
          ms(result.sql.p95),
          ms(result.overview.p95),
          result.localApi ? ms(result.localApi.p95) : 'not run',
          result.speedup ? `${result.speedup}×` : '–',
        ]),
      ),
    )
    const pass = Object.values(results).every((result) => result.speedup === null || result.speedup >= TARGET_SPEEDUP)
    return {
      pass,
      headline: `month p95 ${ms(results.month!.sql.p95)} ms (local API ${results.month!.localApi ? ms(results.month!.localApi.p95) : '–'} ms), year overview ${ms(results.year!.overview.p95)} ms`,
      result: {
        posts: postCount,
        metricRows,
        collectDays,
        seedSeconds: Math.round(seedSeconds),
        samples,
        localSamples,
        periods: results,
      },
    }
  } finally {
    await newsroom.stop()
  }
}

/** A part of `npm run bench -- insights` (`bench/insights.ts`); `--part screen` runs this one alone. */
export const part: InsightsBenchPart = { name: 'screen', run }
