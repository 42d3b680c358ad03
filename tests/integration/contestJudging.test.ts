import ExcelJS from 'exceljs'
import { PDFParse } from 'pdf-parse'

import { makeContest, makeEntry } from '../helpers/contests'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { makeMember, makePage } from '../helpers/pages'
import type { Id } from '../helpers/stories'

let newsroom: TestNewsroom
let pageId: Id
let otherPageId: Id
let board: TestUser
let otherBoard: TestUser
let [j1, j2, j3, outsider]: TestUser[] = []
let contest: { id: Id }
let [e1, e2, e3, e4, waiting]: { id: Id; number: number }[] = []

const marks = (content: number, technique: number) => [
  { criterion: 'Nội dung', points: content },
  { criterion: 'Kỹ thuật', points: technique },
]
const submit = (user: TestUser, entry: Id, json: Record<string, unknown>) =>
  newsroom.api('POST', '/api/contest-scores/submit', { token: user.token, json: { entry, ...json } })
const recuse = (user: TestUser, entry: Id, reason: string) =>
  newsroom.api('POST', '/api/contest-scores/recuse', { token: user.token, json: { entry, reason } })
const sheetsSeenBy = async (user: TestUser, entry: Id) => {
  const response = await newsroom.api('GET', `/api/contest-scores?where[entry][equals]=${entry}&depth=0`, {
    token: user.token,
  })
  return (response.body.docs as { juror: Id; total: number }[]).map((sheet) => String(sheet.juror)).sort()
}
const download = async (user: TestUser | null, path: string) => {
  const response = await fetch(`${newsroom.url}${path}`, {
    headers: user ? { authorization: `JWT ${user.token}` } : {},
  })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  const { payload } = newsroom
  const page = await makePage(newsroom, 'Phu Rieng')
  const other = await makePage(newsroom, 'Bu Dang')
  pageId = page.id
  otherPageId = other.id
  board = await makeMember(newsroom, [{ page: page.id, roles: ['board'] }])
  otherBoard = await makeMember(newsroom, [{ page: other.id, roles: ['board'] }])
  ;[j1, j2, j3, outsider] = await Promise.all(
    ['Giám khảo Một', 'Giám khảo Hai', 'Giám khảo Ba', 'Người ngoài'].map((name) =>
      makeMember(newsroom, [{ page: page.id, roles: ['collaborator'] }], { name }),
    ),
  )
  const unit = (await payload.create({ collection: 'units', data: { name: 'Chi bộ Ấp 3' } })).id
  await payload.update({ collection: 'users', id: j3.id, data: { unit } as never })
  const member = await payload.create({
    collection: 'members',
    data: { fullName: 'Giám khảo Hai', unit, user: j2.id, page: page.id } as never,
  })
  const photo = await uploadPhoto(newsroom, board, { caption: 'Đồi cao su' })
  contest = await makeContest(newsroom, page.id, { jury: [j1.id, j2.id, j3.id], stage: 'judging' })
  e1 = await makeEntry(newsroom, contest.id, {
    title: 'Bình minh Phú Riềng',
    photos: [photo.id],
    entrant: { name: 'Nguyễn Thị Ánh', phone: '0912345678', email: 'anh@example.vn', place: 'Xã Phú Riềng' },
  })
  e2 = await makeEntry(newsroom, contest.id, { member: member.id, stage: 'published' })
  e3 = await makeEntry(newsroom, contest.id, {
    title: '=HYPERLINK("http://x","y")',
    entrant: { name: 'Trần Văn Bình', unit },
  })
  e4 = await makeEntry(newsroom, contest.id, { title: 'Mùa nước nổi' })
  waiting = await makeEntry(newsroom, contest.id, { stage: 'submitted' })
}, 180_000)
afterAll(async () => {
  await newsroom?.stop()
})

