import type { Payload } from 'payload'

import { commitPlan } from '../../src/members/import/commit'
import { loadPlanContext } from '../../src/members/import/context'
import { membersCsv, readMemberFile } from '../../src/members/import/files'
import { planImport } from '../../src/members/import/plan'
import type { MemberScope } from '../../src/members/import/scope'
import { demoMemberRows } from '../../src/seed/demoMembers'
import type { Id } from '../../src/workflow/roles'
import { peakResidentMB } from '../lib/processMemory'

export interface ImportRun {
  rows: number
  bytes: number
  parseMs: number
  planMs: number
  commitMs: number
  totalMs: number
  rowsPerSecond: number
  peakRssMB: number
  /** The same file imported again: planned, nothing written. */
  reimportMs: number
  reimportWrites: number
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now()
  const value = await work()
  return [value, performance.now() - started]
}

/**
 * One import of `rows` made-up members as a CSV file into a fresh `page`: reading the file, planning
 * against the page, the batched commit, then the same file again (which must write nothing).
 */
export const measureImport = async (
  payload: Payload,
  options: { page: Id; units: readonly string[]; rows: number; log: (line: string) => void },
): Promise<ImportRun> => {
  const file = new TextEncoder().encode(membersCsv(demoMemberRows(options.rows, options.units)))
  const scope: MemberScope = { page: options.page, onlyUnit: null }
  const { value, peakMB } = await peakResidentMB(process.pid, async () => {
    const [rows, parseMs] = await timed(async () => (await readMemberFile(file))!)
    const [plan, planMs] = await timed(async () => planImport(rows, await loadPlanContext(payload, scope)))
    let shown = 0
    const [, commitMs] = await timed(() =>
      commitPlan(payload, plan, scope, (done, total) => {
        if (done - shown >= total / 4 || done === total) {
          shown = done
          options.log(`    ${done}/${total}`)
        }
      }),
    )
    return { parseMs, planMs, commitMs }
  })
  const [again, reimportMs] = await timed(async () =>
    planImport((await readMemberFile(file))!, await loadPlanContext(payload, scope)),
  )
  const totalMs = value.parseMs + value.planMs + value.commitMs
  return {
    rows: options.rows,
    bytes: file.byteLength,
    ...value,
    totalMs,
    rowsPerSecond: Math.round(options.rows / (totalMs / 1000)),
    peakRssMB: peakMB,
    reimportMs,
    reimportWrites: again.filter((row) => row.action === 'create' || row.action === 'update').length,
  }
}

/**
 * The baseline: `rows` of the same members made one by one through the local API (member, then its
 * accounts, every hook and access rule on), the way a script without the import would. Milliseconds.
 */
export const measureOneByOne = async (
  payload: Payload,
  options: { page: Id; units: readonly string[]; rows: number },
): Promise<number> => {
  const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false })
  const unitIds = new Map(docs.map((unit) => [String(unit.name), unit.id]))
  // Other names and phones than the import's, so that nothing collides.
  const rows = demoMemberRows(options.rows, options.units).map((row, index) => ({
    ...row,
    phone: `08${String(index).padStart(8, '0')}`,
    facebook: `${row.facebook}.one`,
    zalo: row.zalo ? `08${String(index).padStart(8, '0')}` : '',
  }))
  const started = performance.now()
  for (const row of rows) {
    const member = await payload.create({
      collection: 'members',
      data: {
        fullName: row.fullName,
        unit: unitIds.get(row.unit),
        position: row.position,
        phone: row.phone,
        page: options.page,
      } as never,
    })
    for (const platform of ['facebook', 'zalo'] as const) {
      if (!row[platform]) continue
      await payload.create({
        collection: 'social-accounts',
        data: { member: member.id, platform, url: row[platform] } as never,
      })
    }
  }
  return performance.now() - started
}
