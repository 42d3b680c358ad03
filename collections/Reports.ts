import type { CollectionConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isBoardOrAdmin } from '../access/isBoard'
import { reportEndpoints } from '../src/insights/report/endpoints'
import { DAY_AND_TIME } from '../src/admin/dateFormat'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

export const REPORT_STATE_LABELS = {
  queued: { vi: 'Chờ tạo', en: 'Queued' },
  running: { vi: 'Đang tạo', en: 'Running' },
  done: { vi: 'Đã xong', en: 'Done' },
  failed: { vi: 'Lỗi', en: 'Failed' },
} as const

export type ReportState = keyof typeof REPORT_STATE_LABELS

/**
 * One report of a period (XLSX and PDF) and the job that makes it: asked for with
 * `POST /api/reports/generate`, or by the monthly schedule; made in the background by whichever
 * process claims it (`src/insights/report/runner.ts`), its progress readable here. A report is one
 * page's (its figures, its board reads and downloads it). Only the server writes.
 */
export const Reports: CollectionConfig = belongsToPage({
  slug: 'reports',
  labels: { singular: { vi: 'Báo cáo', en: 'Report' }, plural: { vi: 'Báo cáo số liệu', en: 'Reports' } },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Số liệu', en: 'Insights' },
    hidden: hiddenFromAllBut(['board', 'admin']),
    defaultColumns: ['title', 'state', 'progress', 'createdAt'],
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isBoardOrAdmin, update: nobody, delete: nobody },
  indexes: [{ fields: ['state', 'leaseUntil'] }],
  endpoints: reportEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên báo cáo', en: 'Title' } },
    { name: 'from', type: 'text', required: true, label: { vi: 'Từ ngày', en: 'From' } },
    { name: 'to', type: 'text', required: true, label: { vi: 'Đến ngày', en: 'To' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: Object.entries(REPORT_STATE_LABELS).map(([value, label]) => ({ value, label })),
      label: { vi: 'Tình trạng', en: 'State' },
    },
    { name: 'progress', type: 'number', defaultValue: 0, label: { vi: 'Tiến độ (%)', en: 'Progress (%)' } },
    { name: 'step', type: 'text', label: { vi: 'Đang làm', en: 'Step' } },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người yêu cầu', en: 'Requested by' },
    },
    {
      // The monthly schedule's report of a month and page ("monthly:2026-11:<page>"): unique, so two
      // processes on the 1st make it once.
      name: 'scheduleKey',
      type: 'text',
      unique: true,
      label: { vi: 'Báo cáo định kỳ', en: 'Scheduled as' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'leaseOwner', type: 'text', admin: { hidden: true } },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    { name: 'error', type: 'text', label: { vi: 'Lỗi', en: 'Error' } },
    { name: 'xlsxFile', type: 'text', admin: { hidden: true } },
    { name: 'pdfFile', type: 'text', admin: { hidden: true } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Xong lúc', en: 'Finished at' }, admin: { date: DAY_AND_TIME } },
  ],
})
