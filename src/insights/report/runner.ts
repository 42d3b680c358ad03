import crypto from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { compareAndSet } from '../../db/compareAndSet'
import { mediaStorageOf } from '../../media/storage/mediaStorage'
import { notify } from '../../notifications/notify'
import { relationId } from '../../auth/actor'
import { pageBoardMembers } from './recipients'
import type { Id } from '../../workflow/roles'
import { loadOverview } from '../figures/overview'
import { buildReport, reportFileName } from './content'
import { reportPdf } from './pdf'
import { reportXlsx } from './xlsx'

/** How long a claimed report is this process's: past it, another process takes it over (a crash). */
const LEASE_MS = 5 * 60_000
/** A report whose maker died this many times is failed rather than tried again. */
const MAX_ATTEMPTS = 3

const owner = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`

interface ReportRow {
  id: Id
  from: string
  to: string
  state: string
  attempts?: number | null
  leaseOwner?: string | null
  leaseUntil?: string | null
  scheduleKey?: string | null
  page?: Id | null
}

/**
 * Takes a report: `queued`, or `running` under a lease that ran out. One conditional update, so of
 * two processes that see it at once one wins; the loser leaves it alone.
 */
const claim = (payload: Payload, row: ReportRow, now: Date) =>
  compareAndSet(payload, {
    collection: 'reports',
    id: row.id,
    expect: { state: row.state, leaseOwner: row.leaseOwner ?? null, leaseUntil: row.leaseUntil ?? null },
    set: {
      state: 'running',
      leaseOwner: owner,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
      attempts: (row.attempts ?? 0) + 1,
      progress: 0,
      step: 'Bắt đầu',
    },
  })

/** Progress while this process still holds the report; false once it lost it (then it stops). */
const advance = (payload: Payload, id: Id, set: Record<string, string | number | Date | null>) =>
  compareAndSet(payload, {
    collection: 'reports',
    id,
    expect: { leaseOwner: owner, state: 'running' },
    set: { leaseUntil: new Date(Date.now() + LEASE_MS), ...set },
  })

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Makes one claimed report: figures, XLSX, PDF into the media storage, then `done`. */
const make = async (payload: Payload, row: ReportRow) => {
  const query = { from: row.from, to: row.to, area: null, format: null, unit: null, author: null, page: null }
  if (!(await advance(payload, row.id, { progress: 10, step: 'Đang đọc số liệu' }))) return
  // A report is one page's: its figures, and its board told when the monthly one is ready.
  const page = relationId(row.page as never)
  const report = buildReport(await loadOverview(payload, query, page === null ? null : [page]))
  if (!(await advance(payload, row.id, { progress: 40, step: 'Đang tạo tệp Excel' }))) return
  const storage = mediaStorageOf(payload)
  const folder = `reports/${String(row.id)}`
  const xlsxName = reportFileName(row.from, row.to, 'xlsx')
  const xlsxFile = `${folder}/${xlsxName}`
  await storage.write(xlsxFile, await reportXlsx(report), XLSX_TYPE)
  if (!(await advance(payload, row.id, { progress: 70, step: 'Đang tạo tệp PDF' }))) return
  const pdfName = reportFileName(row.from, row.to, 'pdf')
  const pdfFile = `${folder}/${pdfName}`
  await storage.write(pdfFile, await reportPdf(report), 'application/pdf')
  const finished = await advance(payload, row.id, {
    state: 'done',
    progress: 100,
    step: 'Đã xong',
    xlsxFile,
    pdfFile,
    finishedAt: new Date(),
    leaseOwner: null,
    leaseUntil: null,
    error: null,
  })
  if (finished && row.scheduleKey) {
    await notify(payload, await pageBoardMembers(payload, page), {
      kind: 'report_ready',
      title: `Báo cáo số liệu ${report.period} đã sẵn sàng`,
      body: 'Bản Excel và bản PDF được gửi kèm email thông báo; cũng tải được trong màn hình Số liệu, mục Báo cáo.',
      link: `${payload.config.routes.admin}/so-lieu#bao-cao`,
      page,
      attachments: [
        { file: xlsxFile, filename: xlsxName, contentType: XLSX_TYPE },
        { file: pdfFile, filename: pdfName, contentType: 'application/pdf' },
      ],
    })
  }
}

const fail = (payload: Payload, id: Id, error: unknown) =>
  advance(payload, id, {
    state: 'failed',
    step: 'Lỗi',
    error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
    leaseOwner: null,
    leaseUntil: null,
    finishedAt: new Date(),
  })

let busy: Promise<number> | null = null

/**
 * Makes every report waiting for it (queued, or abandoned by a dead process), one at a time; returns
 * how many it made. Called by the loop and right after a report is asked for; a call while a round
 * runs joins that round.
 */
export const makeDueReports = (payload: Payload, now = new Date()): Promise<number> => {
  busy ??= (async () => {
    let made = 0
    try {
      const due = await payload.find({
        collection: 'reports',
        where: {
          or: [
            { state: { equals: 'queued' } },
            { and: [{ state: { equals: 'running' } }, { leaseUntil: { less_than: now.toISOString() } }] },
          ],
        },
        select: {
          from: true,
          to: true,
          state: true,
          attempts: true,
          leaseOwner: true,
          leaseUntil: true,
          scheduleKey: true,
        },
        sort: 'createdAt',
        depth: 0,
        limit: 10,
      })
      for (const row of due.docs as unknown as ReportRow[]) {
        if ((row.attempts ?? 0) >= MAX_ATTEMPTS) {
          await compareAndSet(payload, {
            collection: 'reports',
            id: row.id,
            expect: { state: row.state, leaseOwner: row.leaseOwner ?? null },
            set: {
              state: 'failed',
              step: 'Lỗi',
              error: 'Tiến trình tạo báo cáo dừng giữa chừng nhiều lần.',
              leaseOwner: null,
            },
          })
          continue
        }
        if (!(await claim(payload, row, now))) continue
        try {
          await make(payload, row)
          made += 1
        } catch (error) {
          payload.logger.error({ err: error, msg: `report ${String(row.id)} failed` })
          await fail(payload, row.id, error)
        }
      }
    } finally {
      busy = null
    }
    return made
  })()
  return busy
}

/** The report loop of a process: due reports every few seconds, and the monthly schedule. */
export const startReportRunner = async (
  payload: Payload,
  signal: AbortSignal,
  schedule: (payload: Payload, now: Date) => Promise<unknown>,
  pollMs = Number(process.env.REPORT_POLL_MS ?? 5000),
) => {
  while (!signal.aborted) {
    try {
      await schedule(payload, new Date())
      await makeDueReports(payload)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'report loop round failed' })
    }
    await sleep(pollMs, undefined, { signal }).catch(() => undefined)
  }
}
