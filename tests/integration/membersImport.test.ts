// Issue 10: importing the member lists offices keep (CSV, XLSX), and exporting them back.
import ExcelJS from 'exceljs'

import { seedDemoMembers } from '../../src/seed/demoMembers'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { makeMember, makePage } from '../helpers/pages'
import type { Id } from '../helpers/stories'

let newsroom: TestNewsroom
let page: Id
let cell1: Id
let cell2: Id
let board: TestUser
let lead: TestUser
let collaborator: TestUser
/** A member of cell 2 made before any import, with a Facebook profile. */
let existing: Id

const HEADER = 'Họ và tên;Chi bộ;Chức vụ;Số điện thoại;Email;Facebook;Zalo;Ghi chú'
/** A semicolon CSV with a BOM, as Excel saves it in Vietnamese locales. */
const FILE = [
  HEADER,
  'Phạm Văn Một;chi bo mot;Bí thư;0912 111 001;mot@example.vn;https://m.facebook.com/pham.mot/;0912111001;',
  'Phạm Thị Hai;Chi bộ Hai;;+84912111002;;;;ghi chú',
  'Người Lạ;Chi bộ Chín;;;;;;',
  'Số Sai;Chi bộ Một;;12345;;;;',
  'Phạm Văn Một Lặp;Chi bộ Một;;0912111001;;;;',
  'Lấy Hồ Sơ;Chi bộ Một;;;;fb.com/da.co;;',
  '"=HYPERLINK(""http://evil.example"";""x"")";Chi bộ Hai;;;;;;',
].join('\r\n')

const withFile = (blob: Blob, name: string) => {
  const form = new FormData()
  form.append('file', blob, name)
  return form
}

const csvFile = (text: string) => withFile(new Blob([`\uFEFF${text}`], { type: 'text/csv' }), 'danh-sach.csv')

const preview = (token: string, form: FormData) =>
  newsroom.api('POST', '/api/members/import/preview', { token, body: form })

/** Commits and waits for the job to end, polling its progress. */
const commit = async (token: string, form: FormData) => {
  const started = await newsroom.api('POST', '/api/members/import/commit', { token, body: form })
  expect(started.status).toBe(202)
  let job = started.body
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = (await newsroom.api('GET', `/api/members/import/jobs/${job.id}`, { token })).body
    expect(job.done).toBeLessThanOrEqual(job.total)
  }
  return job
}

const counts = async () => ({
  members: (await newsroom.payload.count({ collection: 'members' })).totalDocs,
  accounts: (await newsroom.payload.count({ collection: 'social-accounts' })).totalDocs,
})

beforeAll(async () => {
  newsroom = await startNewsroom()
  const { payload } = newsroom
  page = (await makePage(newsroom, 'Xa Nhap')).id
  cell1 = (await payload.create({ collection: 'units', data: { name: 'Chi bộ Một' } })).id
  cell2 = (await payload.create({ collection: 'units', data: { name: 'Chi bộ Hai' } })).id
  board = await makeMember(newsroom, [{ page, roles: ['board'] }])
  lead = await makeMember(newsroom, [{ page, roles: ['unit_lead'] }])
  collaborator = await makeMember(newsroom, [{ page, roles: ['collaborator'] }])
  await payload.update({ collection: 'users', id: lead.id, data: { unit: cell1 } as never })
  existing = (await payload.create({ collection: 'members', data: { fullName: 'Đã Có', unit: cell2, page } as never }))
    .id
  await payload.create({
    collection: 'social-accounts',
    data: { member: existing, platform: 'facebook', url: 'https://www.facebook.com/da.co' } as never,
  })
})

afterAll(async () => {
  await newsroom?.stop()
})

