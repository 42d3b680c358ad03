import ExcelJS from 'exceljs'
import { PDFParse } from 'pdf-parse'

import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

type Id = string | number

let newsroom: TestNewsroom
let board: TestUser
let author: TestUser
let collaborator: TestUser
let units: { U1: Id; U2: Id }
let m: Record<'an' | 'binh' | 'cuong', Id>

const utc = (local: string) => new Date(`${local}+07:00`).toISOString()
const create = async (collection: string, data: Record<string, unknown>) =>
  (await newsroom.payload.create({ collection: collection as never, data: data as never, depth: 0 })) as { id: Id }

/**
 * November 2026 (Vietnam time), by hand, default weights (story 10, photo 3, shared 2, reacted 1,
 * commented 1, contest entry 5):
 * - An (U1, login `author`): 1 story published 05/11 with 2 photos he uploaded → 10 + 6; shared → 2;
 *   a contest entry → 5. Total 23. (A story published 01/12 and a withdrawn entry do not count.)
 * - Bình (U1): shared + reacted → 3.
 * - Cường (U2): reacted on 31/10 23:30 (October) → 0; commented 30/11 23:30 → 1.
 * Units: U1 26, U2 1.
 */
beforeAll(async () => {
  newsroom = await startNewsroom()
  units = {
    U1: (await create('units', { name: 'Chi bộ Ấp 3' })).id,
    U2: (await create('units', { name: 'Chi bộ Ấp 4' })).id,
  }
  board = await newsroom.makeUser(['board'])
  author = await newsroom.makeUser(['collaborator'])
  collaborator = await newsroom.makeUser(['collaborator'])
  m = {
    an: (await create('members', { fullName: 'Nguyễn Văn An', unit: units.U1, user: author.id })).id,
    binh: (await create('members', { fullName: 'Trần Thị Bình', unit: units.U1 })).id,
    cuong: (await create('members', { fullName: 'Lê Văn Cường', unit: units.U2 })).id,
  }
  const photos = [
    (await uploadPhoto(newsroom, author, { seed: 1 })).id,
    (await uploadPhoto(newsroom, author, { seed: 2 })).id,
  ]
  await create('stories', {
    title: 'Tháng 11',
    author: author.id,
    stage: 'published',
    stageChangedAt: utc('2026-11-05T09:00:00'),
    photos,
  })
  await create('stories', {
    title: 'Tháng 12',
    author: author.id,
    stage: 'published',
    stageChangedAt: utc('2026-12-01T09:00:00'),
  })

  const channel = (await create('channels', { name: 'Trang tin (biểu dương)', kind: 'local_feed' })).id
  const story = (await create('stories', { title: 'Bài chiến dịch', author: board.id, stage: 'published' })).id
  const publication = (
    await create('publications', { story, channel, state: 'published', scheduledFor: utc('2026-10-30T08:00:00') })
  ).id
  const campaign = (
    await create('campaigns', {
      title: 'Chiến dịch tháng 11',
      publication,
      startsAt: utc('2026-10-30T08:00:00'),
      endsAt: utc('2026-12-30T08:00:00'),
    })
  ).id
  const action = (member: Id, kind: string, local: string) =>
    create('campaign-actions', { campaign, member, kind, at: utc(local), source: 'tap' })
  await action(m.an, 'shared', '2026-11-02T10:00:00')
  await action(m.binh, 'shared', '2026-11-03T10:00:00')
  await action(m.binh, 'reacted', '2026-11-03T10:05:00')
  await action(m.cuong, 'reacted', '2026-10-31T23:30:00')
  await action(m.cuong, 'commented', '2026-11-30T23:30:00')

  const contest = (
    await create('contests', {
      title: 'Ảnh đẹp quê hương',
      slug: 'anh-dep-que-huong',
      opensAt: utc('2026-11-01T00:00:00'),
      closesAt: utc('2026-11-30T00:00:00'),
    })
  ).id
  await newsroom.payload.db.create({
    collection: 'contest-entries',
    data: {
      contest,
      number: 1,
      title: 'Bài 1',
      member: m.an,
      stage: 'submitted',
      createdAt: utc('2026-11-10T08:00:00'),
      page: await pageOf(m.an),
    },
  })
  await newsroom.payload.db.create({
    collection: 'contest-entries',
    data: {
      contest,
      number: 2,
      title: 'Bài 2',
      member: m.an,
      stage: 'withdrawn',
      createdAt: utc('2026-11-11T08:00:00'),
      page: await pageOf(m.an),
    },
  })
})
afterAll(async () => {
  await newsroom?.stop()
})

const pageOf = async (member: Id) =>
  (await newsroom.payload.findByID({ collection: 'members', id: member, depth: 0 })).page

const board11 = (query = 'period=2026-11', user: TestUser = board) =>
  newsroom.api('GET', `/api/recognition/leaderboard?${query}`, { token: user.token })

