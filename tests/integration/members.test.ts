// Issue 10: party members and their social accounts, role by role, page by page, over REST.
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { makeMember, makePage } from '../helpers/pages'
import type { Id } from '../helpers/stories'

let newsroom: TestNewsroom
let pageA: Id
let pageB: Id
let cell1: Id
let cell2: Id
let users: Record<'board' | 'lead' | 'collaborator' | 'boardB' | 'self', TestUser>
let admin: TestUser
/** Members of page A: one in each cell, and one linked to the `self` login (cell 1). */
let inCell1: Id
let inCell2: Id
let selfMember: Id

const codeOf = (body: any) => body?.errors?.[0]?.data?.code

const createMember = async (token: string, data: Record<string, unknown>) =>
  newsroom.api('POST', '/api/members', { token, json: data })

const addAccount = async (token: string, member: Id, platform: string, url: string, extra = {}) =>
  newsroom.api('POST', '/api/social-accounts', { token, json: { member, platform, url, ...extra } })

beforeAll(async () => {
  newsroom = await startNewsroom()
  const { payload } = newsroom
  pageA = (await makePage(newsroom, 'Xa A')).id
  pageB = (await makePage(newsroom, 'Xa B')).id
  cell1 = (await payload.create({ collection: 'units', data: { name: 'Chi bộ Một' } })).id
  cell2 = (await payload.create({ collection: 'units', data: { name: 'Chi bộ Hai' } })).id
  users = {
    board: await makeMember(newsroom, [{ page: pageA, roles: ['board'] }]),
    lead: await makeMember(newsroom, [{ page: pageA, roles: ['unit_lead'] }]),
    collaborator: await makeMember(newsroom, [{ page: pageA, roles: ['collaborator'] }]),
    boardB: await makeMember(newsroom, [{ page: pageB, roles: ['board'] }]),
    self: await makeMember(newsroom, [{ page: pageA, roles: ['collaborator'] }]),
  }
  admin = await newsroom.makeUser(['admin'])
  await payload.update({ collection: 'users', id: users.lead.id, data: { unit: cell1 } as never })

  const made = async (data: Record<string, unknown>) => {
    const response = await createMember(users.board.token, data)
    expect(response.status).toBe(201)
    return response.body.doc.id as Id
  }
  inCell1 = await made({ fullName: 'Nguyễn Văn Một', unit: cell1, phone: '0912000001', email: 'mot@example.vn' })
  inCell2 = await made({ fullName: 'Trần Thị Hai', unit: cell2, phone: '0912000002', email: 'hai@example.vn' })
  selfMember = await made({ fullName: 'Lê Văn Tự', unit: cell1, phone: '0912000003', user: users.self.id })
})

afterAll(async () => {
  await newsroom?.stop()
})

const listMembers = async (token: string) =>
  (await newsroom.api('GET', '/api/members?limit=100&depth=0', { token })).body.docs as any[]

describe('who reads which members', () => {
  test('the board of the page reads all of them, phones and emails included', async () => {
    const docs = await listMembers(users.board.token)
    expect(docs.map((doc) => doc.fullName).sort()).toEqual(['Lê Văn Tự', 'Nguyễn Văn Một', 'Trần Thị Hai'])
    expect(docs.find((doc) => doc.id === inCell2).phone).toBe('0912000002')
  })

  test('an admin reads them all', async () => {
    expect(await listMembers(admin.token)).toHaveLength(3)
  })

  test("a unit lead reads their cell's members only, and never another cell's phone", async () => {
    const docs = await listMembers(users.lead.token)
    expect(docs.map((doc) => doc.id).sort()).toEqual([inCell1, selfMember].sort())
    expect(docs.find((doc) => doc.id === inCell1).phone).toBe('0912000001')
    const other = await newsroom.api('GET', `/api/members/${inCell2}`, { token: users.lead.token })
    expect(other.status).toBe(404)
    expect(JSON.stringify(other.body)).not.toContain('0912000002')
  })

  test('a member linked to a login reads their own record only', async () => {
    const docs = await listMembers(users.self.token)
    expect(docs.map((doc) => doc.id)).toEqual([selfMember])
    expect(docs[0].phone).toBe('0912000003')
  })

  test('a collaborator, and the board of another page, read nothing', async () => {
    for (const user of [users.collaborator, users.boardB]) {
      const response = await newsroom.api('GET', '/api/members?limit=100', { token: user.token })
      expect(response.body.docs).toEqual([])
      expect(JSON.stringify(response.body)).not.toContain('0912')
      expect((await newsroom.api('GET', `/api/members/${inCell1}`, { token: user.token })).status).toBe(404)
    }
  })

  test('anonymous visitors read nothing', async () => {
    expect((await newsroom.api('GET', '/api/members')).status).toBe(403)
    expect((await newsroom.api('GET', '/api/social-accounts')).status).toBe(403)
  })
})

