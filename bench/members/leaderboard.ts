import { isDeepStrictEqual } from 'node:util'

import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Executing } from '../../src/network/sqlFigures'
import { leaderboard } from '../../src/recognition/leaderboard'
import { addDays, localDay } from '../../src/time/vietnam'
import type { Id } from '../../src/workflow/roles'
import { prng } from '../lib/seedStories'
import { interleaved, roundSummary, summarize, type Summary } from '../lib/stats'

const ROWS_PER_INSERT = 500
const MONTHS = 12
const KINDS = [
  ['shared', 0.45],
  ['reacted', 0.6],
  ['commented', 0.2],
] as const

export interface LeaderboardPeriodResult {
  period: string
  samples: number
  sql: Summary
  localApi: Summary
  /** localApi p95 / sql p95. */
  ratioP95: number
  agree: boolean
}

export interface LeaderboardRun {
  members: number
  actions: number
  stories: number
  seedSeconds: number
  periods: LeaderboardPeriodResult[]
}

/** Inserts rows in statements of ROWS_PER_INSERT, printing progress every tenth of the way. */
const bulkInsert = async (
  run: (statement: SQL) => Promise<unknown>,
  head: SQL,
  rows: SQL[],
  label: string,
  log: (line: string) => void,
) => {
  const step = Math.max(ROWS_PER_INSERT, Math.ceil(rows.length / 10 / ROWS_PER_INSERT) * ROWS_PER_INSERT)
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await run(sql`${head} VALUES ${sql.join(rows.slice(start, start + ROWS_PER_INSERT), sql`, `)}`)
    const done = Math.min(rows.length, start + ROWS_PER_INSERT)
    if (done % step === 0 || done === rows.length) log(`    ${label}: ${done} / ${rows.length}`)
  }
}

