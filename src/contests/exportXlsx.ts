import type { Endpoint } from 'payload'

import { relationId } from '../auth/actor'
import type { Cell, ReportDocument } from '../insights/report/content'
import { reportXlsx } from '../insights/report/xlsx'
import { vnDateTime } from '../time/vietnam'
import { sameId } from '../workflow/roles'
import { ENTRY_STAGE_LABELS } from './labels'
import { contestForJudgingOf } from './resultsEndpoints'
import { type ContestDoc, type EntryDoc, type SheetDoc, juryOf, sheetsOf } from './scoringData'

/**
 * The contest's workbook: every entry (with the entrant's contact, since only the contest's board may
 * download it), every juror's sheet criterion by criterion, and the votes. Text cells that a
 * spreadsheet would take for a formula are written as text (src/insights/report/xlsx.ts).
 */
export const contestWorkbook = (
  contest: ContestDoc,
  entries: EntryDoc[],
  sheets: SheetDoc[],
  jurorNames: Map<string, string>,
  generatedAt: Date,
): ReportDocument => {
  const rubric = contest.rubric ?? []
  const entryOf = (sheet: SheetDoc) => entries.find((entry) => sameId(entry.id, relationId(sheet.entry)))
  const scored = entries.filter((entry) => entry.rank != null).length
  return {
    title: `Cuộc thi “${contest.title}”`,
    period: `Hạn cuối ${vnDateTime(contest.closesAt)}`,
    generatedAt: vnDateTime(generatedAt.toISOString()),
    summary: [
      ['Số bài dự thi', entries.length, 'int'],
      ['Số bài đã xếp hạng', scored, 'int'],
      ['Số phiếu chấm', sheets.filter((sheet) => sheet.submittedAt).length, 'int'],
      ['Tổng lượt bình chọn', entries.reduce((sum, entry) => sum + (entry.votes ?? 0), 0), 'int'],
    ],
    charts: [],
    tables: [
      {
        sheet: 'Bài dự thi',
        title: 'Bài dự thi',
        empty: 'Chưa có bài dự thi.',
        columns: [
          { label: 'Số', kind: 'int', width: 0.6 },
          { label: 'Tác phẩm', kind: 'text', width: 3 },
          { label: 'Trạng thái', kind: 'text', width: 1.3 },
          { label: 'Người dự thi', kind: 'text', width: 2 },
          { label: 'Điện thoại', kind: 'text', width: 1.3 },
          { label: 'Email', kind: 'text', width: 2 },
          { label: 'Đơn vị / xã', kind: 'text', width: 1.8 },
          { label: 'Bình chọn', kind: 'int', width: 1 },
          { label: 'Điểm giám khảo', kind: 'decimal', width: 1.2 },
          { label: 'Điểm tổng', kind: 'decimal', width: 1 },
          { label: 'Hạng', kind: 'int', width: 0.7 },
          { label: 'Giải', kind: 'text', width: 1.4 },
        ],
        rows: entries.map((entry): Cell[] => [
          entry.number,
          entry.title,
          ENTRY_STAGE_LABELS[entry.stage]?.vi ?? entry.stage,
          entry.entrant?.name ?? null,
          entry.entrant?.phone ?? null,
          entry.entrant?.email ?? null,
          entry.entrant?.place ?? null,
          entry.votes ?? 0,
          entry.juryScore ?? null,
          entry.finalScore ?? null,
          entry.rank ?? null,
          entry.prize ?? null,
        ]),
      },
      {
        sheet: 'Phiếu chấm',
        title: 'Phiếu chấm của giám khảo',
        empty: 'Chưa có phiếu chấm.',
        columns: [
          { label: 'Số', kind: 'int', width: 0.6 },
          { label: 'Tác phẩm', kind: 'text', width: 2.5 },
          { label: 'Giám khảo', kind: 'text', width: 2 },
          ...rubric.map((item) => ({
            label: `${item.criterion} (/${item.maxPoints})`,
            kind: 'decimal' as const,
            width: 1.2,
          })),
          { label: 'Tổng (/100)', kind: 'decimal', width: 1 },
          { label: 'Rút khỏi chấm', kind: 'text', width: 2 },
        ],
        rows: sheets
          .filter((sheet) => entryOf(sheet))
          .sort((a, b) => entryOf(a)!.number - entryOf(b)!.number)
          .map((sheet): Cell[] => [
            entryOf(sheet)!.number,
            entryOf(sheet)!.title,
            jurorNames.get(String(relationId(sheet.juror))) ?? String(relationId(sheet.juror)),
            ...rubric.map((item) => sheet.marks?.find((mark) => mark.criterion === item.criterion)?.points ?? null),
            sheet.total ?? null,
            sheet.recused ? (sheet.recusalReason ?? 'Có') : null,
          ]),
      },
    ],
  }
}

/** `GET /api/contests/:id/export.xlsx` (the contest's board). */
export const exportXlsxEndpoint: Endpoint = {
  path: '/:id/export.xlsx',
  method: 'get',
  handler: async (req) => {
    const contest = await contestForJudgingOf(req, req.routeParams?.id, 'board')
    if (contest instanceof Response) return contest
    const [found, sheets, users] = await Promise.all([
      req.payload.find({
        collection: 'contest-entries',
        where: { contest: { equals: contest.id } },
        sort: 'number',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      }),
      sheetsOf(req, contest.id),
      req.payload.find({
        collection: 'users',
        where: { id: { in: juryOf(contest) } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      }),
    ])
    const names = new Map(
      users.docs.map((user) => [String(user.id), String((user as { name?: string }).name ?? user.email)]),
    )
    const workbook = contestWorkbook(contest, found.docs as unknown as EntryDoc[], sheets, names, new Date())
    return new Response(new Uint8Array(await reportXlsx(workbook)), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="cuoc-thi-${contest.slug}.xlsx"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
