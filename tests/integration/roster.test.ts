import { createLocalReq } from 'payload'

import { resolveAssignee } from '../../src/inbox/duty'
import { usableSlots } from '../../src/roster/slots'
import { upcomingShiftsOf } from '../../src/roster/weekData'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

type Id = string | number
const MONDAY = '2026-03-02'
const NEXT_MONDAY = '2026-03-09'

let newsroom: TestNewsroom
let admin: TestUser
let board: TestUser
let d1: TestUser
let d2: TestUser
let d3: TestUser
let ctv: TestUser

const same = (a: unknown, b: unknown) => String(a) === String(b)
const setWeek = (user: TestUser | null, json: unknown) =>
  newsroom.api('POST', '/api/shifts/week', { token: user?.token, json })
const copyWeek = (user: TestUser | null, json: unknown) =>
  newsroom.api('POST', '/api/shifts/copy-week', { token: user?.token, json })
const getWeek = (user: TestUser | null, day: string) =>
  newsroom.api('GET', `/api/shifts/week?tuan=${day}`, { token: user?.token })

const allRows = async () =>
  (
    await newsroom.payload.find({ collection: 'shifts', sort: 'startsAt', depth: 0, limit: 0, pagination: false })
  ).docs.map((row: any) => ({
    day: row.day as string,
    slot: row.slot as string,
    startsAt: row.startsAt as string,
    endsAt: row.endsAt as string,
    members: (row.members ?? []).map(String).sort() as string[],
  }))
const rowOf = async (day: string, slot: string) => (await allRows()).find((row) => row.day === day && row.slot === slot)
const cellOf = (week: any, day: string, slot: string) =>
  week.cells.find((cell: any) => cell.day === day && cell.slot === slot)
const ids = (...users: TestUser[]) => users.map((user) => String(user.id)).sort()
/** The district page: where makeUser puts everyone, so whose roster these tests set. */
const districtPage = async (): Promise<Id> =>
  (await newsroom.payload.find({ collection: 'pages', where: { level: { equals: 'district' } }, depth: 0 })).docs[0]!.id
/** The duty slots are the page's own settings, edited on the page document by an admin. */
const setSlots = async (slots: unknown[]) =>
  newsroom.api('PATCH', `/api/pages/${await districtPage()}`, { token: admin.token, json: { dutySlots: slots } })
/** Takes a role away the way an admin does now: in the user's page membership. */
const setPageRoles = async (user: TestUser, roles: string[]) =>
  newsroom.payload.update({
    collection: 'users',
    id: user.id,
    data: { memberships: [{ page: await districtPage(), roles }] } as never,
  })

beforeAll(async () => {
  newsroom = await startNewsroom()
  admin = await newsroom.makeUser(['admin'])
  board = await newsroom.makeUser(['board'])
  d1 = await newsroom.makeUser(['duty'])
  d2 = await newsroom.makeUser(['duty'])
  d3 = await newsroom.makeUser(['duty'])
  ctv = await newsroom.makeUser(['collaborator'])
  for (const [user, name] of [
    [d1, 'Trực Một'],
    [d2, 'Trực Hai'],
    [d3, 'Trực Ba'],
  ] as const) {
    await newsroom.payload.update({ collection: 'users', id: user.id, data: { name } as never })
  }
})
afterAll(async () => {
  await newsroom?.stop()
})
beforeEach(async () => {
  await newsroom.payload.delete({ collection: 'shifts', where: { id: { exists: true } } })
})

