import type { ReportDocument, Table } from '../insights/report/content'
import type { Counts, Ranked } from './scoring'

type Member = { name: string; unitName: string; counts: Counts }
type Unit = { name: string; members: number; counts: Counts }

const COUNT_COLUMNS = [
  { label: 'Bài đăng', kind: 'int' as const, width: 0.8 },
  { label: 'Ảnh dùng', kind: 'int' as const, width: 0.8 },
  { label: 'Chia sẻ', kind: 'int' as const, width: 0.8 },
  { label: 'Tương tác', kind: 'int' as const, width: 0.8 },
  { label: 'Bình luận', kind: 'int' as const, width: 0.8 },
  { label: 'Dự thi', kind: 'int' as const, width: 0.7 },
  { label: 'Điểm', kind: 'int' as const, width: 0.7 },
]

const countCells = (counts: Counts, score: number) => [
  counts.stories,
  counts.photos,
  counts.shared,
  counts.reacted,
  counts.commented,
  counts.contestEntries,
  score,
]

/**
 * "Danh sách biểu dương" for a period as a report document: the top members and party cells with
 * their figures, written to XLSX and PDF by the insights report writers (`src/insights/report/`).
 */
export const commendationDocument = (
  periodLabel: string,
  members: readonly Ranked<Member>[],
  units: readonly Ranked<Unit>[],
  generatedAt: string,
): ReportDocument => {
  const memberTable: Table = {
    sheet: 'Đảng viên',
    title: 'Đảng viên tiêu biểu',
    columns: [
      { label: 'Hạng', kind: 'int', width: 0.5 },
      { label: 'Họ và tên', kind: 'text', width: 2 },
      { label: 'Chi bộ', kind: 'text', width: 1.6 },
      ...COUNT_COLUMNS,
    ],
    rows: members.map(({ rank, score, entry }) => [
      rank,
      entry.name,
      entry.unitName,
      ...countCells(entry.counts, score),
    ]),
    empty: 'Chưa có đảng viên nào có đóng góp trong kỳ.',
  }
  const unitTable: Table = {
    sheet: 'Chi bộ',
    title: 'Chi bộ tiêu biểu',
    columns: [
      { label: 'Hạng', kind: 'int', width: 0.5 },
      { label: 'Chi bộ', kind: 'text', width: 2 },
      { label: 'Số đảng viên có đóng góp', kind: 'int', width: 1 },
      ...COUNT_COLUMNS,
    ],
    rows: units.map(({ rank, score, entry }) => [rank, entry.name, entry.members, ...countCells(entry.counts, score)]),
    empty: 'Chưa có chi bộ nào có đóng góp trong kỳ.',
  }
  return {
    title: 'Danh sách biểu dương',
    period: periodLabel,
    generatedAt,
    summary: [
      ['Số đảng viên được biểu dương', members.length, 'int'],
      ['Số chi bộ được biểu dương', units.length, 'int'],
    ],
    tables: [memberTable, unitTable],
    charts: [
      {
        title: 'Đảng viên đóng góp nhiều nhất (điểm)',
        kind: 'bar',
        points: members.slice(0, 10).map(({ score, entry }) => ({ label: entry.name, value: score })),
      },
    ],
  }
}
