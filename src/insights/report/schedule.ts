import type { Payload } from 'payload'

import { localDay } from '../../time/vietnam'
import { previousMonth } from '../figures/query'
import { makeDueReports } from './runner'

/** Days at the start of a month on which a missed monthly report is still made (the server was down on the 1st). */
const CATCH_UP_DAYS = 3

/** The title people see: "Báo cáo tháng 11/2026" or "Báo cáo 03/11/2026 – 17/11/2026". */
export const reportTitle = (from: string, to: string) => {
  const month = previousMonthShape(from, to)
  return month
    ? `Báo cáo tháng ${month}`
    : `Báo cáo ${from.split('-').reverse().join('/')} – ${to.split('-').reverse().join('/')}`
}

/** "11/2026" when the period is one whole calendar month. */
const previousMonthShape = (from: string, to: string) => {
  if (!from.endsWith('-01') || from.slice(0, 7) !== to.slice(0, 7)) return null
  const next = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 1))
  const lastDay = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10)
  return lastDay === to ? `${to.slice(5, 7)}/${to.slice(0, 4)}` : null
}

/**
 * With "Báo cáo định kỳ" on, the first check of a month (Vietnam time) queues the previous month's
 * report of every page, each telling its page's board by notification and email when it is done.
 * `scheduleKey` is unique: of several processes checking at once, one creates each report and the
 * others' inserts fail harmlessly.
 */
export const scheduleMonthlyReport = async (payload: Payload, now: Date) => {
  if (Number(localDay(now).slice(8, 10)) > CATCH_UP_DAYS) return 0
  const settings = (await payload.findGlobal({ slug: 'report-settings' as never, depth: 0 })) as {
    monthlyEmail?: boolean
  }
  if (!settings.monthlyEmail) return 0
  const month = previousMonth(now)
  const pages = await payload.find({ collection: 'pages', select: {}, depth: 0, limit: 0, pagination: false })
  let queued = 0
  for (const { id: page } of pages.docs) {
    const scheduleKey = `monthly:${month.from.slice(0, 7)}:${String(page)}`
    const existing = await payload.count({ collection: 'reports', where: { scheduleKey: { equals: scheduleKey } } })
    if (existing.totalDocs > 0) continue
    try {
      await payload.create({
        collection: 'reports',
        data: {
          title: reportTitle(month.from, month.to),
          ...month,
          page,
          scheduleKey,
          state: 'queued',
          progress: 0,
        } as never,
        depth: 0,
      })
      queued += 1
    } catch {
      // Another process made it first (the unique key).
    }
  }
  if (queued > 0) void makeDueReports(payload)
  return queued
}
