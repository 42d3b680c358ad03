import { FORMAT_LABELS } from '../../workflow/labels'
import { dayLabel, vnDateTime } from '../../time/vietnam'
import type { Group } from '../figures/breakdowns'
import type { Overview } from '../figures/overview'

/**
 * The report as data: its title, summary, tables and charts, in Vietnamese. The XLSX and the PDF are
 * two renderings of this one document, so they never disagree.
 */
export type CellKind = 'text' | 'int' | 'minutes' | 'ratio' | 'datetime' | 'decimal'
export type Cell = string | number | null

export interface Column {
  label: string
  kind: CellKind
  /** Relative width (the PDF shares the page by it; the XLSX uses it as characters). */
  width: number
}

export interface Table {
  /** The XLSX sheet's name (≤ 31 characters). */
  sheet: string
  title: string
  columns: Column[]
  rows: Cell[][]
  empty: string
}

export interface Chart {
  title: string
  kind: 'bar' | 'line'
  points: { label: string; value: number }[]
}

export interface ReportDocument {
  title: string
  period: string
  generatedAt: string
  summary: [string, Cell, CellKind][]
  tables: Table[]
  charts: Chart[]
}

const number = new Intl.NumberFormat('vi-VN')

/** How people read a cell: 4.000.000, "1 giờ 05 phút", 1,35×, 28/11/2026 08:30. */
export const cellText = (value: Cell, kind: CellKind): string => {
  if (value === null || value === '') return '—'
  if (kind === 'text') return String(value)
  if (kind === 'datetime') return vnDateTime(String(value))
  const amount = Number(value)
  if (kind === 'ratio') return `${amount.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}×`
  if (kind === 'decimal') return amount.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
  if (kind === 'minutes') {
    const hours = Math.floor(amount / 60)
    const minutes = Math.round(amount % 60)
    return hours > 0 ? `${hours} giờ ${String(minutes).padStart(2, '0')} phút` : `${minutes} phút`
  }
  return number.format(Math.round(amount))
}

const text = (label: string, width = 3): Column => ({ label, kind: 'text', width })
const int = (label: string, width = 1.4): Column => ({ label, kind: 'int', width })

const groupColumns = (first: string): Column[] => [
  text(first),
  int('Số bài', 1),
  int('Tổng lượt tiếp cận'),
  int('Trung vị tiếp cận'),
  int('Tương tác'),
]
const groupRows = (groups: readonly Group[]): Cell[][] =>
  groups.map((group) => [group.label, group.posts, group.reach, group.medianReach, group.engagement])

