import { makePage } from '../../tests/helpers/pages'
import { startNewsroom } from '../../tests/helpers/newsroom'
import { ms, table } from '../lib/stats'
import { booleanFlag, numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from '../lib/types'
import { type ImportRun, measureImport, measureOneByOne } from './import'
import { type LeaderboardRun, measureLeaderboard } from './leaderboard'

/** 30,000 rows may take at most this many times the time of 3,000 (10× is linear). */
const TARGET_GROWTH = 13

const UNITS = Array.from({ length: 15 }, (_, index) => `Chi bộ ${index + 1}`)

const seconds = (value: number) => (value / 1000).toFixed(2)

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const small = numberFlag(flags, 'small', 3000)
  const large = numberFlag(flags, 'large', 30000)
  const sample = numberFlag(flags, 'sample', 200)
  const members = numberFlag(flags, 'members', 30000)
  const leaderboardSamples = numberFlag(flags, 'leaderboard-samples', 20)
  const importParts = booleanFlag(flags, 'import', true)

  log(`starting a fresh ${db} newsroom…`)
  const newsroom = await startNewsroom()
  try {
    for (const name of UNITS) await newsroom.payload.create({ collection: 'units', data: { name } })
    const importAndCompare = async () => {
      const runs: ImportRun[] = []
      for (const rows of [small, large]) {
        const page = (await makePage(newsroom, `Import ${rows}`)).id
        log(`\nimporting ${rows} rows (CSV → plan → one batched transaction), then the same file again…`)
        const result = await measureImport(newsroom.payload, { page, units: UNITS, rows, log })
        log(
          `  ${seconds(result.totalMs)} s, ${result.rowsPerSecond} rows/s, peak RSS ${result.peakRssMB.toFixed(0)} MB`,
        )
        runs.push(result)
      }
      log(`\nbaseline: ${sample} rows made one by one through the local API (hooks and access on)…`)
      const page = (await makePage(newsroom, 'One by one')).id
      const oneByOneMs = await measureOneByOne(newsroom.payload, { page, units: UNITS, rows: sample })
      const perRowMs = oneByOneMs / sample
      const [first, second] = runs as [ImportRun, ImportRun]
      const growth = second.totalMs / first.totalMs
      const sizeRatio = second.rows / first.rows

      log(
        `\n${table(
          [
            'rows',
            'file KB',
            'parse s',
            'plan s',
            'commit s',
            'total s',
            'rows/s',
            'peak RSS MB',
            're-import s',
            're-import writes',
          ],
          runs.map((entry) => [
            String(entry.rows),
            (entry.bytes / 1024).toFixed(0),
            seconds(entry.parseMs),
            seconds(entry.planMs),
            seconds(entry.commitMs),
            seconds(entry.totalMs),
            String(entry.rowsPerSecond),
            entry.peakRssMB.toFixed(0),
            seconds(entry.reimportMs),
            String(entry.reimportWrites),
          ]),
        )}`,
      )
      log(
        `one by one (local API): ${perRowMs.toFixed(1)} ms a row → ${seconds(perRowMs * first.rows)} s for ${first.rows} rows ` +
          `(extrapolated from ${sample}); the import: ${seconds(first.totalMs)} s (${((perRowMs * first.rows) / first.totalMs).toFixed(1)}× faster)`,
      )
      log(`growth ${first.rows} → ${second.rows} rows: ${growth.toFixed(2)}× the time for ${sizeRatio}× the rows`)
      return {
        pass: growth <= TARGET_GROWTH * (sizeRatio / 10) && runs.every((entry) => entry.reimportWrites === 0),
        headline: `${first.rows} rows in ${seconds(first.totalMs)} s, ${second.rows} in ${seconds(second.totalMs)} s (growth ${growth.toFixed(2)}×); one by one ${seconds(perRowMs * first.rows)} s`,
        result: { runs, baseline: { sample, perRowMs, extrapolatedMs: perRowMs * first.rows }, growth },
      }
    }
    const leaderboardPart = async (): Promise<LeaderboardRun> => {
      log(`\nleaderboard: ${members} members × 12 months of campaign actions, SQL aggregates vs the local API`)
      const page = (await makePage(newsroom, 'Leaderboard')).id
      const units = (
        await newsroom.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false })
      ).docs.map((unit) => unit.id)
      const board = await measureLeaderboard(newsroom.payload, {
        page,
        units,
        members,
        samples: leaderboardSamples,
        log,
      })
      log(
        `\n${table(
          ['period', 'samples', 'SQL p50 ms', 'SQL p95 ms', 'local API p50 ms', 'local API p95 ms', 'p95 ×', 'agree'],
          board.periods.map((period) => [
            period.period,
            String(period.samples),
            ms(period.sql.p50),
            ms(period.sql.p95),
            ms(period.localApi.p50),
            ms(period.localApi.p95),
            String(period.ratioP95),
            period.agree ? 'yes' : 'NO',
          ]),
        )}`,
      )
      log(
        `(${board.members} members, ${board.actions} actions, ${board.stories} stories seeded in ${board.seedSeconds.toFixed(1)} s)`,
      )
      return board
    }
    const imported = importParts ? await importAndCompare() : null
    const board = await leaderboardPart()
    const month = board.periods[0]!
    return {
      pass: (imported?.pass ?? true) && board.periods.every((period) => period.agree),
      headline:
        `${imported ? `${imported.headline}; ` : ''}leaderboard of ${members} members (month) ` +
        `SQL p95 ${ms(month.sql.p95)} ms vs local API ${ms(month.localApi.p95)} ms (${month.ratioP95}×)`,
      result: { import: imported?.result ?? null, leaderboard: board },
    }
  } finally {
    await newsroom.stop()
  }
}

export const benchmark: Benchmark = {
  name: 'members',
  description:
    'member import: 3,000 and 30,000 rows (time, RSS, rows/s, growth) against one-by-one local API creates; ' +
    'leaderboard of 30,000 members × 12 months: SQL vs local API p95 (--members, --leaderboard-samples, --no-import)',
  run,
}

export { measureImport, measureOneByOne } from './import'
