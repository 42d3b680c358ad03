// The HTTP edge every request crosses (src/http/createHttpApp.ts): security headers, body caps,
// Connection: close after early answers, cross-site writes refused.
import http from 'node:http'

import { MAX_UPLOAD_BYTES } from '../../src/media/imageSettings'
import { signInSettingsFromEnv } from '../../src/auth/signInGuard'
import { MB } from '../../src/http/settings'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'

let newsroom: TestNewsroom
let collaborator: TestUser

beforeAll(async () => {
  newsroom = await startNewsroom()
  collaborator = await newsroom.makeUser(['collaborator'])
})
afterAll(async () => {
  await newsroom?.stop()
})

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: any
  /** The local port of the connection that carried the request. */
  localPort: number
}

/**
 * One request over `agent` with node:http, so that the test decides what goes on the wire: a declared
 * length it never sends in full, a chunked body, a kept-alive socket.
 */
const rawRequest = (
  agent: http.Agent,
  options: { method: string; path: string; headers?: http.OutgoingHttpHeaders },
  send: (request: http.ClientRequest) => void,
) =>
  new Promise<RawResponse>((resolve, reject) => {
    const { hostname, port } = new URL(newsroom.url)
    const request = http.request({ agent, hostname, port, ...options }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let body: unknown = text
        try {
          body = JSON.parse(text)
        } catch {
          // not JSON
        }
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body,
          localPort: request.socket!.localPort!,
        })
      })
    })
    // Writing after the server has answered and closed is expected here: the answer is what counts.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    send(request)
  })

const keepAliveAgent = () => new http.Agent({ keepAlive: true, maxSockets: 1 })

const me = (agent: http.Agent) =>
  rawRequest(
    agent,
    { method: 'GET', path: '/api/users/me', headers: { authorization: `JWT ${collaborator.token}` } },
    (request) => request.end(),
  )

const storyCount = async () => (await newsroom.payload.count({ collection: 'stories' })).totalDocs