export const buildReport = (overview: Overview, generatedAt = new Date()): ReportDocument => {
  const { query } = overview
  const period = `${dayLabel(query.from)} – ${dayLabel(query.to)}`
  const top = [...overview.posts].sort((a, b) => b.reach - a.reach).slice(0, 10)
  return {
    title: 'Báo cáo hiệu quả truyền thông trên trang',
    period,
    generatedAt: vnDateTime(generatedAt),
    summary: [
      ['Số bài đã đăng', overview.totals.posts, 'int'],
      ['Tổng lượt tiếp cận', overview.totals.reach, 'int'],
      ['Trung vị lượt tiếp cận mỗi bài', overview.totals.medianReach, 'int'],
      ['Lượt xem', overview.totals.views, 'int'],
      ['Tương tác (cảm xúc, bình luận, chia sẻ)', overview.totals.engagement, 'int'],
      ['Người theo dõi tăng thêm', overview.page.followersGained, 'int'],
      ['Người theo dõi cuối kỳ', overview.page.followersAtEnd, 'int'],
      ['Bình luận và tin nhắn nhận được', overview.inbox.items, 'int'],
      ['Thời gian trả lời (trung vị)', overview.inbox.medianResponseMinutes, 'minutes'],
      ['Bài phản bác tin sai', overview.rebuttals.length, 'int'],
    ],
    tables: [
      {
        sheet: 'Theo mảng',
        title: 'Bài đăng theo mảng nội dung',
        columns: groupColumns('Mảng nội dung'),
        rows: groupRows(overview.byArea),
        empty: 'Không có bài đăng trong kỳ.',
      },
      {
        sheet: 'Theo thể loại',
        title: 'Bài đăng theo thể loại',
        columns: groupColumns('Thể loại'),
        rows: groupRows(overview.byFormat),
        empty: 'Không có bài đăng trong kỳ.',
      },
      {
        sheet: 'Top 10 bài',
        title: '10 bài có lượt tiếp cận cao nhất',
        columns: [
          text('Tiêu đề', 4),
          text('Mảng', 1.8),
          text('Thể loại', 1.4),
          text('Tác giả', 1.8),
          { label: 'Đăng lúc', kind: 'datetime', width: 1.8 },
          int('Tiếp cận'),
          int('Tương tác', 1.2),
        ],
        rows: top.map((post) => [
          post.title,
          post.areaName,
          FORMAT_LABELS[post.format]?.vi ?? post.format,
          post.authorName,
          post.publishedAt,
          post.reach,
          post.engagement,
        ]),
        empty: 'Không có bài đăng trong kỳ.',
      },
      {
        sheet: 'Hộp thư',
        title: 'Hộp thư trực trang theo người trực',
        columns: [
          text('Người trực'),
          int('Số tin nhận', 1.2),
          int('Đã trả lời', 1.2),
          { label: 'Thời gian trả lời (trung vị)', kind: 'minutes', width: 2 },
        ],
        rows: overview.inbox.byMember.map((member) => [
          member.name,
          member.items,
          member.replied,
          member.medianResponseMinutes,
        ]),
        empty: 'Không có bình luận hay tin nhắn trong kỳ.',
      },
      {
        sheet: 'Phản bác tin sai',
        title: 'Bài phản bác tin sai: thời gian phản bác và hiệu quả',
        columns: [
          text('Bài phản bác', 3.4),
          { label: 'Tin sai xuất hiện', kind: 'datetime', width: 1.8 },
          { label: 'Đăng phản bác', kind: 'datetime', width: 1.8 },
          { label: 'Thời gian phản bác', kind: 'minutes', width: 1.6 },
          int('Tiếp cận', 1.2),
          int('Trung vị của mảng', 1.4),
          { label: 'So với mảng', kind: 'ratio', width: 1.1 },
        ],
        rows: overview.rebuttals.map((rebuttal) => [
          rebuttal.title,
          rebuttal.claimAt,
          rebuttal.publishedAt,
          rebuttal.minutesToPublish,
          rebuttal.reach,
          rebuttal.areaMedianReach,
          rebuttal.reachVsArea,
        ]),
        empty: 'Không có bài phản bác trong kỳ.',
      },
      {
        sheet: 'Cộng tác viên',
        title: 'Cộng tác viên có bài đăng',
        columns: groupColumns('Cộng tác viên'),
        rows: groupRows(overview.byAuthor),
        empty: 'Không có bài đăng trong kỳ.',
      },
      {
        sheet: 'Chi bộ',
        title: 'Chi bộ, đơn vị có bài đăng',
        columns: groupColumns('Chi bộ / đơn vị'),
        rows: groupRows(overview.byUnit),
        empty: 'Không có bài đăng trong kỳ.',
      },
    ],
    charts: [
      {
        title: 'Lượt tiếp cận theo mảng nội dung',
        kind: 'bar',
        points: overview.byArea.map((group) => ({ label: group.label, value: group.reach })),
      },
      {
        title: 'Lượt tiếp cận theo thể loại',
        kind: 'bar',
        points: overview.byFormat.map((group) => ({ label: group.label, value: group.reach })),
      },
      {
        title: 'Người theo dõi trang theo ngày',
        kind: 'line',
        points: overview.page.days
          .filter((day) => day.followers !== null)
          .map((day) => ({ label: dayLabel(day.day, false), value: day.followers! })),
      },
    ],
  }
}

/** The report's file name: "bao-cao-2026-11-01-2026-11-30.pdf" (ASCII, safe in every mail client). */
export const reportFileName = (from: string, to: string, extension: 'xlsx' | 'pdf') =>
  `bao-cao-${from}-${to}.${extension}`
