// Sign-in under attack: lockouts only admins lift, attempts limited per client and per account,
// password checks taking turns, and answers that do not tell which addresses have accounts.
import crypto from 'node:crypto'

import { jest } from '@jest/globals'

import { MAX_LOGIN_ATTEMPTS } from '../../collections/Users'
import { installSignInGuard, signInGuardOf, signInSettingsFromEnv } from '../../src/auth/signInGuard'
import { PAYLOAD_HASH } from '../../src/auth/unknownAccountCheck'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

let newsroom: TestNewsroom
let admin: TestUser
let collaborator: TestUser

// Each test signs in from addresses of its own (the test server trusts X-Forwarded-For from
// 127.0.0.1), so that the per-client counters of one test do not spill into the next.
let addressCount = 0
const freshAddress = () => {
  addressCount += 1
  return `198.51.100.${addressCount}`
}

beforeAll(async () => {
  newsroom = await startNewsroom({ edge: { trustProxy: 'loopback' } })
  admin = await newsroom.makeUser(['admin'])
  collaborator = await newsroom.makeUser(['collaborator'])
})
afterAll(async () => {
  await newsroom?.stop()
})

const login = (email: string, password: string, address = freshAddress(), headers: Record<string, string> = {}) =>
  newsroom.api('POST', '/api/users/login', {
    headers: { 'x-forwarded-for': address, ...headers },
    json: { email, password },
  })

const unknownEmail = () => `khong-co-${crypto.randomUUID()}@test.local`

describe('unlocking an account (admins only)', () => {
  test('4 wrong guesses and an unlock by a non-admin do not lift the lockout', async () => {
    const victim = await newsroom.makeUser(['collaborator'])
    const address = freshAddress()
    for (let attempt = 1; attempt < MAX_LOGIN_ATTEMPTS; attempt += 1) {
      expect((await login(victim.email, 'doan-sai', address)).status).toBe(401)
    }
    const unlock = await newsroom.api('POST', '/api/users/unlock', {
      token: collaborator.token,
      json: { email: victim.email },
    })
    expect(unlock.status).toBe(403)
    // The fifth wrong guess locks the account: the right password no longer opens it.
    expect((await login(victim.email, 'doan-sai', address)).status).toBe(401)
    const locked = await login(victim.email, victim.password, address)
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
  })

  test('a non-admin gets the same answer whether or not the email exists', async () => {
    const existing = await newsroom.api('POST', '/api/users/unlock', {
      token: collaborator.token,
      json: { email: admin.email },
    })
    const unknown = await newsroom.api('POST', '/api/users/unlock', {
      token: collaborator.token,
      json: { email: unknownEmail() },
    })
    expect(existing.status).toBe(403)
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: existing.status, body: existing.body })
    const anonymous = await newsroom.api('POST', '/api/users/unlock', { json: { email: admin.email } })
    expect(anonymous.status).toBe(403)
  })

  test('an admin lifts a lockout', async () => {
    const victim = await newsroom.makeUser(['editor'])
    const address = freshAddress()
    for (let attempt = 0; attempt < MAX_LOGIN_ATTEMPTS; attempt += 1) await login(victim.email, 'doan-sai', address)
    expect((await login(victim.email, victim.password, address)).status).toBe(401)
    const unlock = await newsroom.api('POST', '/api/users/unlock', {
      token: admin.token,
      json: { email: victim.email },
    })
    expect(unlock.status).toBe(200)
    expect((await login(victim.email, victim.password, address)).status).toBe(200)
  })

  test('GraphQL unlock is refused to non-admins too', async () => {
    const response = await newsroom.api('POST', '/api/graphql', {
      token: collaborator.token,
      json: { query: `mutation { unlockUser(email: "${admin.email}") }` },
    })
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
  })
})

