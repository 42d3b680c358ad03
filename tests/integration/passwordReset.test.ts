// A collaborator who forgot their password gets a reset link by email (the same SMTP server as the
// newsroom's notifications), sets a new one with it, and the old one stops working.
import { setTimeout as sleep } from 'node:timers/promises'

import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { type LocalSmtp, startLocalSmtp } from '../helpers/smtp'

let newsroom: TestNewsroom
let smtp: LocalSmtp
let collaborator: TestUser
const savedEnv = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT }

beforeAll(async () => {
  smtp = await startLocalSmtp()
  // Payload's email adapter reads the SMTP settings when Payload starts.
  process.env.SMTP_HOST = smtp.host
  process.env.SMTP_PORT = String(smtp.port)
  newsroom = await startNewsroom()
  collaborator = await newsroom.makeUser(['collaborator'])
})
afterAll(async () => {
  await newsroom?.stop()
  await smtp?.close()
  for (const [key, value] of [
    ['SMTP_HOST', savedEnv.host],
    ['SMTP_PORT', savedEnv.port],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const mailFor = async (address: string) => {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const [mail] = smtp.to(address)
    if (mail) return mail
    await sleep(50)
  }
  throw new Error(`no email reached ${address}`)
}

test('a reset link arrives by email, sets a new password, and the old one stops working', async () => {
  const asked = await newsroom.api('POST', '/api/users/forgot-password', { json: { email: collaborator.email } })
  expect(asked.status).toBe(200)

  const mail = await mailFor(collaborator.email)
  expect(mail.parsed.subject).toBe('Tạo lại mật khẩu')
  const token = /\/reset\/([A-Za-z0-9]+)/.exec(String(mail.parsed.html))?.[1]
  expect(token).toBeDefined()
  // The token travels only in the email.
  expect(JSON.stringify(asked.body)).not.toContain(token)

  const newPassword = 'mat-khau-moi-2026'
  const reset = await newsroom.api('POST', '/api/users/reset-password', { json: { token, password: newPassword } })
  expect(reset.status).toBe(200)
  await expect(newsroom.login(collaborator.email, newPassword)).resolves.toEqual(expect.any(String))
  const old = await newsroom.api('POST', '/api/users/login', {
    json: { email: collaborator.email, password: collaborator.password },
  })
  expect(old.status).toBe(401)

  // A used token cannot be used again.
  const again = await newsroom.api('POST', '/api/users/reset-password', {
    json: { token, password: 'lan-thu-hai-2026' },
  })
  expect(again.status).toBeGreaterThanOrEqual(400)
})

test('asking again within the interval answers the same, sends nothing and keeps the first link valid', async () => {
  const user = await newsroom.makeUser(['editor'])
  smtp.reset()
  const first = await newsroom.api('POST', '/api/users/forgot-password', { json: { email: user.email } })
  const second = await newsroom.api('POST', '/api/users/forgot-password', { json: { email: user.email } })
  expect([first.status, second.status]).toEqual([200, 200])
  expect(second.body).toEqual(first.body)
  const mail = await mailFor(user.email)
  await sleep(300)
  expect(smtp.to(user.email)).toHaveLength(1)
  const token = /\/reset\/([A-Za-z0-9]+)/.exec(String(mail.parsed.html))?.[1]
  const reset = await newsroom.api('POST', '/api/users/reset-password', { json: { token, password: 'van-dung-2026' } })
  expect(reset.status).toBe(200)
})

test('asking for an address nobody has answers the same and sends nothing', async () => {
  smtp.reset()
  const asked = await newsroom.api('POST', '/api/users/forgot-password', { json: { email: 'khong-co@demo.local' } })
  expect(asked.status).toBe(200)
  await sleep(300)
  expect(smtp.received).toHaveLength(0)
})

test('GraphQL forgotPasswordUser keeps the same interval: asked twice at once, one email', async () => {
  const user = await newsroom.makeUser(['board'])
  smtp.reset()
  const ask = () =>
    newsroom.api('POST', '/api/graphql', { json: { query: `mutation { forgotPasswordUser(email: "${user.email}") }` } })
  const [first, second] = await Promise.all([ask(), ask()])
  expect([first.body, second.body]).toEqual([
    { data: { forgotPasswordUser: true } },
    { data: { forgotPasswordUser: true } },
  ])
  await mailFor(user.email)
  await sleep(300)
  expect(smtp.to(user.email)).toHaveLength(1)
})
