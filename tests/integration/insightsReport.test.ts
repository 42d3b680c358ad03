import ExcelJS from 'exceljs'
import { PDFParse } from 'pdf-parse'

import { compareAndSet } from '../../src/db/compareAndSet'
import { createEmailSender } from '../../src/notifications/emailSender'
import { makeDueReports } from '../../src/insights/report/runner'
import { scheduleMonthlyReport } from '../../src/insights/report/schedule'
import { FIXTURE_PERIOD, seedInsightsFixture } from '../helpers/insightsFixture'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtp'

let newsroom: TestNewsroom
let board: TestUser
let c1: TestUser
let smtp: LocalSmtp

const generate = (user: TestUser | null, json: unknown) =>
  newsroom.api('POST', '/api/reports/generate', { token: user?.token, json })

/** Reads the report until it is no longer queued or running (the job runs in this process). */
const finished = async (id: string | number) => {
  for (;;) {
    await makeDueReports(newsroom.payload)
    const { body } = await newsroom.api('GET', `/api/reports/${id}`, { token: board.token })
    if (body.state === 'done' || body.state === 'failed') return body
  }
}

const download = async (user: TestUser | null, id: string | number, kind: string) => {
  const response = await fetch(`${newsroom.url}/api/reports/${id}/file/${kind}`, {
    headers: user ? { authorization: `JWT ${user.token}` } : {},
  })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

let reportId: string | number

// A fresh database with every migration, then the fixture's rows through the local API's hooks.
beforeAll(async () => {
  newsroom = await startNewsroom()
  smtp = await startLocalSmtp()
  board = await newsroom.makeUser(['board'])
  c1 = await newsroom.makeUser(['collaborator'])
  const c2 = await newsroom.makeUser(['collaborator'])
  const d1 = await newsroom.makeUser(['duty'])
  const d2 = await newsroom.makeUser(['duty'])
  await seedInsightsFixture(newsroom.payload, { c1: c1.id, c2: c2.id, d1: d1.id, d2: d2.id })
  const response = await generate(board, FIXTURE_PERIOD)
  expect(response.status).toBe(202)
  reportId = response.body.doc.id
}, 180_000)
afterAll(async () => {
  await newsroom?.stop()
  await smtp?.close()
})

const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  return workbook
}

describe('the monthly report', () => {
  test('is made in the background, its progress readable, then downloadable', async () => {
    const report = await finished(reportId)
    expect(report).toMatchObject({ state: 'done', progress: 100, title: 'Báo cáo tháng 11/2026' })
    const pdf = await download(board, reportId, 'pdf')
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain('bao-cao-2026-11-01-2026-11-30.pdf')
  })

  test('the XLSX holds the hand-computed figures', async () => {
    await finished(reportId)
    const file = await download(board, reportId, 'xlsx')
    expect(file.status).toBe(200)
    const workbook = await workbookOf(file.bytes)
    const rows = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1))
    const summary = Object.fromEntries(rows('Tổng quan').map((row) => [row[0], row[1]]))
    expect(summary).toMatchObject({
      'Số bài đã đăng': 5,
      'Tổng lượt tiếp cận': 5050,
      'Trung vị lượt tiếp cận mỗi bài': 600,
      'Người theo dõi tăng thêm': 500,
      'Người theo dõi cuối kỳ': 33_500,
      'Bình luận và tin nhắn nhận được': 3,
      'Thời gian trả lời (trung vị)': '40 phút',
      'Bài phản bác tin sai': 1,
    })
    expect(rows('Theo mảng')).toContainEqual(['Văn hóa - Xã hội (số liệu)', 2, 3600, 1800, 50])
    expect(rows('Theo thể loại')).toContainEqual(['Phản bác tin sai', 1, 3000, 3000, 50])
    const top = rows('Top 10 bài')
    expect(top[2]![0]).toBe('Phản bác tin sai về giá đất')
    expect(top.slice(2).map((row) => row[5])).toEqual([3000, 1000, 600, 450, 0])
    expect(rows('Hộp thư')).toContainEqual(['Lê Văn Cường', 2, 2, '40 phút'])
    expect(rows('Phản bác tin sai')[2]).toEqual([
      'Phản bác tin sai về giá đất',
      '10/11/2026 07:00',
      '10/11/2026 09:30',
      '2 giờ 30 phút',
      3000,
      1800,
      1.67,
    ])
    expect(rows('Cộng tác viên')).toContainEqual(['Nguyễn Văn Ánh', 3, 3450, 450, 87])
    expect(rows('Chi bộ')).toContainEqual(['Chi bộ Ấp 2', 2, 1600, 800, 130])
    // The charts of the PDF, as the spreadsheet's own data bars over the same figures.
    const charts = rows('Biểu đồ')
    expect(charts).toContainEqual(['Lượt tiếp cận theo mảng nội dung'])
    expect(charts).toContainEqual(['Văn hóa - Xã hội (số liệu)', 3600])
    expect(charts).toContainEqual(['Người theo dõi trang theo ngày'])
    // exceljs reads conditional formats back but does not declare them in its types.
    const { conditionalFormattings: bars } = workbook.getWorksheet('Biểu đồ') as unknown as {
      conditionalFormattings: { rules: { type: string }[] }[]
    }
    expect(bars.length).toBeGreaterThanOrEqual(3)
    expect(bars.every((bar) => bar.rules[0]?.type === 'dataBar')).toBe(true)
  })

  test('the PDF text extracts with its Vietnamese diacritics', async () => {
    await finished(reportId)
    const file = await download(board, reportId, 'pdf')
    const parser = new PDFParse({ data: new Uint8Array(file.bytes) })
    const { text } = await parser.getText()
    await parser.destroy()
    for (const phrase of [
      'Báo cáo hiệu quả truyền thông trên trang',
      'Kỳ báo cáo: 01/11/2026 – 30/11/2026',
      'Người theo dõi tăng thêm',
      'Lượt tiếp cận theo mảng nội dung',
      'Văn hóa - Xã hội (số liệu)',
      'Phản bác tin sai về giá đất',
      '2 giờ 30 phút',
      'Lê Văn Cường',
      'Chi bộ Ấp 1',
      '5.050',
      '33.500',
    ]) {
      expect(text).toContain(phrase)
    }
  })

  test('only the board and admins ask for, read and download reports', async () => {
    const refused = await generate(c1, FIXTURE_PERIOD)
    expect(refused.status).toBe(403)
    expect((await generate(null, FIXTURE_PERIOD)).status).toBe(401)
    expect((await download(c1, reportId, 'pdf')).status).toBe(403)
    expect((await download(null, reportId, 'pdf')).status).toBe(401)
    expect((await newsroom.api('GET', `/api/reports/${reportId}`, { token: c1.token })).status).toBe(403)
    expect((await download(board, reportId, 'docx')).status).toBe(400)
    const before = await newsroom.payload.count({ collection: 'reports' })
    const bad = await generate(board, { from: '2026-11-30', to: '2026-11-01' })
    expect(bad.status).toBe(400)
    expect((await newsroom.payload.count({ collection: 'reports' })).totalDocs).toBe(before.totalDocs)
  })

  test('a report left running by a stopped process is made by the next one', async () => {
    const orphan = await newsroom.payload.create({
      collection: 'reports',
      data: { title: 'Báo cáo bỏ dở', ...FIXTURE_PERIOD, state: 'queued' } as never,
    })
    const past = new Date(Date.now() - 60_000)
    expect(
      await compareAndSet(newsroom.payload, {
        collection: 'reports',
        id: orphan.id,
        expect: { state: 'queued' },
        set: { state: 'running', leaseOwner: 'a-dead-process', leaseUntil: past, attempts: 1 },
      }),
    ).toBe(true)
    const report = await finished(orphan.id)
    expect(report).toMatchObject({ state: 'done', attempts: 2 })
  })
})