describe('scoring', () => {
  test('a juror scores an entry on the rubric: total on 100', async () => {
    const response = await submit(j1, e1.id, { marks: marks(9, 6) })
    expect(response.status).toBe(200)
    // 3·0.9 + 1·0.6 = 3.3 over 4 → 82.5
    expect(response.body).toMatchObject({ total: 82.5 })
  })

  test('bad sheets are refused and change nothing', async () => {
    for (const bad of [
      { marks: [{ criterion: 'Nội dung', points: 9 }] },
      { marks: marks(11, 1) },
      { marks: marks(-1, 1) },
      { marks: [...marks(1, 1), { criterion: 'Khác', points: 1 }] },
      { marks: 'mười điểm' },
    ]) {
      const response = await submit(j1, e1.id, bad)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.code).toBe('score_sheet_invalid')
    }
    const stored = await newsroom.payload.find({ collection: 'contest-scores', where: { entry: { equals: e1.id } } })
    expect(stored.docs.map((sheet) => sheet.total)).toEqual([82.5])
  })

  test('submitting again replaces the juror’s one sheet', async () => {
    expect((await submit(j1, e1.id, { marks: marks(8, 8) })).body.total).toBe(80)
    const stored = await newsroom.payload.find({ collection: 'contest-scores', where: { entry: { equals: e1.id } } })
    expect(stored.docs.map((sheet) => sheet.total)).toEqual([80])
  })

  test('only jurors, only approved or published entries, only while judging', async () => {
    expect((await submit(outsider, e1.id, { marks: marks(1, 1) })).status).toBe(404)
    expect((await submit(board, e1.id, { marks: marks(1, 1) })).status).toBe(404)
    const notApproved = await submit(j1, waiting.id, { marks: marks(1, 1) })
    expect(notApproved.status).toBe(409)
    expect(notApproved.body.errors[0].data.code).toBe('entry_not_scorable')
    expect((await newsroom.api('POST', '/api/contest-scores/submit', { json: { entry: e1.id } })).status).toBe(401)
  })

  test('nobody writes sheets through the plain REST routes', async () => {
    const created = await newsroom.api('POST', '/api/contest-scores', {
      token: j1.token,
      json: { contest: contest.id, entry: e2.id, juror: j1.id, total: 100, submittedAt: new Date().toISOString() },
    })
    expect(created.status).toBe(403)
  })
})

describe('blind scoring', () => {
  test('a juror sees other jurors’ sheets for an entry only after submitting their own', async () => {
    expect(await sheetsSeenBy(j3, e1.id)).toEqual([])
    expect(await sheetsSeenBy(j1, e1.id)).toEqual([String(j1.id)])
    expect((await submit(j3, e1.id, { marks: marks(6, 6) })).status).toBe(200)
    expect(await sheetsSeenBy(j3, e1.id)).toEqual([String(j1.id), String(j3.id)].sort())
    // Still blind on the entries they have not scored.
    expect((await submit(j1, e4.id, { marks: marks(7, 7) })).status).toBe(200)
    expect(await sheetsSeenBy(j3, e4.id)).toEqual([])
  })

  test('the board sees every sheet; another page’s board none', async () => {
    expect(await sheetsSeenBy(board, e1.id)).toEqual([String(j1.id), String(j3.id)].sort())
    expect(await sheetsSeenBy(otherBoard, e1.id)).toEqual([])
  })
})