describe('recognition leaderboards', () => {
  test('members and units for a month, hand-computed with the default weights', async () => {
    const { status, body } = await board11()
    expect(status).toBe(200)
    expect(body.members.map((row: any) => [row.rank, row.entry.name, row.score])).toEqual([
      [1, 'Nguyễn Văn An', 23],
      [2, 'Trần Thị Bình', 3],
      [3, 'Lê Văn Cường', 1],
    ])
    expect(body.members[0].entry.counts).toEqual({
      stories: 1,
      photos: 2,
      shared: 1,
      reacted: 0,
      commented: 0,
      contestEntries: 1,
    })
    expect(body.units.map((row: any) => [row.rank, row.entry.name, row.score, row.entry.members])).toEqual([
      [1, 'Chi bộ Ấp 3', 26, 2],
      [2, 'Chi bộ Ấp 4', 1, 1],
    ])
  })

  test('the board’s weights change the ranking', async () => {
    const saved = await newsroom.api('POST', '/api/globals/recognition-settings', {
      token: board.token,
      json: { stories: 0, photos: 0, shared: 1, reacted: 10, commented: 1, contestEntries: 0 },
    })
    expect(saved.status).toBe(200)
    const { body } = await board11()
    expect(body.members.map((row: any) => [row.entry.name, row.score])).toEqual([
      ['Trần Thị Bình', 11],
      ['Lê Văn Cường', 1],
      ['Nguyễn Văn An', 1],
    ])
    expect(
      (
        await newsroom.api('POST', '/api/globals/recognition-settings', {
          token: collaborator.token,
          json: { stories: 99 },
        })
      ).status,
    ).toBe(403)
    await newsroom.api('POST', '/api/globals/recognition-settings', {
      token: board.token,
      json: { stories: 10, photos: 3, shared: 2, reacted: 1, commented: 1, contestEntries: 5 },
    })
  })

  test('a quarter adds October’s reaction', async () => {
    const { body } = await board11('period=2026-Q4')
    const cuong = body.members.find((row: any) => row.entry.name === 'Lê Văn Cường')
    expect(cuong.score).toBe(2)
  })

  test('only the board; a bad period is refused', async () => {
    expect((await board11('period=2026-11', collaborator)).status).toBe(403)
    expect((await newsroom.api('GET', '/api/recognition/leaderboard?period=2026-11')).status).toBe(401)
    const bad = await board11('period=2026-13')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('Kỳ không hợp lệ')
  })

  test('“Danh sách biểu dương” as XLSX and as PDF with its Vietnamese diacritics', async () => {
    const file = async (format: string) => {
      const response = await fetch(`${newsroom.url}/api/recognition/commendation?period=2026-11&format=${format}`, {
        headers: { authorization: `JWT ${board.token}` },
      })
      expect(response.status).toBe(200)
      return Buffer.from(await response.arrayBuffer())
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await file('xlsx')) as never)
    const rows: unknown[][] = []
    workbook.getWorksheet('Đảng viên')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(rows).toContainEqual([1, 'Nguyễn Văn An', 'Chi bộ Ấp 3', 1, 2, 1, 0, 0, 1, 23])
    const parser = new PDFParse({ data: new Uint8Array(await file('pdf')) })
    const { text } = await parser.getText()
    await parser.destroy()
    for (const phrase of [
      'Danh sách biểu dương',
      'tháng 11/2026',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Chi bộ Ấp 3',
      'Đảng viên tiêu biểu',
    ]) {
      expect(text).toContain(phrase)
    }
    expect(
      (
        await fetch(`${newsroom.url}/api/recognition/commendation?period=2026-11&format=pdf`, {
          headers: { authorization: `JWT ${collaborator.token}` },
        })
      ).status,
    ).toBe(403)
  })

  test('“Soạn bài biểu dương” drafts a story by the board member listing the top members and cells', async () => {
    const drafted = await newsroom.api('POST', '/api/recognition/draft-story?period=2026-11', { token: board.token })
    expect(drafted.status).toBe(201)
    const story = await newsroom.payload.findByID({ collection: 'stories', id: drafted.body.id, depth: 0 })
    expect(story).toMatchObject({
      stage: 'draft',
      author: board.id,
      title: 'Biểu dương đảng viên và chi bộ tiêu biểu tháng 11/2026',
    })
    const text = JSON.stringify(story.body)
    expect(text).toContain('1. Đồng chí Nguyễn Văn An (Chi bộ Ấp 3): 23 điểm.')
    expect(text).toContain('1. Chi bộ Ấp 3: 26 điểm.')
    expect(
      (await newsroom.api('POST', '/api/recognition/draft-story?period=2026-11', { token: collaborator.token })).status,
    ).toBe(403)
  })
})