describe('who changes which members', () => {
  test('a unit lead adds members to their own cell only', async () => {
    const own = await createMember(users.lead.token, { fullName: 'Mới Một', unit: cell1 })
    expect(own.status).toBe(201)
    const other = await createMember(users.lead.token, { fullName: 'Mới Hai', unit: cell2 })
    expect(other.status).toBe(403)
    await newsroom.payload.delete({ collection: 'members', id: own.body.doc.id })
  })

  test('a unit lead cannot move a member to another cell', async () => {
    await newsroom.api('PATCH', `/api/members/${inCell1}`, { token: users.lead.token, json: { unit: cell2 } })
    const doc = await newsroom.payload.findByID({ collection: 'members', id: inCell1, depth: 0 })
    expect(doc.unit).toBe(cell1)
  })

  test("a unit lead cannot change another cell's member", async () => {
    const response = await newsroom.api('PATCH', `/api/members/${inCell2}`, {
      token: users.lead.token,
      json: { position: 'Bí thư' },
    })
    expect([403, 404]).toContain(response.status)
  })

  test('a member corrects their own phone, but not their login link nor their cell', async () => {
    const response = await newsroom.api('PATCH', `/api/members/${selfMember}`, {
      token: users.self.token,
      json: { phone: '0912000033', user: users.collaborator.id, unit: cell2 },
    })
    expect(response.status).toBe(200)
    const doc = await newsroom.payload.findByID({ collection: 'members', id: selfMember, depth: 0 })
    expect(doc.phone).toBe('0912000033')
    expect(doc.user).toBe(users.self.id)
    expect(doc.unit).toBe(cell1)
  })

  test('a collaborator cannot add a member, nor change one', async () => {
    expect((await createMember(users.collaborator.token, { fullName: 'X', unit: cell1 })).status).toBe(403)
    const change = await newsroom.api('PATCH', `/api/members/${inCell1}`, {
      token: users.collaborator.token,
      json: { position: 'x' },
    })
    expect([403, 404]).toContain(change.status)
  })
})

