// Page isolation of the duty roster's week endpoints: the board and duty team of page A neither see
// nor change B's roster, whatever page they name. Written against the endpoints' contract (a week,
// optionally a `page`), so it holds however the roster is scoped: a refusal or A's own week.
import { changedSince, databaseFingerprint } from '../helpers/databaseFingerprint'
import { type ApiResponse, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { makeTwoPages, type TwoPages } from '../helpers/pages'

let newsroom: TestNewsroom
let pages: TwoPages
/** The day of B's shift, and the Monday after its week. */
let day: string
let nextWeek: string
let before: Record<string, string>
/** B's shift as stored before anyone of A tried anything. */
let shiftOfB: unknown

const B_MARK = 'Xa B'

const expectNothingOfB = (response: ApiResponse, label: string) => {
  const text = JSON.stringify(response.body)
  expect({
    label,
    leaked: text.includes(B_MARK) || text.includes(`"shiftId":${JSON.stringify(pages.b.docs.shifts)}`),
  }).toEqual({
    label,
    leaked: false,
  })
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  pages = await makeTwoPages(newsroom)
  shiftOfB = await newsroom.payload.findByID({ collection: 'shifts', id: pages.b.docs.shifts, depth: 0 })
  day = (shiftOfB as { day: string }).day
  nextWeek = new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)
  for (const { slug } of newsroom.payload.config.globals)
    await newsroom.payload.updateGlobal({ slug: slug as never, data: {} })
  before = await databaseFingerprint(newsroom.payload)
}, 180_000)

afterAll(async () => {
  await newsroom?.stop()
})

describe.each(['board', 'duty'] as const)('%s of page A', (role) => {
  const api = (method: string, path: string, json?: unknown) =>
    newsroom.api(method, path, { token: pages.a.team[role].token, json })

  test("reading the week of B's shift shows none of B's shifts or people", async () => {
    for (const path of [`/api/shifts/week?tuan=${day}`, `/api/shifts/week?tuan=${day}&page=${pages.b.id}`]) {
      const response = await api('GET', path)
      expectNothingOfB(response, path)
    }
  })

  test("setting or copying a week changes nothing of B and puts none of B's people on A's roster", async () => {
    const attempts: [string, unknown][] = [
      ['/api/shifts/week', { week: day, page: pages.b.id, assignments: [{ day, slot: 'Sáng', members: [] }] }],
      ['/api/shifts/week', { week: day, assignments: [{ day, slot: 'Sáng', members: [pages.b.team.duty.id] }] }],
      ['/api/shifts/copy-week', { from: day, to: nextWeek, page: pages.b.id }],
      ['/api/shifts/copy-week', { from: day, to: nextWeek }],
    ]
    for (const [path, json] of attempts) expectNothingOfB(await api('POST', path, json), `POST ${path}`)
    const { docs } = await newsroom.payload.find({ collection: 'shifts', limit: 0, depth: 0 })
    const crossed = (docs as unknown as { id: unknown; page: unknown; members?: unknown[] }[]).filter(
      (shift) =>
        String(shift.page) !== String(pages.b.id) &&
        (shift.members ?? []).some((member) => String(member) === String(pages.b.team.duty.id)),
    )
    expect(crossed).toEqual([])
    expect(await newsroom.payload.findByID({ collection: 'shifts', id: pages.b.docs.shifts, depth: 0 })).toEqual(
      shiftOfB,
    )
    const ofB = await newsroom.payload.count({ collection: 'shifts', where: { page: { equals: pages.b.id } } })
    expect(ofB.totalDocs).toBe(1)
  })
})

test('nothing of B changed', async () => {
  const changed = changedSince(before, await databaseFingerprint(newsroom.payload))
  // A's own week may have been written by its board; B's shift is checked above, row by row.
  expect(changed.filter((key) => key !== 'shifts')).toEqual([])
})