describe('security headers', () => {
  test.each([
    ['an API answer', 'GET', '/api/users/me'],
    ['an error', 'GET', '/api/stories/999999'],
    ['a refused login', 'POST', '/api/users/login'],
    ['an unknown route', 'GET', '/api/khong-co'],
  ])('are on %s', async (_label, method, path) => {
    const response = await newsroom.api(method, path, {
      token: collaborator.token,
      json: method === 'POST' ? {} : undefined,
    })
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('same-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
    // Plain HTTP here: no HSTS (see serverUrl.test.ts for HTTPS).
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('request bodies are capped before they are parsed', () => {
  test('a JSON body over 1 MB is refused with 413 and a clear message, and changes nothing', async () => {
    const before = await storyCount()
    const response = await newsroom.api('POST', '/api/stories', {
      token: collaborator.token,
      json: { title: 'Bài quá dài', summary: 'x'.repeat(MB + 10) },
    })
    expect(response.status).toBe(413)
    expect(response.body.errors[0].data.code).toBe('request_too_large')
    expect(response.body.errors[0].message).toBe('Dữ liệu gửi lên quá lớn. Giới hạn: 1 MB.')
    expect(await storyCount()).toBe(before)

    const english = await newsroom.api('POST', '/api/users/login', {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      json: { email: 'x'.repeat(2 * MB), password: 'x' },
    })
    expect(english.status).toBe(413)
    expect(english.body.errors[0].message).toBe('The request body is too large. Limit: 1 MB.')
  })

  test('a declared 50 MB body is answered 413 before it is sent, on a connection the client must not reuse', async () => {
    const agent = keepAliveAgent()
    // Only 64 KB of the declared 50 MB ever leave: the answer cannot wait for the rest.
    const response = await rawRequest(
      agent,
      {
        method: 'POST',
        path: '/api/users/login',
        headers: { 'content-type': 'application/json', 'content-length': String(50 * MB) },
      },
      (request) => request.write(Buffer.alloc(64 * 1024, 0x20)),
    )
    expect(response.status).toBe(413)
    expect(response.headers.connection).toBe('close')
    const next = await me(agent)
    expect(next.status).toBe(200)
    agent.destroy()
  })

  test('a chunked body is counted as it arrives: over the cap 413, within it served as usual', async () => {
    const agent = keepAliveAgent()
    const before = await storyCount()
    const chunked = (parts: Buffer[]) => (request: http.ClientRequest) => {
      for (const part of parts) request.write(part)
      request.end()
    }
    const headers = { 'content-type': 'application/json', authorization: `JWT ${collaborator.token}` }
    const tooLarge = await rawRequest(
      agent,
      { method: 'POST', path: '/api/stories', headers },
      chunked([Buffer.from('{"title":"Quá lớn","summary":"'), Buffer.alloc(2 * MB, 0x61), Buffer.from('"}')]),
    )
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.body.errors[0].data.code).toBe('request_too_large')
    expect(await storyCount()).toBe(before)

    const fits = await rawRequest(
      agent,
      { method: 'POST', path: '/api/stories', headers },
      chunked([
        Buffer.from('{"title":"Bài gửi '),
        Buffer.from('từng phần","summary":"'),
        Buffer.alloc(30_000, 0x62),
        Buffer.from('"}'),
      ]),
    )
    expect(fits.status).toBe(201)
    expect(fits.body.doc.title).toBe('Bài gửi từng phần')
    expect(fits.body.doc.summary).toHaveLength(30_000)
    agent.destroy()
  })

  test('an upload keeps its own cap: a 5 MB photo form reaches the media collection, not other collections', async () => {
    const form = () => {
      const data = new FormData()
      data.append('file', new Blob([new Uint8Array(5 * MB)], { type: 'image/jpeg' }), 'anh.jpg')
      data.append('_payload', JSON.stringify({ caption: 'Chú thích', credit: 'Tác giả' }))
      return data
    }
    // Past the edge: the media collection itself reads it (and finds no real image in it).
    const media = await newsroom.api('POST', '/api/media', { token: collaborator.token, body: form() })
    expect(media.status).not.toBe(413)
    expect(media.status).toBeLessThan(500)
    const story = await newsroom.api('POST', '/api/stories', { token: collaborator.token, body: form() })
    expect(story.status).toBe(413)
    expect(story.body.errors[0].data.code).toBe('request_too_large')
  })
})

describe('an answer sent before the body was read closes the connection', () => {
  test('a photo over the file limit: the refusal says close, and the next request on that client works', async () => {
    const agent = keepAliveAgent()
    // Within the edge's upload cap, over the media collection's file limit: the upload parser stops
    // reading at the limit and answers while the rest of the body is still coming.
    const boundary = 'newsroom-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const fileBytes = MAX_UPLOAD_BYTES + MB
    const response = await rawRequest(
      agent,
      {
        method: 'POST',
        path: '/api/media',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + fileBytes + tail.length),
          authorization: `JWT ${collaborator.token}`,
        },
      },
      (request) => {
        request.write(head)
        const piece = Buffer.alloc(MB, 0xff)
        let sent = 0
        const more = () => {
          while (sent < fileBytes) {
            sent += MB
            if (!request.write(piece)) return void request.once('drain', more)
          }
          request.end(tail)
        }
        more()
      },
    )
    expect(response.status).toBe(413)
    expect(response.headers.connection).toBe('close')
    const next = await me(agent)
    expect(next.status).toBe(200)
    expect(next.localPort).not.toBe(response.localPort)
    agent.destroy()
  })

  test('an answer after the whole body was read keeps the connection for the next request', async () => {
    const agent = keepAliveAgent()
    const first = await me(agent)
    const second = await me(agent)
    expect(first.headers.connection).toBe('keep-alive')
    expect(second.localPort).toBe(first.localPort)
    agent.destroy()
  })
})

describe('writes from other sites are refused', () => {
  const cookieOf = (token: string) => `payload-token=${token}`
  const post = (headers: Record<string, string>) =>
    newsroom.api('POST', '/api/stories', {
      headers: { cookie: cookieOf(collaborator.token), ...headers },
      json: { title: `Bài từ ${JSON.stringify(headers)}` },
    })

  test('a cookie-authenticated POST from another origin creates nothing', async () => {
    const before = await storyCount()
    for (const origin of ['http://evil.example', 'null', newsroom.url.replace('127.0.0.1', 'localhost')]) {
      const response = await post({ origin })
      expect(response.status).toBe(403)
      expect(response.body.errors[0].data.code).toBe('cross_site_request')
      expect(response.body.errors[0].message).toBe('Yêu cầu bị từ chối vì được gửi từ một trang web khác.')
    }
    // A browser too old to send Origin still says it is cross-site.
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(await storyCount()).toBe(before)
  })

  test('the same POST from the newsroom’s own pages works', async () => {
    const response = await post({ origin: newsroom.url, 'sec-fetch-site': 'same-origin' })
    expect(response.status).toBe(201)
  })

  test('a login posted from another site is refused too (login forgery)', async () => {
    const response = await newsroom.api('POST', '/api/users/login', {
      headers: { origin: 'http://evil.example' },
      json: { email: collaborator.email, password: collaborator.password },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  test('reads from other origins are not writes: they are served (the browser keeps the answer from the other site)', async () => {
    const response = await newsroom.api('GET', '/api/users/me', {
      headers: { cookie: cookieOf(collaborator.token), origin: 'http://evil.example' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('the client address', () => {
  // Last in this file: it spends this client's sign-in attempts.
  test('X-Forwarded-For is not believed without TRUST_PROXY: changing it does not dodge the limit', async () => {
    const { points } = signInSettingsFromEnv({}).loginPerAddress!
    const attempt = (index: number) =>
      newsroom.api('POST', '/api/users/login', {
        headers: { 'x-forwarded-for': `203.0.113.${index % 250}` },
        json: { email: `ai-do-${index}@test.local`, password: ' ' },
      })
    // Each from a different claimed address; earlier tests here already spent a few of this client's.
    for (let index = 0; index < points; index += 1) expect([400, 429]).toContain((await attempt(index)).status)
    const refused = await attempt(points)
    expect(refused.status).toBe(429)
  })
})