test('the preview says row by row what would happen and why, and saves nothing', async () => {
  const before = await counts()
  const response = await preview(board.token, csvFile(FILE))
  expect(response.status).toBe(200)
  expect(response.body.rows.map((row: any) => [row.line, row.action, row.reason])).toEqual([
    [2, 'create', undefined],
    [3, 'create', undefined],
    [4, 'refused', 'unit_unknown'],
    [5, 'refused', 'phone_invalid'],
    [6, 'refused', 'duplicate_row'],
    [7, 'refused', 'profile_taken'],
    [8, 'create', undefined],
  ])
  expect(response.body.rows[2].message).toBe('Chi bộ không có trong danh sách đơn vị.')
  expect(response.body.summary).toEqual({ create: 3, update: 0, unchanged: 0, refused: 4 })
  expect(await counts()).toEqual(before)
})

test('the commit writes the planned rows with their accounts; the same file again changes nothing', async () => {
  const before = await counts()
  const job = await commit(board.token, csvFile(FILE))
  expect(job).toMatchObject({ state: 'done', done: 3, total: 3 })
  expect(await counts()).toEqual({ members: before.members + 3, accounts: before.accounts + 2 })

  const { docs } = await newsroom.payload.find({
    collection: 'members',
    where: { fullName: { equals: 'Phạm Văn Một' } },
    depth: 0,
  })
  expect(docs[0]).toMatchObject({ unit: cell1, phone: '0912111001', email: 'mot@example.vn', page, active: true })
  const accounts = await newsroom.payload.find({
    collection: 'social-accounts',
    where: { member: { equals: docs[0]!.id } },
    sort: 'platform',
    depth: 0,
  })
  expect(accounts.docs.map((account) => account.profileKey)).toEqual(['facebook:pham.mot', 'zalo:0912111001'])

  const snapshot = await newsroom.payload.find({ collection: 'members', depth: 0, limit: 100, sort: 'id' })
  const again = await preview(board.token, csvFile(FILE))
  expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 3, refused: 4 })
  expect(again.body.rows[0].action).toBe('unchanged')
  expect(await commit(board.token, csvFile(FILE))).toMatchObject({ state: 'done', total: 0 })
  expect(await newsroom.payload.find({ collection: 'members', depth: 0, limit: 100, sort: 'id' })).toEqual(snapshot)
})

test('a changed row updates its member, found by phone', async () => {
  const file = `${HEADER}\nPhạm Văn Một;Chi bộ Một;Phó Bí thư;0912111001;;;;`
  expect((await preview(board.token, csvFile(file))).body.rows[0].action).toBe('update')
  await commit(board.token, csvFile(file))
  const { docs } = await newsroom.payload.find({ collection: 'members', where: { phone: { equals: '0912111001' } } })
  expect(docs[0]).toMatchObject({ position: 'Phó Bí thư', email: 'mot@example.vn' })
})

test("a unit lead imports their own cell's rows only", async () => {
  const file = `Họ và tên,Chi bộ,Số điện thoại\nLead Một,Chi bộ Một,0912222001\nLead Hai,Chi bộ Hai,0912222002\n`
  const shown = await preview(lead.token, csvFile(file))
  expect(shown.body.rows.map((row: any) => row.reason ?? row.action)).toEqual(['create', 'unit_not_yours'])
  expect(await commit(lead.token, csvFile(file))).toMatchObject({ state: 'done', total: 1 })
  expect(
    (await newsroom.payload.count({ collection: 'members', where: { phone: { equals: '0912222002' } } })).totalDocs,
  ).toBe(0)
})

test('an XLSX file imports the same way (phones typed as numbers included)', async () => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('DS')
  sheet.addRow(['STT', 'HỌ VÀ TÊN', 'CHI BỘ', 'SỐ ĐIỆN THOẠI', 'ZALO'])
  sheet.addRow([1, 'Từ Excel', 'Chi bộ Hai', 912333001, 'https://zalo.me/0912333001'])
  const form = withFile(new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]), 'ds.xlsx')
  const job = await commit(board.token, form)
  expect(job).toMatchObject({ state: 'done', total: 1 })
  const { docs } = await newsroom.payload.find({ collection: 'members', where: { fullName: { equals: 'Từ Excel' } } })
  expect(docs[0]).toMatchObject({ phone: '0912333001', unit: expect.anything() })
})

