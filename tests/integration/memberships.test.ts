import { districtPage, makeMember, makePage } from '../helpers/pages'
import { type TestNewsroom, startNewsroom } from '../helpers/newsroom'

type UserDoc = { roles: string[]; memberships: { page: unknown; roles: string[] }[] }

let newsroom: TestNewsroom
let district: string | number
let commune: string | number

const stored = async (id: string | number) =>
  (await newsroom.payload.findByID({ collection: 'users', id, depth: 0 })) as unknown as UserDoc
const pagesAndRoles = (user: UserDoc) => user.memberships.map((row) => [String(row.page), [...row.roles].sort()])

beforeAll(async () => {
  newsroom = await startNewsroom()
  district = await districtPage(newsroom)
  commune = (await makePage(newsroom, 'Xa Phu Trung')).id
})
afterAll(async () => newsroom?.stop())

describe('users.roles (the contract) and memberships (roles per page) stay one story', () => {
  test('a user made with roles only belongs to the district page with those roles', async () => {
    const user = await newsroom.makeUser(['editor', 'duty'])
    const doc = await stored(user.id)
    expect(pagesAndRoles(doc)).toEqual([[String(district), ['duty', 'editor']]])
    expect([...doc.roles].sort()).toEqual(['duty', 'editor'])
  })

  test('an admin is installation-wide: no page membership', async () => {
    const admin = await newsroom.makeUser(['admin'])
    const doc = await stored(admin.id)
    expect(doc.memberships).toEqual([])
    expect(doc.roles).toEqual(['admin'])
  })

  test('setting roles only (over REST, as an admin) moves the first page to them and drops the others elsewhere', async () => {
    const admin = await newsroom.makeUser(['admin'])
    const member = await makeMember(newsroom, [
      { page: district, roles: ['collaborator'] },
      { page: commune, roles: ['board', 'duty'] },
    ])
    const answer = await newsroom.api('PATCH', `/api/users/${member.id}`, {
      token: admin.token,
      json: { roles: ['editor', 'duty'] },
    })
    expect(answer.status).toBe(200)
    const doc = await stored(member.id)
    expect(pagesAndRoles(doc)).toEqual([
      [String(district), ['duty', 'editor']],
      [String(commune), ['duty']],
    ])
    expect([...doc.roles].sort()).toEqual(['duty', 'editor'])
  })

  test('setting memberships keeps roles their union, admin kept', async () => {
    const admin = await newsroom.makeUser(['admin'])
    const operator = await newsroom.makeUser(['admin'])
    const answer = await newsroom.api('PATCH', `/api/users/${operator.id}`, {
      token: admin.token,
      json: { memberships: [{ page: commune, roles: ['board'] }] },
    })
    expect(answer.status).toBe(200)
    const doc = await stored(operator.id)
    expect([...doc.roles].sort()).toEqual(['admin', 'board'])
    expect(pagesAndRoles(doc)).toEqual([[String(commune), ['board']]])
  })

  test('nobody but an admin changes their own memberships or roles, and nothing changes', async () => {
    const member = await makeMember(newsroom, [{ page: commune, roles: ['collaborator'] }])
    for (const json of [{ memberships: [{ page: district, roles: ['board'] }] }, { roles: ['board'] }]) {
      const answer = await newsroom.api('PATCH', `/api/users/${member.id}`, { token: member.token, json })
      expect(answer.status).toBe(403)
    }
    const doc = await stored(member.id)
    expect(pagesAndRoles(doc)).toEqual([[String(commune), ['collaborator']]])
    expect(doc.roles).toEqual(['collaborator'])
  })
})

describe('who reads a user follows their memberships, through every change', () => {
  test("a page's board and editors read its people; once a person leaves the page, they no longer do", async () => {
    const admin = await newsroom.makeUser(['admin'])
    const communeEditor = await makeMember(newsroom, [{ page: commune, roles: ['editor'] }])
    const districtBoard = await makeMember(newsroom, [{ page: district, roles: ['board'] }])
    const person = await makeMember(newsroom, [
      { page: district, roles: ['collaborator'] },
      { page: commune, roles: ['collaborator'] },
    ])
    const reads = async (reader: { token: string }) =>
      (await newsroom.api('GET', `/api/users/${person.id}?depth=0`, { token: reader.token })).status === 200
    expect([await reads(communeEditor), await reads(districtBoard)]).toEqual([true, true])
    // The user's own answer does not show the column the rule reads.
    const own = await newsroom.api('GET', `/api/users/${person.id}?depth=0`, { token: person.token })
    expect(own.body).not.toHaveProperty('pageKeys')

    const left = await newsroom.api('PATCH', `/api/users/${person.id}`, {
      token: admin.token,
      json: { memberships: [{ page: district, roles: ['collaborator'] }] },
    })
    expect(left.status).toBe(200)
    expect([await reads(communeEditor), await reads(districtBoard)]).toEqual([false, true])

    // A change of name only keeps them where they are.
    const renamed = await newsroom.api('PATCH', `/api/users/${person.id}`, {
      token: person.token,
      json: { name: 'Tên mới' },
    })
    expect(renamed.status).toBe(200)
    expect([await reads(communeEditor), await reads(districtBoard)]).toEqual([false, true])

    const joined = await newsroom.api('PATCH', `/api/users/${person.id}`, {
      token: admin.token,
      json: { memberships: [{ page: commune, roles: ['duty'] }] },
    })
    expect(joined.status).toBe(200)
    expect([await reads(communeEditor), await reads(districtBoard)]).toEqual([true, false])
  })
})
