import { isDeepStrictEqual } from 'node:util'

import type { Payload } from 'payload'

import { type FiguresQuery, networkFigures } from '../../src/network/figures'
import { thisMonth } from '../../src/network/windows'
import type { SeededPage } from '../../src/seed/network'
import { roundSummary, summarize, type Summary } from '../lib/stats'
import { interleaved } from '../lib/stats'

export interface DashboardPeriodResult {
  period: string
  samples: number
  /** The aggregate SQL of src/network/sqlFigures.ts (what the district view runs). */
  sql: Summary
  /** The same figures counted from documents fetched through Payload's local API (localFigures.ts). */
  localApi: Summary
  /** localApi p95 / sql p95: how many times faster the dashboard is than the local API way. */
  ratioP95: number
  ratioP50: number
  /** Both ways give the same figures. */
  agree: boolean
}

const YEAR_MS = 365 * 86_400_000

/**
 * The district view's figures for every page, as the dashboard asks for them (this month), and over the
 * whole seeded year (the heaviest period anyone can pick): the SQL aggregates against the local API
 * path, interleaved so that machine noise lands on both.
 */
export const measureDashboard = async (
  payload: Payload,
  pages: readonly SeededPage[],
  options: { samples: number; now: Date; log: (line: string) => void },
): Promise<DashboardPeriodResult[]> => {
  const { samples, now, log } = options
  const ids = pages.map((page) => page.id)
  const periods: { period: string; query: FiguresQuery; samples: number }[] = [
    { period: 'this month', query: { pages: ids, ...thisMonth(now), now }, samples },
    {
      period: 'whole year',
      query: { pages: ids, from: new Date(now.getTime() - YEAR_MS), to: now, now },
      // Each local-API round over a year reads every story with its history: a few rounds are enough.
      samples: Math.max(2, Math.ceil(samples / 5)),
    },
  ]
  const results: DashboardPeriodResult[] = []
  for (const { period, query, samples: count } of periods) {
    const sql = () => networkFigures(payload, query, 'database')
    const local = () => networkFigures(payload, query, 'localApi')
    const agree = isDeepStrictEqual(await sql(), await local())
    log(`  ${period}: both ways ${agree ? 'agree' : 'DISAGREE'}; ${count} samples each, interleaved`)
    const timings = await interleaved({ sql, localApi: local }, count, (round) => {
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
      ratioP50: Math.round((localSummary.p50 / sqlSummary.p50) * 10) / 10,
      agree,
    })
  }
  return results
}