describe('an address nobody has is answered like a wrong password', () => {
  /** The PBKDF2 runs (with Payload's iterations) that `work` caused. */
  const hashesDuring = async (work: () => Promise<unknown>) => {
    const spy = jest.spyOn(crypto, 'pbkdf2')
    try {
      await work()
      return spy.mock.calls.filter((call) => call[2] === PAYLOAD_HASH.iterations).length
    } finally {
      spy.mockRestore()
    }
  }

  test('the same answer, after the same work: one password hash', async () => {
    let wrong: Awaited<ReturnType<typeof login>> | undefined
    let unknown: typeof wrong
    expect(await hashesDuring(async () => (wrong = await login(collaborator.email, 'doan-sai')))).toBe(1)
    expect(await hashesDuring(async () => (unknown = await login(unknownEmail(), 'doan-sai')))).toBe(1)
    expect(unknown!.status).toBe(401)
    expect(unknown!.body).toEqual(wrong!.body)
    // Put the collaborator's count of failures back to zero for the tests after this one.
    expect((await login(collaborator.email, collaborator.password)).status).toBe(200)
  })

  test('and after as many failures as lock an account, the same "locked" answer', async () => {
    const victim = await newsroom.makeUser(['collaborator'])
    const ghost = unknownEmail()
    const address = freshAddress()
    for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS + 1; attempt += 1) {
      const existing = await login(victim.email, 'doan-sai', address)
      const unknown = await login(ghost, 'doan-sai', address)
      expect({ attempt, status: unknown.status, body: unknown.body }).toEqual({
        attempt,
        status: existing.status,
        body: existing.body,
      })
    }
  })

  test('the stand-in hash has the parameters of the hashes Payload stores', async () => {
    const stored = (await newsroom.payload.findByID({
      collection: 'users',
      id: collaborator.id,
      showHiddenFields: true,
    })) as unknown as { hash: string }
    expect(stored.hash.startsWith(PAYLOAD_HASH.prefix)).toBe(true)
    expect(stored.hash.slice(PAYLOAD_HASH.prefix.length)).toHaveLength(PAYLOAD_HASH.keyLength * 2)
  })
})