describe('recusal', () => {
  test('the entrant on the jury must stand aside; their recusal is recorded', async () => {
    const refused = await submit(j2, e2.id, { marks: marks(10, 10) })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data.code).toBe('recusal_required')
    expect((await recuse(j2, e2.id, '  ')).status).toBe(400)
    expect((await recuse(j2, e2.id, 'Bài của chính tôi')).status).toBe(200)
    expect((await submit(j2, e2.id, { marks: marks(10, 10) })).body.errors[0].data.code).toBe('sheet_recused')
  })

  test('a juror from the entrant’s unit must stand aside too', async () => {
    expect((await submit(j3, e3.id, { marks: marks(10, 10) })).body.errors[0].data.code).toBe('recusal_required')
    expect((await recuse(j3, e3.id, 'Cùng chi bộ')).status).toBe(200)
  })

  test('the board may recuse a juror; nobody else may', async () => {
    const asBoard = (user: TestUser) =>
      newsroom.api('POST', '/api/contest-scores/recuse', {
        token: user.token,
        json: { entry: e4.id, juror: j2.id, reason: 'Ban Tổ chức quyết định' },
      })
    expect((await asBoard(j1)).status).toBe(404)
    expect((await asBoard(otherBoard)).status).toBe(404)
    expect((await asBoard(board)).status).toBe(200)
    const refused = await submit(j2, e4.id, { marks: marks(5, 5) })
    expect(refused.body.errors[0].data.code).toBe('sheet_recused')
  })

  test('the board may undo a recusal: the sheet is pending again; the rules still bind', async () => {
    const reinstate = (user: TestUser, json: Record<string, unknown>) =>
      newsroom.api('POST', '/api/contest-scores/reinstate', { token: user.token, json })
    const sheetOf = async (entry: Id, juror: Id) =>
      (
        await newsroom.payload.find({
          collection: 'contest-scores',
          where: { and: [{ entry: { equals: entry } }, { juror: { equals: juror } }] },
          depth: 0,
        })
      ).docs[0]
    expect((await reinstate(j2, { entry: e4.id, juror: j2.id })).status).toBe(404)
    expect((await reinstate(otherBoard, { entry: e4.id, juror: j2.id })).status).toBe(404)
    const noJuror = await reinstate(board, { entry: e4.id })
    expect([noJuror.status, noJuror.body.errors[0].data.code]).toEqual([400, 'juror_required'])
    const notRecused = await reinstate(board, { entry: e4.id, juror: j1.id })
    expect([notRecused.status, notRecused.body.errors[0].data.code]).toEqual([409, 'sheet_not_recused'])
    expect(await sheetOf(e4.id, j1.id)).toMatchObject({ recused: false, total: 70 })

    expect((await reinstate(board, { entry: e4.id, juror: j2.id })).body).toMatchObject({ recused: false })
    expect(await sheetOf(e4.id, j2.id)).toMatchObject({ recused: false, recusalReason: null, submittedAt: null })
    // The board's own recusal again, for what follows.
    expect(
      (
        await newsroom.api('POST', '/api/contest-scores/recuse', {
          token: board.token,
          json: { entry: e4.id, juror: j2.id, reason: 'Ban Tổ chức quyết định' },
        })
      ).status,
    ).toBe(200)

    // The entrant reinstated still may not score their own entry.
    expect((await reinstate(board, { entry: e2.id, juror: j2.id })).status).toBe(200)
    expect((await submit(j2, e2.id, { marks: marks(10, 10) })).body.errors[0].data.code).toBe('recusal_required')
    expect((await recuse(j2, e2.id, 'Bài của chính tôi')).status).toBe(200)
  })

  test('a recused juror does not see the others’ marks', async () => {
    expect(await sheetsSeenBy(j2, e2.id)).toEqual([String(j2.id)])
  })
})