test('bad files and people who may not import are refused, changing nothing', async () => {
  const before = await counts()
  expect((await preview(collaborator.token, csvFile(FILE))).status).toBe(403)
  expect((await newsroom.api('POST', '/api/members/import/commit', { body: csvFile(FILE) })).status).toBe(401)
  const unreadable = await preview(board.token, csvFile('a,b\n1,2'))
  expect(unreadable.status).toBe(400)
  expect(unreadable.body.errors[0].data.code).toBe('file_unreadable')
  const missing = await newsroom.api('POST', '/api/members/import/preview', {
    token: board.token,
    body: new FormData(),
  })
  expect(missing.body.errors[0].data.code).toBe('file_missing')
  expect(await counts()).toEqual(before)
})

describe('export', () => {
  test('CSV in the import columns, formulas neutralised, phones for the board', async () => {
    const response = await newsroom.api('GET', '/api/members/export?format=csv', { token: board.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    const text = response.body as string
    // fetch's text() drops the BOM; the bytes carry it, for Excel.
    expect(text.startsWith('Họ và tên,Chi bộ,Chức vụ,Số điện thoại,Email,Facebook,Zalo\r\n')).toBe(true)
    const raw = await fetch(`${newsroom.url}/api/members/export`, { headers: { authorization: `JWT ${board.token}` } })
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text).toContain(
      'Phạm Văn Một,Chi bộ Một,Phó Bí thư,0912111001,mot@example.vn,https://m.facebook.com/pham.mot/,0912111001',
    )
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`)
    expect(text).not.toMatch(/(^|[\n,])=HYPERLINK/)
  })

  test("a unit lead's export holds their cell only", async () => {
    const text = (await newsroom.api('GET', '/api/members/export', { token: lead.token })).body as string
    expect(text).toContain('Lead Một')
    expect(text).toContain('Phạm Văn Một')
    expect(text).not.toContain('Chi bộ Hai')
    expect(text).not.toContain('Đã Có')
  })

  test('XLSX reads back with the same columns, formulas as text', async () => {
    const response = await fetch(`${newsroom.url}/api/members/export?format=xlsx`, {
      headers: { authorization: `JWT ${board.token}` },
    })
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Họ và tên',
      'Chi bộ',
      'Chức vụ',
      'Số điện thoại',
      'Email',
      'Facebook',
      'Zalo',
    ])
    const names: string[] = []
    sheet.eachRow((row, number) => number > 1 && names.push(String(row.getCell(1).value)))
    expect(names).toContain(`'=HYPERLINK("http://evil.example";"x")`)
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()))
  })

  test('collaborators and bad formats are refused', async () => {
    expect((await newsroom.api('GET', '/api/members/export', { token: collaborator.token })).status).toBe(403)
    const bad = await newsroom.api('GET', '/api/members/export?format=pdf', { token: board.token })
    expect(bad.status).toBe(400)
  })
})

test('the demo seed writes its members with their accounts once; a second run writes nothing', async () => {
  const seedPage = (await makePage(newsroom, 'Xa Demo')).id
  const lines: string[] = []
  const units = ['Chi bộ Một', 'Chi bộ Hai']
  const first = await seedDemoMembers(newsroom.payload, {
    page: seedPage,
    units,
    count: 300,
    log: (line) => lines.push(line),
  })
  expect(first).toEqual({ create: 300, update: 0, unchanged: 0, refused: 0 })
  expect(lines.some((line) => line.includes('300/300'))).toBe(true)
  const inPage = { page: { equals: seedPage } }
  expect((await newsroom.payload.count({ collection: 'members', where: inPage })).totalDocs).toBe(300)
  expect((await newsroom.payload.count({ collection: 'social-accounts', where: inPage })).totalDocs).toBe(450)
  const again = await seedDemoMembers(newsroom.payload, { page: seedPage, units, count: 300 })
  expect(again).toEqual({ create: 0, update: 0, unchanged: 300, refused: 0 })
})