describe('attempts are limited per client and per account (the defaults)', () => {
  const defaults = signInSettingsFromEnv({})

  test('one client: past the limit, 429 with Retry-After, in Vietnamese, for any address', async () => {
    const { points } = defaults.loginPerAddress!
    const address = freshAddress()
    // Blank passwords: refused by Payload before any hash, yet they count.
    for (let attempt = 0; attempt < points; attempt += 1) {
      expect((await login(unknownEmail(), ' ', address)).status).toBe(400)
    }
    const refused = await login(collaborator.email, collaborator.password, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(defaults.loginPerAddress!.seconds)
    expect(refused.body.errors[0].data.code).toBe('too_many_attempts')
    expect(refused.body.errors[0].message).toBe('Bạn đã thử quá nhiều lần. Vui lòng đợi rồi thử lại.')
    expect(refused.headers.get('set-cookie')).toBeNull()
    const english = await login(collaborator.email, collaborator.password, address, { 'accept-language': 'en' })
    expect(english.body.errors[0].message).toBe('Too many attempts; wait a moment and try again.')
    // Another client is not held back.
    expect((await login(collaborator.email, collaborator.password)).status).toBe(200)
  })

  test('one account from many clients: past the limit, 429 whether or not the account exists', async () => {
    const { points } = defaults.loginPerAccount!
    const user = await newsroom.makeUser(['collaborator'])
    const ghost = unknownEmail()
    for (let attempt = 0; attempt < points; attempt += 1) {
      expect((await login(user.email, ' ')).status).toBe(400)
      expect((await login(ghost, ' ')).status).toBe(400)
    }
    const existing = await login(user.email, user.password)
    const unknown = await login(ghost, 'doan-sai')
    expect(existing.status).toBe(429)
    expect(unknown.status).toBe(429)
    expect(unknown.body.errors[0].data.code).toBe(existing.body.errors[0].data.code)
  })

  test('GraphQL loginUser counts against the same limits', async () => {
    const address = freshAddress()
    for (let attempt = 0; attempt < defaults.loginPerAddress!.points; attempt += 1)
      await login(unknownEmail(), ' ', address)
    const response = await newsroom.api('POST', '/api/graphql', {
      headers: { 'x-forwarded-for': address },
      json: {
        query: `mutation { loginUser(email: "${collaborator.email}", password: "${collaborator.password}") { token } }`,
      },
    })
    expect(response.body.data?.loginUser ?? null).toBeNull()
    expect(response.body.errors[0].extensions).toMatchObject({ statusCode: 429, data: { code: 'too_many_attempts' } })
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  test('password-reset requests: per account, whether or not it exists, and per client', async () => {
    const forgot = (email: string, address: string) =>
      newsroom.api('POST', '/api/users/forgot-password', { headers: { 'x-forwarded-for': address }, json: { email } })
    const user = await newsroom.makeUser(['collaborator'])
    const ghost = unknownEmail()
    for (let attempt = 0; attempt < defaults.resetPerAccount!.points; attempt += 1) {
      expect((await forgot(user.email, freshAddress())).status).toBe(200)
      expect((await forgot(ghost, freshAddress())).status).toBe(200)
    }
    const existing = await forgot(user.email, freshAddress())
    const unknown = await forgot(ghost, freshAddress())
    expect([existing.status, unknown.status]).toEqual([429, 429])
    expect(unknown.body).toEqual(existing.body)

    const address = freshAddress()
    for (let attempt = 0; attempt < defaults.resetPerAddress!.points; attempt += 1) {
      expect((await forgot(unknownEmail(), address)).status).toBe(200)
    }
    const refused = await forgot(unknownEmail(), address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('password checks take turns', () => {
  test('beyond the running and waiting ones, sign-ins are turned away at once with 503 and Retry-After', async () => {
    const { hashConcurrency, hashQueue } = signInGuardOf(newsroom.payload).settings
    const attempts = hashConcurrency + hashQueue + 10
    // From as many clients, for as many addresses: no per-client or per-account limit applies.
    const responses = await Promise.all(Array.from({ length: attempts }, () => login(unknownEmail(), 'doan-sai')))
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status !== 401 && status !== 503)).toEqual([])
    // Every one that got a turn (all that ran or waited) was answered; the others at once.
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThanOrEqual(hashConcurrency + hashQueue)
    const busy = responses.filter((response) => response.status === 503)
    expect(busy.length).toBeGreaterThan(0)
    expect(busy[0]!.body.errors[0].data.code).toBe('server_busy')
    expect(busy[0]!.body.errors[0].message).toBe(
      'Hệ thống đang bận xử lý nhiều lượt đăng nhập. Vui lòng thử lại sau giây lát.',
    )
    expect(Number(busy[0]!.headers.get('retry-after'))).toBeGreaterThan(0)
    // The waiting ones are answered one check after another: seconds on a busy machine.
  }, 180_000)
})

describe('with the counters in Redis', () => {
  test('a limit reached holds for another app process (a fresh guard on the same Redis)', async () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
    const settings = { ...signInSettingsFromEnv({}), redisUrl }
    const first = installSignInGuard(newsroom.payload, settings)
    expect(await first.ready()).toBe(true)
    // Redis outlives this run: an address no earlier run used.
    const address = `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(256)}`
    try {
      for (let attempt = 0; attempt < settings.loginPerAddress!.points; attempt += 1) {
        expect((await login(unknownEmail(), ' ', address)).status).toBe(400)
      }
      await first.close()
      // What a second process (or a restart) finds: its own memory is empty, Redis is not.
      const second = installSignInGuard(newsroom.payload, settings)
      expect(await second.ready()).toBe(true)
      expect((await login(collaborator.email, collaborator.password, address)).status).toBe(429)
      await second.close()
    } finally {
      installSignInGuard(newsroom.payload, signInSettingsFromEnv({}))
    }
  })
})