describe('progress', () => {
  test('the board sees jurors × entries: scored, recused, pending', async () => {
    await submit(j1, e2.id, { marks: marks(10, 10) })
    await submit(j1, e3.id, { marks: marks(5, 5) })
    await submit(j2, e1.id, { marks: marks(7, 9) })
    const response = await newsroom.api('GET', `/api/contests/${contest.id}/judging-progress`, { token: board.token })
    expect(response.status).toBe(200)
    const { jurors, entries, counts } = response.body
    expect(jurors.map((juror: { name: string }) => juror.name)).toEqual([
      'Giám khảo Một',
      'Giám khảo Hai',
      'Giám khảo Ba',
    ])
    expect(entries.map((entry: { number: number; cells: string[] }) => [entry.number, entry.cells])).toEqual([
      [e1.number, ['scored', 'scored', 'scored']],
      [e2.number, ['scored', 'recused', 'pending']],
      [e3.number, ['scored', 'pending', 'recused']],
      [e4.number, ['scored', 'recused', 'pending']],
    ])
    expect(counts).toEqual({ scored: 6, recused: 3, pending: 3 })
  })

  test('jurors and other pages’ boards do not see the matrix', async () => {
    for (const user of [j1, otherBoard]) {
      expect(
        (await newsroom.api('GET', `/api/contests/${contest.id}/judging-progress`, { token: user.token })).status,
      ).toBe(404)
    }
  })

  test('a juror’s own view: rubric, entries, own marks, no contact details', async () => {
    const response = await newsroom.api('GET', `/api/contests/${contest.id}/judging`, { token: j3.token })
    expect(response.status).toBe(200)
    expect(response.body.contest.rubric).toHaveLength(2)
    expect(response.body.entries).toHaveLength(4)
    const first = response.body.entries[0]
    expect(first.sheet).toMatchObject({ total: 60, recused: false })
    expect(JSON.stringify(response.body)).not.toContain('0912345678')
    expect(JSON.stringify(response.body)).not.toContain('anh@example.vn')
  })
})