/** The first local day of the month `back` months before `day`'s month. */
const monthStart = (day: string, back: number) => {
  const [year, month] = day.split('-').map(Number) as [number, number]
  const index = year * 12 + (month - 1) - back
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/**
 * Seeds `members` members of one page over `units`, a campaign a month for twelve months with each
 * member's actions (share 45 %, react 60 %, comment 20 % a month), and published stories by a few
 * members' logins, all by bulk SQL inserts; then times the page's leaderboard (last month, whole year)
 * counted by SQL against the local-API path, interleaved (fewer rounds for the year).
 */
export const measureLeaderboard = async (
  payload: Payload,
  options: { page: Id; units: Id[]; members: number; samples: number; log: (line: string) => void },
): Promise<LeaderboardRun> => {
  const { page, samples, log } = options
  const seeded = await seedLeaderboard(payload, options)
  const today = localDay(new Date())
  const firstDay = monthStart(today, MONTHS - 1)
  const lastMonth = monthStart(today, 1)
  const periods = [
    { period: 'last month', from: lastMonth, to: monthStart(today, 0), samples },
    { period: 'twelve months', from: firstDay, to: addDays(today, 1), samples: Math.max(2, Math.ceil(samples / 4)) },
  ]
  const results: LeaderboardPeriodResult[] = []
  for (const { period, from, to, samples: count } of periods) {
    const bySql = () => leaderboard(payload, page, from, to, 20, 'database')
    const local = () => leaderboard(payload, page, from, to, 20, 'localApi')
    const agree = isDeepStrictEqual(await bySql(), await local())
    log(`  ${period} [${from}, ${to}): both ways ${agree ? 'agree' : 'DISAGREE'}; ${count} samples each, interleaved`)
    const timings = await interleaved({ sql: bySql, localApi: local }, count, (round) => {
      if (round % 5 === 0 || round === count) log(`    ${round} / ${count}`)
    })
    const sqlSummary = roundSummary(summarize(timings.wall.sql!))
    const localSummary = roundSummary(summarize(timings.wall.localApi!))
    results.push({
      period,
      samples: count,
      sql: sqlSummary,
      localApi: localSummary,
      ratioP95: Math.round((localSummary.p95 / sqlSummary.p95) * 10) / 10,
      agree,
    })
  }
  return { ...seeded, periods: results }
}

/** The bench's data (see `measureLeaderboard`), by bulk SQL inserts with progress. */
export const seedLeaderboard = async (
  payload: Payload,
  options: { page: Id; units: Id[]; members: number; log: (line: string) => void },
) => {
  const { page, units, members, log } = options
  const db = payload.db as unknown as Executing
  const run = async (statement: SQL) => (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
  const random = prng(members)
  const started = performance.now()
  const today = localDay(new Date())
  const at = (day: string, minute: number) =>
    new Date(new Date(`${day}T08:00:00+07:00`).getTime() + minute * 60_000).toISOString()

  log(`  seeding ${members} members over ${units.length} units…`)
  const authors: Id[] = []
  for (let index = 0; index < 20; index += 1) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `leaderboard-${index}-${String(page)}@bench.local`,
        password: `bench-${index}-${Date.now()}`,
        name: `Tác giả ${index}`,
        memberships: [{ page, roles: ['collaborator'] }],
      } as never,
      overrideAccess: true,
    })
    authors.push(user.id as Id)
  }
  await bulkInsert(
    run,
    sql`INSERT INTO "members" ("full_name", "unit_id", "user_id", "page_id")`,
    Array.from(
      { length: members },
      (_, index) =>
        sql`(${`Hội viên ${index + 1}`}, ${units[index % units.length]!}, ${authors[index] ?? null}, ${page})`,
    ),
    'members',
    log,
  )
  const memberRows = await run(sql`SELECT "id", "unit_id" FROM "members" WHERE "page_id" = ${page} ORDER BY "id"`)

  const channel = await payload.create({
    collection: 'channels',
    data: { name: 'Trang tin (bench)', kind: 'local_feed', page } as never,
  })
  let actions = 0
  for (let month = 0; month < MONTHS; month += 1) {
    const from = monthStart(today, MONTHS - 1 - month)
    const story = await payload.create({
      collection: 'stories',
      data: { title: `Bài chiến dịch ${from.slice(0, 7)}`, stage: 'published', page } as never,
    })
    const publication = await payload.create({
      collection: 'publications',
      data: { story: story.id, channel: channel.id, state: 'published', scheduledFor: at(from, 0), page } as never,
    })
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        title: `Chiến dịch ${from.slice(0, 7)}`,
        publication: publication.id,
        startsAt: at(from, 0),
        endsAt: at(addDays(from, 27), 0),
        page,
      } as never,
    })
    const rows: SQL[] = []
    for (const member of memberRows) {
      for (const [kind, share] of KINDS) {
        if (random() >= share) continue
        const when = at(addDays(from, Math.floor(random() * 27)), Math.floor(random() * 600))
        rows.push(sql`(${campaign.id}, ${member.id as Id}, ${member.unit_id as Id}, ${kind}, ${when}, ${page})`)
      }
    }
    await bulkInsert(
      run,
      sql`INSERT INTO "campaign_actions" ("campaign_id", "member_id", "unit_id", "kind", "at", "page_id")`,
      rows,
      'actions',
      () => {},
    )
    actions += rows.length
    log(`    campaign ${month + 1} / ${MONTHS} (${from.slice(0, 7)}): ${rows.length} actions, ${actions} in all`)
  }
  const stories = Array.from({ length: MONTHS * 40 }, (_, index) => {
    const day = addDays(monthStart(today, MONTHS - 1 - (index % MONTHS)), index % 27)
    return sql`(${`Bài ${index + 1}`}, 'published', ${authors[index % authors.length]!}, ${at(day, index)}, ${page})`
  })
  await bulkInsert(
    run,
    sql`INSERT INTO "stories" ("title", "stage", "author_id", "stage_changed_at", "page_id")`,
    stories,
    'stories',
    log,
  )
  const seedSeconds = (performance.now() - started) / 1000
  log(`  seeded in ${seedSeconds.toFixed(1)} s`)

  return { members, actions, stories: stories.length, seedSeconds }
}
