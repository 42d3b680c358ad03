import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { appNodeArgs } from '../../scripts/appProcess.mjs'
import { accountsWithDemoPassword } from '../../src/seed/demoPasswords'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let newsroom: TestNewsroom

/** `src/server.ts` as `npm start` runs it, on this newsroom's database, as a real deployment. */
const startRealServer = () =>
  new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [...appNodeArgs('production'), 'src/server.ts'],
      {
        cwd: rootDir,
        timeout: 120_000,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NODE_ENV: 'production',
          PORT: '0',
          DATABASE_URI: newsroom.databaseUri,
          PAYLOAD_SECRET: newsroom.secret,
          NEWSROOM_SEED: 'off',
        },
      },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    )
  })

beforeAll(async () => {
  newsroom = await startNewsroom()
  await newsroom.payload.create({
    collection: 'users',
    data: { email: 'admin@demo.local', password: 'demo-admin-2024', name: 'Quản trị', roles: ['admin'] } as never,
  })
  await newsroom.payload.create({
    collection: 'users',
    data: { email: 'bbt@demo.local', password: 'a-real-password-2026', name: 'BBT', roles: ['board'] } as never,
  })
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('demo passwords in a real deployment (NEWSROOM_SEED=off)', () => {
  it('names the demo accounts that still have their demo password, not those whose password changed', async () => {
    expect(await accountsWithDemoPassword(newsroom.payload)).toEqual(['admin@demo.local'])
  })

  it('refuses to start, saying which accounts and what to do, in Vietnamese and English', async () => {
    const { code, stderr } = await startRealServer()
    expect(code).toBe(1)
    expect(stderr).toContain('Tài khoản demo vẫn dùng mật khẩu demo: admin@demo.local.')
    expect(stderr).toContain('Demo accounts still have their demo passwords')
    expect(stderr).toContain('(demo_password_in_use)')
    expect(stderr).not.toContain('bbt@demo.local')
  })

  it('stops naming an account once its password is changed, and the checks counted no failed sign-in', async () => {
    const token = await newsroom.login('admin@demo.local', 'demo-admin-2024')
    const me = await newsroom.api('GET', '/api/users/me', { token })
    const changed = await newsroom.api('PATCH', `/api/users/${me.body.user.id}`, {
      token,
      json: { password: 'a-new-and-secret-one-2026' },
    })
    expect(changed.status).toBe(200)
    expect(await accountsWithDemoPassword(newsroom.payload)).toEqual([])
    const stored = await newsroom.payload.findByID({ collection: 'users', id: me.body.user.id, showHiddenFields: true })
    expect((stored as { loginAttempts?: number }).loginAttempts ?? 0).toBe(0)
  })
})
