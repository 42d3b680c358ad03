// Served over HTTPS under its public name (SERVER_URL): the login cookie is Secure, HSTS is sent, and
// only pages of that origin (or TRUSTED_ORIGINS) may write with the cookie.
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

const SERVER_URL = 'https://toasoan.example.vn'
const PARTNER = 'https://cms.partner.example'

let newsroom: TestNewsroom
let collaborator: TestUser

beforeAll(async () => {
  newsroom = await startNewsroom({ edge: { serverURL: SERVER_URL, trustedOrigins: [PARTNER] } })
  collaborator = await newsroom.makeUser(['collaborator'])
})
afterAll(async () => {
  await newsroom?.stop()
})

const createStory = (origin: string) =>
  newsroom.api('POST', '/api/stories', {
    headers: { cookie: `payload-token=${collaborator.token}`, origin, 'sec-fetch-site': 'same-origin' },
    json: { title: `Bài từ ${origin}` },
  })

test('the login cookie is Secure, HttpOnly and SameSite=Lax, and HSTS is sent', async () => {
  const response = await newsroom.api('POST', '/api/users/login', {
    headers: { origin: SERVER_URL },
    json: { email: collaborator.email, password: collaborator.password },
  })
  expect(response.status).toBe(200)
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/^payload-token=/)
  expect(cookie).toMatch(/; Secure/)
  expect(cookie).toMatch(/; HttpOnly/)
  expect(cookie).toMatch(/; SameSite=Lax/)
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
})

test('writes with the cookie are accepted from SERVER_URL and TRUSTED_ORIGINS only', async () => {
  expect((await createStory(SERVER_URL)).status).toBe(201)
  expect((await createStory(PARTNER)).status).toBe(201)
  // The request's own host is not the site's origin when SERVER_URL names it.
  const own = await createStory(newsroom.url)
  expect(own.status).toBe(403)
  expect(own.body.errors[0].data.code).toBe('cross_site_request')
})