describe('setting a week', () => {
  test('rows get absolute instants in Asia/Ho_Chi_Minh: 06:00 local is 23:00Z the day before', async () => {
    const response = await setWeek(board, {
      week: '2026-03-04',
      assignments: [
        { day: MONDAY, slot: 'Sáng', members: [d1.id] },
        { day: MONDAY, slot: 'Tối', members: [d2.id] },
      ],
    })
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Đã lưu lịch trực.')
    const morning = await rowOf(MONDAY, 'Sáng')
    expect(morning).toMatchObject({ startsAt: '2026-03-01T23:00:00.000Z', endsAt: '2026-03-02T04:00:00.000Z' })
    expect(await rowOf(MONDAY, 'Tối')).toMatchObject({
      startsAt: '2026-03-02T10:00:00.000Z',
      endsAt: '2026-03-02T15:00:00.000Z',
    })
    const stored = await newsroom.payload.find({ collection: 'shifts', where: { slot: { equals: 'Sáng' } }, depth: 0 })
    expect((stored.docs[0] as any).label).toBe('Thứ Hai 02/03/2026 · Sáng 06:00–11:00')
  })

  test('the week shows every day × slot, members by name, and the gaps', async () => {
    await setWeek(board, {
      week: MONDAY,
      assignments: [
        { day: MONDAY, slot: 'Sáng', members: [d1.id, d2.id] },
        { day: '2026-03-08', slot: 'Chiều', members: [d3.id] },
      ],
    })
    const { status, body: week } = await getWeek(d1, '2026-03-08')
    expect(status).toBe(200)
    expect(week.monday).toBe(MONDAY)
    expect(week.days).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ])
    expect(week.slots.map((slot: any) => slot.name)).toEqual(['Sáng', 'Chiều', 'Tối'])
    expect(week.cells).toHaveLength(21)
    expect(week.gaps).toBe(19)
    const morning = cellOf(week, MONDAY, 'Sáng')
    expect(morning.members.map((member: any) => member.name).sort()).toEqual(['Trực Hai', 'Trực Một'])
    expect(morning.gap).toBe(false)
    expect(cellOf(week, MONDAY, 'Chiều')).toMatchObject({ gap: true, members: [], shiftId: null })
    expect(cellOf(week, '2026-03-08', 'Chiều').gap).toBe(false)
  })

  test('only the listed cells change; an empty list empties a cell; nothing is duplicated', async () => {
    await setWeek(board, {
      week: MONDAY,
      assignments: [
        { day: MONDAY, slot: 'Sáng', members: [d1.id] },
        { day: MONDAY, slot: 'Chiều', members: [d2.id] },
      ],
    })
    const response = await setWeek(admin, {
      week: MONDAY,
      assignments: [
        { day: MONDAY, slot: 'Sáng', members: [d1.id, d3.id, d3.id] },
        { day: MONDAY, slot: 'Chiều', members: [] },
        { day: '2026-03-03', slot: 'Chiều', members: [] },
      ],
    })
    expect(response.status).toBe(200)
    const rows = await allRows()
    expect(rows.map((row) => [row.slot, row.members])).toEqual([
      ['Sáng', ids(d1, d3)],
      ['Chiều', []],
    ])
    expect(cellOf(response.body.week, MONDAY, 'Chiều').gap).toBe(true)
  })

  test('bad input is refused with a reason and changes nothing', async () => {
    await setWeek(board, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Sáng', members: [d1.id] }] })
    const before = await allRows()
    const outside = await setWeek(board, {
      week: MONDAY,
      assignments: [{ day: NEXT_MONDAY, slot: 'Sáng', members: [] }],
    })
    expect(outside.status).toBe(400)
    expect(outside.body.errors[0].message).toBe('Có ngày không thuộc tuần đang phân công: 2026-03-09')
    const slot = await setWeek(board, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Khuya', members: [] }] })
    expect(slot.status).toBe(400)
    expect(slot.body.errors[0].data.code).toBe('unknown_slot')
    const stranger = await setWeek(board, {
      week: MONDAY,
      assignments: [
        { day: MONDAY, slot: 'Chiều', members: [d2.id] },
        { day: MONDAY, slot: 'Tối', members: [ctv.id] },
      ],
    })
    expect(stranger.status).toBe(400)
    expect(stranger.body.errors[0].message).toBe(
      'Chỉ phân công được người có vai trò Tổ xử lý thông tin (trực trang) ở trang này.',
    )
    const badWeek = await setWeek(board, { week: '2026-02-30', assignments: [] })
    expect(badWeek.status).toBe(400)
    expect(badWeek.body.errors[0].data.code).toBe('invalid_week')
    expect(await allRows()).toEqual(before)
  })

  test('two boards filling the same empty cell at once make one row', async () => {
    const [a, b] = await Promise.all([
      setWeek(board, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Sáng', members: [d1.id] }] }),
      setWeek(admin, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Sáng', members: [d2.id] }] }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const rows = await allRows()
    expect(rows).toHaveLength(1)
    expect([ids(d1), ids(d2)]).toContainEqual(rows[0]!.members)
  })

  test('a slot added by an admin shows up, and one running past midnight ends the next day', async () => {
    const slots = [
      { name: 'Sáng', start: '06:00', end: '11:00' },
      { name: 'Chiều', start: '11:00', end: '17:00' },
      { name: 'Tối', start: '17:00', end: '22:00' },
      { name: 'Đêm', start: '22:00', end: '06:00' },
    ]
    const saved = await setSlots(slots)
    expect(saved.status).toBe(200)
    try {
      const response = await setWeek(board, {
        week: MONDAY,
        assignments: [{ day: MONDAY, slot: 'Đêm', members: [d3.id] }],
      })
      expect(response.status).toBe(200)
      expect(response.body.week.cells).toHaveLength(28)
      expect(await rowOf(MONDAY, 'Đêm')).toMatchObject({
        startsAt: '2026-03-02T15:00:00.000Z',
        endsAt: '2026-03-02T23:00:00.000Z',
      })
    } finally {
      await setSlots(slots.slice(0, 3))
    }
  })
})

describe('copying a week forward', () => {
  const seedWeeks = async () => {
    await setWeek(board, {
      week: MONDAY,
      assignments: [
        { day: MONDAY, slot: 'Sáng', members: [d1.id, d2.id] },
        { day: '2026-03-04', slot: 'Tối', members: [d3.id] },
        { day: '2026-03-08', slot: 'Chiều', members: [d2.id] },
      ],
    })
    // The target week already has someone, and the weeks around must not move.
    await setWeek(board, { week: NEXT_MONDAY, assignments: [{ day: NEXT_MONDAY, slot: 'Sáng', members: [d3.id] }] })
    await setWeek(board, { week: '2026-02-23', assignments: [{ day: '2026-02-25', slot: 'Chiều', members: [d1.id] }] })
    await setWeek(board, { week: '2026-03-16', assignments: [{ day: '2026-03-16', slot: 'Sáng', members: [d2.id] }] })
  }
  const outsideTarget = (rows: Awaited<ReturnType<typeof allRows>>) =>
    rows.filter((row) => row.day < NEXT_MONDAY || row.day > '2026-03-15')

  test('adds the assignments weekday for weekday, with the target days’ own instants', async () => {
    await seedWeeks()
    const before = await allRows()
    const response = await copyWeek(board, { from: '2026-03-05', to: NEXT_MONDAY })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      from: MONDAY,
      to: NEXT_MONDAY,
      cells: 3,
      added: 4,
      message: 'Đã sao chép lịch trực.',
    })
    expect(await rowOf(NEXT_MONDAY, 'Sáng')).toMatchObject({
      startsAt: '2026-03-08T23:00:00.000Z',
      endsAt: '2026-03-09T04:00:00.000Z',
      members: ids(d1, d2, d3),
    })
    expect(await rowOf('2026-03-11', 'Tối')).toMatchObject({ startsAt: '2026-03-11T10:00:00.000Z', members: ids(d3) })
    expect(await rowOf('2026-03-15', 'Chiều')).toMatchObject({ startsAt: '2026-03-15T04:00:00.000Z', members: ids(d2) })
    expect(outsideTarget(await allRows())).toEqual(outsideTarget(before))
    expect(response.body.week.gaps).toBe(18)
  })

  test('copying again adds nothing and duplicates nothing', async () => {
    await seedWeeks()
    await copyWeek(board, { from: MONDAY, to: NEXT_MONDAY })
    const once = await allRows()
    const again = await copyWeek(board, { from: MONDAY, to: NEXT_MONDAY })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ cells: 0, added: 0 })
    expect(await allRows()).toEqual(once)
  })

  test('a member who lost the duty role is not copied', async () => {
    const former = await newsroom.makeUser(['duty'])
    await setWeek(board, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Chiều', members: [former.id, d1.id] }] })
    await setPageRoles(former, ['collaborator'])
    await copyWeek(board, { from: MONDAY, to: NEXT_MONDAY })
    expect((await rowOf(NEXT_MONDAY, 'Chiều'))!.members).toEqual(ids(d1))
    const source = cellOf((await getWeek(board, MONDAY)).body, MONDAY, 'Chiều')
    expect(source.members.find((member: any) => same(member.id, former.id)).onDuty).toBe(false)
  })

  test('the copied week really puts people on duty: an item at 07:00 local goes to them', async () => {
    await setWeek(board, { week: MONDAY, assignments: [{ day: '2026-03-03', slot: 'Sáng', members: [d2.id] }] })
    await copyWeek(board, { from: MONDAY, to: NEXT_MONDAY })
    const req = await createLocalReq({}, newsroom.payload)
    expect(
      same(
        await resolveAssignee(newsroom.payload, await districtPage(), new Date('2026-03-10T07:00:00+07:00'), req),
        d2.id,
      ),
    ).toBe(true)
  })

  test('the same week, or a week that is not a day, is refused', async () => {
    expect((await copyWeek(board, { from: MONDAY, to: '2026-03-08' })).body.errors[0].data.code).toBe('same_week')
    expect((await copyWeek(board, { from: MONDAY, to: 'next week' })).status).toBe(400)
  })
})

describe('access', () => {
  test('a duty member sees the roster but cannot change it', async () => {
    expect((await getWeek(d1, MONDAY)).status).toBe(200)
    const write = await setWeek(d1, { week: MONDAY, assignments: [{ day: MONDAY, slot: 'Sáng', members: [d1.id] }] })
    expect(write.status).toBe(403)
    expect(write.body.errors[0].message).toBe('Chỉ Ban Biên tập và quản trị viên được phân công lịch trực.')
    expect((await copyWeek(d1, { from: MONDAY, to: NEXT_MONDAY })).status).toBe(403)
    const direct = await newsroom.api('POST', '/api/shifts', {
      token: d1.token,
      json: { day: MONDAY, slot: 'Sáng', startsAt: '2026-03-01T23:00:00Z', endsAt: '2026-03-02T04:00:00Z' },
    })
    expect(direct.status).toBe(403)
    expect(await allRows()).toEqual([])
  })

  test('collaborators do not see the roster; anonymous requests are asked to sign in', async () => {
    const hidden = await getWeek(ctv, MONDAY)
    expect(hidden.status).toBe(403)
    expect(hidden.body.errors[0].message).toBe('Lịch trực chỉ dành cho Tổ xử lý thông tin và Ban Biên tập.')
    expect((await getWeek(null, MONDAY)).status).toBe(401)
    expect((await setWeek(null, { week: MONDAY, assignments: [] })).status).toBe(401)
    expect((await copyWeek(ctv, { from: MONDAY, to: NEXT_MONDAY })).status).toBe(403)
  })

  test('English on request', async () => {
    const response = await newsroom.api('POST', '/api/shifts/week', {
      token: d1.token,
      json: { week: MONDAY, assignments: [] },
      headers: { 'accept-language': 'en' },
    })
    expect(response.body.errors[0].message).toBe('Only the board and admins may assign duty shifts.')
  })
})

describe('my upcoming shifts', () => {
  test('the shifts a member is on that have not ended, soonest first, in local time', async () => {
    await setWeek(board, {
      week: MONDAY,
      assignments: [
        { day: '2026-03-03', slot: 'Tối', members: [d1.id] },
        { day: MONDAY, slot: 'Sáng', members: [d1.id, d2.id] },
        { day: MONDAY, slot: 'Chiều', members: [d2.id] },
        { day: '2026-03-04', slot: 'Sáng', members: [d1.id] },
      ],
    })
    // 10:30 local on Monday: the morning shift is still on, nothing earlier counts.
    const mine = await upcomingShiftsOf(newsroom.payload, d1.id as Id, { now: new Date('2026-03-02T10:30:00+07:00') })
    expect(mine.map((shift) => [shift.day, shift.slot, shift.start, shift.end])).toEqual([
      [MONDAY, 'Sáng', '06:00', '11:00'],
      ['2026-03-03', 'Tối', '17:00', '22:00'],
      ['2026-03-04', 'Sáng', '06:00', '11:00'],
    ])
    const later = await upcomingShiftsOf(newsroom.payload, d1.id as Id, { now: new Date('2026-03-02T11:00:00+07:00') })
    expect(later).toHaveLength(2)
  })
})

describe('slots from the settings', () => {
  test('defaults for a never-saved global; bad or repeated slots are left out', () => {
    expect(usableSlots(undefined).map((slot) => slot.name)).toEqual(['Sáng', 'Chiều', 'Tối'])
    expect(usableSlots([]).map((slot) => slot.name)).toEqual(['Sáng', 'Chiều', 'Tối'])
    expect(
      usableSlots([
        { name: 'Sáng', start: '06:00', end: '11:00' },
        { name: 'Sáng', start: '07:00', end: '12:00' },
        { name: 'Lỗi', start: '25:00', end: '26:00' },
        { name: '', start: '12:00', end: '13:00' },
        { name: 'Đêm', start: '22:00', end: '06:00' },
      ]),
    ).toEqual([
      { name: 'Sáng', start: '06:00', end: '11:00' },
      { name: 'Đêm', start: '22:00', end: '06:00' },
    ])
  })
})
