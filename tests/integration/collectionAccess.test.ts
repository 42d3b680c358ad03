import { MAX_LOGIN_ATTEMPTS } from '../../collections/Users'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

let newsroom: TestNewsroom
let users: Record<'collaborator' | 'editor' | 'board' | 'duty' | 'admin', TestUser>

beforeAll(async () => {
  newsroom = await startNewsroom()
  const area = await newsroom.makeArea()
  users = {
    collaborator: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
    duty: await newsroom.makeUser(['duty']),
    admin: await newsroom.makeUser(['admin']),
  }
})
afterAll(async () => {
  await newsroom?.stop()
})

const roles = ['collaborator', 'editor', 'board', 'duty', 'admin'] as const
const settingsCollections = {
  areas: () => ({ name: `Mảng ${Math.random()}` }),
  units: () => ({ name: `Chi bộ ${Math.random()}` }),
  channels: () => ({ name: 'Kênh thử', kind: 'local_feed' }),
}
// Channels are read by who publishes (board, admins) and who follows publications (area editors).
const readers: Record<string, readonly string[]> = { channels: ['editor', 'board', 'admin'] }

describe.each(Object.entries(settingsCollections))('%s: read by who uses them, only admins write', (slug, make) => {
  test.each(roles)('%s', async (role) => {
    const token = users[role].token
    const existing = (await newsroom.payload.create({ collection: slug as 'areas', data: make() as never })).id
    const reads = readers[slug]?.includes(role) ?? true
    expect((await newsroom.api('GET', `/api/${slug}`, { token })).status).toBe(reads ? 200 : 403)
    const isAdmin = role === 'admin'
    const created = await newsroom.api('POST', `/api/${slug}`, { token, json: make() })
    expect(created.status).toBe(isAdmin ? 201 : 403)
    const updated = await newsroom.api('PATCH', `/api/${slug}/${existing}`, { token, json: { name: 'Đổi tên' } })
    expect(updated.status).toBe(isAdmin ? 200 : 403)
    const deleted = await newsroom.api('DELETE', `/api/${slug}/${existing}`, { token })
    expect(deleted.status).toBe(isAdmin ? 200 : 403)
  })

  test('anonymous visitors read nothing', async () => {
    expect((await newsroom.api('GET', `/api/${slug}`)).status).toBe(403)
  })
})

describe('users', () => {
  test.each([
    ['collaborator', 1],
    ['duty', 1],
  ] as const)('a %s sees only themselves', async (role, count) => {
    const response = await newsroom.api('GET', '/api/users?limit=0', { token: users[role].token })
    expect(response.body.docs).toHaveLength(count)
    expect(String(response.body.docs[0].id)).toBe(String(users[role].id))
  })

  test.each(['editor', 'board', 'admin'] as const)('a %s sees the newsroom', async (role) => {
    const response = await newsroom.api('GET', '/api/users?limit=0', { token: users[role].token })
    // Admins run the installation from no page: the page's editors and board see its members only.
    const members = role === 'admin' ? roles.length : roles.filter((each) => each !== 'admin').length
    expect(response.body.docs.length).toBeGreaterThanOrEqual(members)
  })

  test('no password hash, salt or reset token in any user response', async () => {
    const response = await newsroom.api('GET', '/api/users?limit=0', { token: users.admin.token })
    const text = JSON.stringify(response.body)
    for (const secret of ['"hash"', '"salt"', 'resetPasswordToken', users.collaborator.password]) {
      expect(text).not.toContain(secret)
    }
    const me = await newsroom.api('GET', '/api/users/me', { token: users.collaborator.token })
    expect(JSON.stringify(me.body.user)).not.toMatch(/"hash"|"salt"|password/)
  })

  test('only admins create users', async () => {
    const data = { email: 'new@test.local', password: 'a-long-password', name: 'Mới', roles: ['collaborator'] }
    for (const role of ['collaborator', 'editor', 'board', 'duty'] as const) {
      expect((await newsroom.api('POST', '/api/users', { token: users[role].token, json: data })).status).toBe(403)
    }
    expect((await newsroom.api('POST', '/api/users', { token: users.admin.token, json: data })).status).toBe(201)
  })

  test.each(['roles', 'areas', 'unit'] as const)('a user cannot change their own %s; an admin can', async (field) => {
    const area = await newsroom.makeArea()
    const unit = (await newsroom.payload.create({ collection: 'units', data: { name: `Chi bộ ${field}` } })).id
    const editor = await newsroom.makeUser(['editor'], { areas: [area] })
    const change = { roles: { roles: ['admin'] }, areas: { areas: [] }, unit: { unit } }[field]
    const own = await newsroom.api('PATCH', `/api/users/${editor.id}`, { token: editor.token, json: change })
    expect(own.status).toBe(403)
    expect(own.body.errors[0].data.code).toBe('privilege_admin_only')
    const stored = await newsroom.payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
    expect(stored).toMatchObject({ roles: ['editor'], areas: [area] })
    expect(stored.unit ?? null).toBeNull()

    const byAdmin = await newsroom.api('PATCH', `/api/users/${editor.id}?depth=0`, {
      token: users.admin.token,
      json: change,
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc[field]).toEqual(change[field as keyof typeof change])
  })

  test('a user may edit their own name and phone, not someone else’s', async () => {
    const { collaborator, duty } = users
    expect(
      (
        await newsroom.api('PATCH', `/api/users/${collaborator.id}`, {
          token: collaborator.token,
          json: { phone: '0912345678' },
        })
      ).status,
    ).toBe(200)
    expect(
      (await newsroom.api('PATCH', `/api/users/${duty.id}`, { token: collaborator.token, json: { name: 'x' } })).status,
    ).toBe(403)
  })

  test(`login locks after ${MAX_LOGIN_ATTEMPTS} failures, even with the right password`, async () => {
    const victim = await newsroom.makeUser(['collaborator'])
    for (let attempt = 0; attempt < MAX_LOGIN_ATTEMPTS; attempt += 1) {
      const response = await newsroom.api('POST', '/api/users/login', {
        json: { email: victim.email, password: 'wrong' },
      })
      expect(response.status).toBe(401)
    }
    const locked = await newsroom.api('POST', '/api/users/login', {
      json: { email: victim.email, password: victim.password },
    })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).not.toContain('token":"ey')
  })
})