describe('results', () => {
  const compute = (user: TestUser, json?: Record<string, unknown>) =>
    newsroom.api('POST', `/api/contests/${contest.id}/results`, { token: user.token, json })
  const publish = (json: Record<string, unknown> = {}) =>
    newsroom.api('POST', `/api/contests/${contest.id}/transition`, {
      token: board.token,
      json: { action: 'publish_results', ...json },
    })

  test('only the board computes them', async () => {
    expect((await compute(j1, { acceptPending: true })).status).toBe(404)
    expect((await compute(otherBoard, { acceptPending: true })).status).toBe(404)
  })

  test('with sheets still pending, computing is refused unless the board accepts them; nothing is written', async () => {
    const refused = await newsroom.api('POST', `/api/contests/${contest.id}/results`, {
      token: board.token,
      headers: { 'accept-language': 'en' },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]).toEqual({
      message: expect.stringMatching(/^Judging is not finished: .* Pending sheets: 3$/),
      data: { code: 'judging_incomplete', pending: 3 },
    })
    for (const acceptPending of [false, 'true', 1]) {
      const answer = await compute(board, { acceptPending })
      expect(answer.status).toBe(409)
      expect(answer.body.errors[0].message).toContain('Số phiếu chưa chấm: 3')
    }
    const entry = await newsroom.payload.findByID({ collection: 'contest-entries', id: e1.id, depth: 0 })
    expect(entry).toMatchObject({ stage: 'approved', rank: null, prize: null })
    const stored = await newsroom.payload.findByID({ collection: 'contests', id: contest.id, depth: 0 })
    expect(stored.announcement ?? null).toBeNull()
  })

  test('ranking, prizes and the drafted announcement; the same again on a second run', async () => {
    const first = await compute(board, { acceptPending: true })
    expect(first.status).toBe(200)
    // e1: (80 + 60 + 75) / 3 = 71.67 ; e2: 100 ; e3: 50 ; e4: 70
    expect(
      first.body.results.map((r: { number: number; rank: number; prize: string | null; juryScore: number }) => [
        r.number,
        r.juryScore,
        r.rank,
        r.prize,
      ]),
    ).toEqual([
      [e2.number, 100, 1, 'Giải Nhất'],
      [e1.number, 71.67, 2, 'Giải Nhì'],
      [e4.number, 70, 3, null],
      [e3.number, 50, 4, null],
    ])
    const second = await compute(board, { acceptPending: true })
    expect(second.body).toEqual(first.body)

    const entry = await newsroom.payload.findByID({ collection: 'contest-entries', id: e1.id, depth: 0 })
    expect(entry).toMatchObject({ stage: 'scored', juryScore: 71.67, finalScore: 71.67, rank: 2, prize: 'Giải Nhì' })
    const stored = await newsroom.payload.findByID({ collection: 'contests', id: contest.id, depth: 0 })
    expect(stored.announcement).toEqual(first.body.announcement)
    const story = await newsroom.payload.findByID({ collection: 'stories', id: first.body.announcement, depth: 0 })
    expect(story.stage).toBe('draft')
    expect(story.title).toContain('Công bố kết quả cuộc thi')
    const body = JSON.stringify(story.body)
    expect(body).toContain('Giải Nhất: Người dự thi')
    expect(body).toContain('Giải Nhì: Nguyễn Thị Ánh — tác phẩm “Bình minh Phú Riềng”')
    expect(story.photos).toHaveLength(1)
    const stories = await newsroom.payload.find({
      collection: 'stories',
      where: { title: { like: 'Công bố kết quả' } },
    })
    expect(stories.totalDocs).toBe(1)
  })

  test('a winner’s certificate is a PDF in Vietnamese; others have none', async () => {
    const pdf = await download(board, `/api/contest-entries/${e1.id}/certificate.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const parser = new PDFParse({ data: new Uint8Array(pdf.bytes) })
    const { text } = await parser.getText()
    await parser.destroy()
    for (const phrase of [
      'GIẤY CHỨNG NHẬN',
      'Nguyễn Thị Ánh',
      'Bình minh Phú Riềng',
      'đã đoạt Giải Nhì',
      'Quê hương – Thân thiện – Nghĩa tình',
    ]) {
      expect(text).toContain(phrase)
    }
    expect((await download(board, `/api/contest-entries/${e4.id}/certificate.pdf`)).status).toBe(404)
    expect((await download(j1, `/api/contest-entries/${e1.id}/certificate.pdf`)).status).toBe(404)
    expect((await download(null, `/api/contest-entries/${e1.id}/certificate.pdf`)).status).toBe(401)
  })

  test('the XLSX holds entries with contacts, every sheet, votes; no formula from a title', async () => {
    const file = await download(board, `/api/contests/${contest.id}/export.xlsx`)
    expect(file.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.bytes as never)
    const rows = (sheet: string) =>
      (workbook.getWorksheet(sheet)!.getSheetValues() as unknown[][]).slice(3).map((row) => row.slice(1))
    const entries = rows('Bài dự thi')
    expect(entries).toContainEqual([
      e1.number,
      'Bình minh Phú Riềng',
      'Đã chấm',
      'Nguyễn Thị Ánh',
      '0912345678',
      'anh@example.vn',
      'Xã Phú Riềng',
      0,
      71.67,
      71.67,
      2,
      'Giải Nhì',
    ])
    const injected = entries.find((row) => row[0] === e3.number)!
    expect(injected[1]).toBe('\'=HYPERLINK("http://x","y")')
    const sheets = rows('Phiếu chấm')
    expect(sheets).toContainEqual([e1.number, 'Bình minh Phú Riềng', 'Giám khảo Hai', 7, 9, 75, undefined])
    expect(sheets).toContainEqual([
      e2.number,
      expect.any(String),
      'Giám khảo Hai',
      undefined,
      undefined,
      undefined,
      'Bài của chính tôi',
    ])
    expect((await download(j1, `/api/contests/${contest.id}/export.xlsx`)).status).toBe(404)
  })

  test('publishing the results with sheets pending needs the same consent', async () => {
    const refused = await publish()
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data).toEqual({ code: 'judging_incomplete', pending: 3 })
    expect((await publish({ acceptPending: 'yes' })).status).toBe(409)
    const before = await newsroom.payload.findByID({ collection: 'contests', id: contest.id, depth: 0 })
    expect(before.stage).toBe('judging')
    const published = await publish({ acceptPending: true })
    expect(published.status).toBe(200)
    expect(published.body.stage).toBe('results_published')
    // Computing again after publication asks again: the pending sheets are still left out.
    expect((await compute(board)).body.errors[0].data.code).toBe('judging_incomplete')
  })

  test('scoring closes with the judging stage', async () => {
    const late = await submit(j2, e4.id, { marks: marks(1, 1) })
    expect(late.status).toBe(409)
    expect(late.body.errors[0].data.code).toBe('contest_not_judging')
  })
})

describe('a juror from another page', () => {
  let guest: TestUser
  let judged: { id: Id }
  const photoOf = async (seed: number) => uploadPhoto(newsroom, board, { seed, caption: `Ảnh dự thi ${seed}` })
  let [shown, second, unmoderated, otherContest, notYet]: Awaited<ReturnType<typeof photoOf>>[] = []
  const fileOf = (user: TestUser, url: string) => download(user, url.replace(/^https?:\/\/[^/]+/, ''))

  beforeAll(async () => {
    guest = await makeMember(newsroom, [{ page: otherPageId, roles: ['collaborator'] }], {
      name: 'Giám khảo Bù Đăng',
    })
    ;[shown, second, unmoderated, otherContest, notYet] = await Promise.all([21, 22, 23, 24, 25].map(photoOf))
    judged = await makeContest(newsroom, pageId, { jury: [guest.id], stage: 'judging' })
    await makeEntry(newsroom, judged.id, {
      photos: [shown.id, second.id],
      entrant: { name: 'Lê Thị Hoa', phone: '0987654321', email: 'hoa@example.vn', place: 'Xã Bù Nho' },
    })
    await makeEntry(newsroom, judged.id, { photos: [unmoderated.id], stage: 'submitted' })
    const notJudgedByGuest = await makeContest(newsroom, pageId, { jury: [j1.id], stage: 'judging' })
    await makeEntry(newsroom, notJudgedByGuest.id, { photos: [otherContest.id] })
    const closed = await makeContest(newsroom, pageId, { jury: [guest.id], stage: 'closed' })
    await makeEntry(newsroom, closed.id, { photos: [notYet.id] })
  })

  test('gets the judging payload and every photo file it names', async () => {
    const response = await newsroom.api('GET', `/api/contests/${judged.id}/judging`, { token: guest.token })
    expect(response.status).toBe(200)
    expect(response.body.isJuror).toBe(true)
    const photos = response.body.entries.flatMap((entry: { photos: { id: Id; url: string }[] }) => entry.photos)
    expect(photos.map((photo: { id: Id }) => String(photo.id))).toEqual([String(shown.id), String(second.id)])
    for (const photo of photos) {
      const file = await fileOf(guest, photo.url)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/jpeg')
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    }
    const text = JSON.stringify(response.body)
    expect(text).not.toContain('0987654321')
    expect(text).not.toContain('hoa@example.vn')
  })

  test('only those photos: not an unmoderated entry’s, not another contest’s, not before judging', async () => {
    for (const photo of [unmoderated, otherContest, notYet]) {
      expect([403, 404]).toContain((await fileOf(guest, `/api/media/file/${photo.filename}`)).status)
    }
    const listed = await newsroom.api('GET', '/api/media?depth=0&limit=100', { token: guest.token })
    expect(listed.body.docs.map((doc: { id: Id }) => String(doc.id)).sort()).toEqual(
      [String(shown.id), String(second.id)].sort(),
    )
    // The entry itself, with the entrant's contact, stays out of reach.
    const entries = await newsroom.api('GET', `/api/contest-entries?where[contest][equals]=${judged.id}`, {
      token: guest.token,
    })
    expect(JSON.stringify(entries.body)).not.toContain('0987654321')
  })

  test('the photos close again when the contest leaves judging', async () => {
    await newsroom.payload.update({
      collection: 'contests',
      id: judged.id,
      data: { stage: 'results_published' } as never,
    })
    expect([403, 404]).toContain((await fileOf(guest, `/api/media/file/${shown.filename}`)).status)
  })
})