describe('social accounts', () => {
  test('one profile, however typed, belongs to one member of the page; the key is the server’s', async () => {
    const first = await addAccount(users.board.token, inCell1, 'facebook', 'https://www.facebook.com/mot.nguyen', {
      profileKey: 'facebook:forged',
    })
    expect(first.status).toBe(201)
    expect(first.body.doc.profileKey).toBe('facebook:mot.nguyen')

    const taken = await addAccount(users.board.token, inCell2, 'facebook', 'm.facebook.com/Mot.Nguyen/?ref=x')
    expect(taken.status).toBe(400)
    expect(codeOf(taken.body)).toBe('profile_taken')
    expect(taken.body.errors[0].message).toMatch(/đảng viên khác/)

    const again = await addAccount(users.board.token, inCell1, 'facebook', 'fb.com/mot.nguyen')
    expect(codeOf(again.body)).toBe('profile_listed')

    const invalid = await addAccount(users.board.token, inCell1, 'zalo', '12345')
    expect(invalid.status).toBe(400)
    expect(codeOf(invalid.body)).toBe('profile_invalid')
  })

  test('changing an account to a profile another member owns is refused too', async () => {
    const zalo = await addAccount(users.board.token, inCell2, 'zalo', '+84 912 000 002')
    expect(zalo.body.doc.profileKey).toBe('zalo:0912000002')
    const change = await newsroom.api('PATCH', `/api/social-accounts/${zalo.body.doc.id}`, {
      token: users.board.token,
      json: { platform: 'facebook', url: 'facebook.com/mot.nguyen' },
    })
    expect(codeOf(change.body)).toBe('profile_taken')
  })

  test('the same profile may be registered in another page', async () => {
    const member = await newsroom.payload.create({
      collection: 'members',
      data: { fullName: 'Ở trang B', unit: cell1, page: pageB } as never,
    })
    const response = await addAccount(users.boardB.token, member.id, 'facebook', 'facebook.com/mot.nguyen')
    expect(response.status).toBe(201)
  })

  test("a unit lead reads and adds accounts of their cell's members only", async () => {
    const { docs } = (await newsroom.api('GET', '/api/social-accounts?depth=0', { token: users.lead.token })).body
    expect(docs.map((doc: any) => doc.member)).toEqual([inCell1])
    expect((await addAccount(users.lead.token, inCell1, 'tiktok', '@mot.nguyen')).status).toBe(201)
    const other = await addAccount(users.lead.token, inCell2, 'tiktok', '@hai.tran')
    expect(other.status).toBe(403)
    expect(codeOf(other.body)).toBe('member_out_of_reach')
  })

  test('a member sees and corrects their own accounts, and cannot add one to someone else', async () => {
    const own = await addAccount(users.self.token, selfMember, 'facebook', 'facebook.com/le.tu')
    expect(own.status).toBe(201)
    const fixed = await newsroom.api('PATCH', `/api/social-accounts/${own.body.doc.id}`, {
      token: users.self.token,
      json: { url: 'https://www.facebook.com/le.van.tu' },
    })
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.profileKey).toBe('facebook:le.van.tu')
    const { docs } = (await newsroom.api('GET', '/api/social-accounts?depth=0', { token: users.self.token })).body
    expect(docs.map((doc: any) => doc.id)).toEqual([own.body.doc.id])
    const foreign = await addAccount(users.self.token, inCell1, 'facebook', 'facebook.com/someone')
    expect(foreign.status).toBe(403)
  })

  test('a collaborator and the board of another page see no account of page A', async () => {
    expect((await addAccount(users.collaborator.token, inCell1, 'facebook', 'facebook.com/x')).status).toBe(403)
    const listed = await newsroom.api('GET', '/api/social-accounts?depth=0&limit=100', {
      token: users.collaborator.token,
    })
    expect(listed.body.docs).toEqual([])
    const ofB = await newsroom.api('GET', '/api/social-accounts?depth=0&limit=100', { token: users.boardB.token })
    expect(ofB.body.docs.every((doc: any) => doc.page === pageB)).toBe(true)
  })

  test('deleting a member deletes their social accounts', async () => {
    const member = await createMember(users.board.token, { fullName: 'Xóa Dữ Liệu', unit: cell1, phone: '0912000099' })
    const id = member.body.doc.id
    await addAccount(users.board.token, id, 'facebook', 'facebook.com/xoa.du.lieu')
    await addAccount(users.board.token, id, 'zalo', '0912000099')
    const removed = await newsroom.api('DELETE', `/api/members/${id}`, { token: users.lead.token })
    expect(removed.status).toBe(200)
    const left = await newsroom.payload.count({ collection: 'social-accounts', where: { member: { equals: id } } })
    expect(left.totalDocs).toBe(0)
  })

  test('a member cannot delete their own record (the board or their unit lead does, on request)', async () => {
    const response = await newsroom.api('DELETE', `/api/members/${selfMember}`, { token: users.self.token })
    expect(response.status).not.toBe(200)
    expect(
      (await newsroom.payload.count({ collection: 'members', where: { id: { equals: selfMember } } })).totalDocs,
    ).toBe(1)
  })
})