describe('the report of the 1st', () => {
  test('is made once on the 1st when the board turned it on, and the board is told', async () => {
    const firstOfDecember = new Date('2026-12-01T02:00:00.000Z')
    expect(await scheduleMonthlyReport(newsroom.payload, firstOfDecember)).toBe(0)
    const turnOn = await newsroom.api('POST', '/api/globals/report-settings', {
      token: board.token,
      json: { monthlyEmail: true },
    })
    expect(turnOn.status).toBe(200)
    expect(
      (await newsroom.api('POST', '/api/globals/report-settings', { token: c1.token, json: { monthlyEmail: false } }))
        .status,
    ).toBe(403)
    expect(await scheduleMonthlyReport(newsroom.payload, new Date('2026-12-10T02:00:00.000Z'))).toBe(0)
    // One page in this newsroom (the district page): one report, made once.
    expect(await scheduleMonthlyReport(newsroom.payload, firstOfDecember)).toBe(1)
    expect(await scheduleMonthlyReport(newsroom.payload, firstOfDecember)).toBe(0)
    const scheduled = await newsroom.payload.find({
      collection: 'reports',
      where: { scheduleKey: { like: 'monthly:2026-11:' } },
    })
    expect(scheduled.docs).toHaveLength(1)
    expect(scheduled.docs[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-30' })
    await finished(scheduled.docs[0]!.id)
    const told = await newsroom.payload.find({
      collection: 'notifications',
      where: { and: [{ kind: { equals: 'report_ready' } }, { user: { equals: board.id } }] },
    })
    expect(told.docs).toHaveLength(1)
    expect(told.docs[0]).toMatchObject({
      title: 'Báo cáo số liệu 01/11/2026 – 30/11/2026 đã sẵn sàng',
      emailState: 'pending',
    })
    // Where the files are stored is the server's business, never the API's.
    const seen = await newsroom.api('GET', `/api/notifications/${told.docs[0]!.id}`, { token: board.token })
    expect(seen.status).toBe(200)
    expect(seen.body.attachments).toBeUndefined()

    await createEmailSender(newsroom.payload, { smtp: { host: smtp.host, port: smtp.port, secure: false } }).runOnce()
    const mail = smtp.to(board.email).find((received) => received.parsed.subject === told.docs[0]!.title)
    const files = mail?.parsed.attachments ?? []
    expect(files.map((file) => file.filename)).toEqual([
      'bao-cao-2026-11-01-2026-11-30.xlsx',
      'bao-cao-2026-11-01-2026-11-30.pdf',
    ])
    const attached = await workbookOf(files[0]!.content)
    expect(attached.getWorksheet('Tổng quan')!.getCell('A1').value).toBe('Báo cáo hiệu quả truyền thông trên trang')
    expect(files[1]!.content.subarray(0, 5).toString()).toBe('%PDF-')
  })
})
