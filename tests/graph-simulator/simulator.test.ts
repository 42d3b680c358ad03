import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { classifyGraphError } from '../../src/publishing/graphErrors'
import { startGraphSimulator, type GraphSimulator } from './index'
import { fakePng, graphCall, postForm, postMultipart, sha256 } from './testing'

const PAGE = '1000'
const TOKEN = 'tok-1000'
const OTHER_PAGE = '2000'
const OTHER_TOKEN = 'tok-2000'

let sim: GraphSimulator
let clock = Date.parse('2025-03-01T08:00:00Z')

const get = (path: string, token = TOKEN) =>
  graphCall(sim.url, `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`)
const post = (path: string, fields: Record<string, string>, token = TOKEN) =>
  postForm(sim.url, path, { ...fields, access_token: token })
const upload = (seed: number, fields: Record<string, string> = {}, page = PAGE, token = TOKEN) =>
  postMultipart(sim.url, `/v21.0/${page}/photos`, { ...fields, access_token: token }, { bytes: fakePng(seed) })

// fetch's TypeError comes from another realm under jest, so match on the message and the cause.
async function socketError(request: Promise<unknown>): Promise<string> {
  const error = (await request.then(
    () => null,
    (failure: unknown) => failure,
  )) as { message?: string; cause?: { code?: string } } | null
  expect(error?.message).toBe('fetch failed')
  return error?.cause?.code ?? ''
}

beforeAll(async () => {
  sim = await startGraphSimulator({ now: () => new Date(clock) })
})

afterAll(async () => {
  await sim.close()
})

beforeEach(() => {
  sim.reset()
  sim.addPage({ pageId: PAGE, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000, accessToken: TOKEN })
  sim.addPage({ pageId: OTHER_PAGE, name: 'Trang khác', followers: 10, accessToken: OTHER_TOKEN })
})

describe('page info', () => {
  it('answers the requested fields with or without a version prefix', async () => {
    const versioned = await get(`/v21.0/${PAGE}?fields=name,followers_count`)
    expect(versioned.status).toBe(200)
    expect(versioned.body).toEqual({ name: 'Phú Riềng đỏ - Xưa và nay', followers_count: 33_000, id: PAGE })
    expect(versioned.headers.get('facebook-api-version')).toBe('v21.0')
    const bare = await graphCall(sim.url, `/${PAGE}?fields=followers_count`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(bare.body).toEqual({ followers_count: 33_000, id: PAGE })
  })

  it('rejects unknown fields with code 100', async () => {
    const response = await get(`/v21.0/${PAGE}?fields=name,secret`)
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({ code: 100, type: 'OAuthException' })
    expect(response.body.error.message).toContain('secret')
    expect(typeof response.body.error.fbtrace_id).toBe('string')
  })
})

describe('POST /{page-id}/feed', () => {
  it('creates a text post and keeps the request fields without the token', async () => {
    const response = await post(`/v21.0/${PAGE}/feed`, {
      message: 'Đại hội Chi bộ 1\n\nNội dung',
      link: 'https://example.vn/tin/1',
    })
    expect(response).toMatchObject({ status: 200, body: { id: `${PAGE}_1` } })
    const [stored] = sim.posts(PAGE)
    expect(stored).toMatchObject({
      id: `${PAGE}_1`,
      message: 'Đại hội Chi bộ 1\n\nNội dung',
      link: 'https://example.vn/tin/1',
      published: true,
      attachedMedia: [],
      created_time: '2025-03-01T08:00:00+0000',
      permalink_url: `https://www.facebook.com/${PAGE}/posts/1`,
      fields: { message: 'Đại hội Chi bộ 1\n\nNội dung', link: 'https://example.vn/tin/1' },
    })
    expect(sim.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/v21.0/${PAGE}/feed`,
      version: 'v21.0',
      status: 200,
    })
    expect(sim.requests.at(-1)?.fields).not.toHaveProperty('access_token')
  })

  it('supports read-after-write fields', async () => {
    const response = await post(`/v21.0/${PAGE}/feed?fields=id,permalink_url`, { message: 'x' })
    expect(response.body).toEqual({ id: `${PAGE}_1`, permalink_url: `https://www.facebook.com/${PAGE}/posts/1` })
  })

  it('needs a message, a link or attached media', async () => {
    const response = await post(`/v21.0/${PAGE}/feed`, { published: 'true' })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({ code: 100, message: '(#100) Missing message or attachment' })
    expect(sim.posts(PAGE)).toEqual([])
  })

  it('rejects malformed links and booleans', async () => {
    expect((await post(`/${PAGE}/feed`, { message: 'x', link: 'javascript:alert(1)' })).body.error.code).toBe(100)
    expect((await post(`/${PAGE}/feed`, { message: 'x', published: 'maybe' })).body.error.code).toBe(100)
  })
})

describe('photos', () => {
  it('publishes a single multipart photo as a post with its caption', async () => {
    const bytes = fakePng(1)
    const response = await postMultipart(
      sim.url,
      `/v21.0/${PAGE}/photos`,
      { caption: 'Ảnh: Lễ kết nạp đảng viên', access_token: TOKEN },
      { bytes, filename: 'kết-nạp.png' },
    )
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ id: expect.any(String), post_id: `${PAGE}_1` })
    const [stored] = sim.posts(PAGE)
    expect(stored?.message).toBe('Ảnh: Lễ kết nạp đảng viên')
    expect(stored?.attachedMedia).toEqual([response.body.id])
    expect(stored?.photos[0]).toMatchObject({
      sha256: sha256(bytes),
      size: bytes.length,
      filename: 'kết-nạp.png',
      origin: 'upload',
    })
    expect(sim.requests.at(-1)?.files).toEqual([
      { field: 'source', filename: 'kết-nạp.png', contentType: 'image/png', size: bytes.length, sha256: sha256(bytes) },
    ])
  })

  it('builds a multi-photo post in the attached_media order, with form or multipart bodies', async () => {
    const ids: string[] = []
    for (const seed of [10, 11, 12]) {
      const response = await upload(seed, { published: 'false' })
      expect(response.body).toEqual({ id: expect.any(String) })
      ids.push(response.body.id)
    }
    expect(sim.posts(PAGE)).toEqual([])

    const order = [ids[2], ids[0], ids[1]] as string[]
    const response = await postMultipart(sim.url, `/v21.0/${PAGE}/feed`, {
      message: 'Ba ảnh',
      // Listed out of index order on purpose: the index decides the order, not the position.
      'attached_media[1]': JSON.stringify({ media_fbid: order[1] }),
      'attached_media[0]': JSON.stringify({ media_fbid: order[0] }),
      'attached_media[2]': JSON.stringify({ media_fbid: order[2] }),
      access_token: TOKEN,
    })
    expect(response.body).toEqual({ id: `${PAGE}_1` })
    const [stored] = sim.posts(PAGE)
    expect(stored?.attachedMedia).toEqual(order)
    expect(stored?.photos.map((photo) => photo.sha256)).toEqual([12, 10, 11].map((seed) => sha256(fakePng(seed))))
    expect(sim.photos(PAGE).every((photo) => photo.postId === `${PAGE}_1` && !photo.published)).toBe(true)
  })

  it('validates every media_fbid', async () => {
    const unpublished = (await upload(20, { published: 'false' })).body.id
    const published = (await upload(21)).body.id
    const foreign = (await upload(22, { published: 'false' }, OTHER_PAGE, OTHER_TOKEN)).body.id
    const attach = (...mediaIds: string[]) =>
      post(
        `/${PAGE}/feed`,
        Object.fromEntries(mediaIds.map((id, i) => [`attached_media[${i}]`, `{"media_fbid":"${id}"}`])),
      )

    const cases: Array<[Promise<{ body: any }>, string]> = [
      [attach('999'), 'not a photo of this page'],
      [attach(foreign), 'not a photo of this page'],
      [attach(published), 'uploaded published'],
      [attach(unpublished, unpublished), 'more than once'],
      [post(`/${PAGE}/feed`, { 'attached_media[0]': 'not json' }), 'must be a JSON object'],
    ]
    for (const [request, text] of cases) {
      const { body } = await request
      expect(body.error.code).toBe(100)
      expect(body.error.message).toContain(text)
    }
    expect(sim.posts(PAGE)).toHaveLength(1) // only the published photo's own post

    expect((await attach(unpublished)).body.id).toBe(`${PAGE}_2`)
    const again = await attach(unpublished)
    expect(again.body.error.message).toContain(`already attached to post ${PAGE}_2`)
  })

  it('accepts url uploads and rejects missing or non-image files', async () => {
    const byUrl = await post(`/${PAGE}/photos`, { url: 'https://cdn.example.vn/a.jpg', published: 'false' })
    expect(sim.photos(PAGE)[0]).toMatchObject({
      id: byUrl.body.id,
      origin: 'url',
      url: 'https://cdn.example.vn/a.jpg',
      sha256: null,
    })

    expect((await post(`/${PAGE}/photos`, { caption: 'không có ảnh' })).body.error.code).toBe(324)
    const text = await postMultipart(
      sim.url,
      `/${PAGE}/photos`,
      { access_token: TOKEN },
      { bytes: Buffer.from('hello') },
    )
    expect(text.body.error).toMatchObject({ code: 324, message: '(#324) Missing or invalid image file' })
  })

  it('downloads url photos when asked to', async () => {
    const image = fakePng(30)
    const cdn = createServer((_req, res) => res.end(image))
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve))
    const fetching = await startGraphSimulator({ fetchPhotoUrls: true })
    try {
      fetching.addPage({ pageId: PAGE, name: 'P', followers: 1, accessToken: TOKEN })
      const url = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/a.png`
      const response = await postForm(fetching.url, `/${PAGE}/photos`, { url, access_token: TOKEN })
      expect(response.body.post_id).toBe(`${PAGE}_1`)
      expect(fetching.photos(PAGE)[0]).toMatchObject({ sha256: sha256(image), size: image.length })
    } finally {
      await fetching.close()
      await new Promise((resolve) => cdn.close(resolve))
    }
  })
})

describe('reading posts', () => {
  async function seedPosts(count: number): Promise<void> {
    for (let i = 1; i <= count; i += 1) {
      clock += 60_000
      await post(`/${PAGE}/feed`, { message: `Bài ${i}` })
    }
  }

  it('lists published posts newest first on /posts, /feed and /published_posts', async () => {
    await seedPosts(3)
    await post(`/${PAGE}/feed`, { message: 'nháp', published: 'false' })
    for (const edge of ['posts', 'feed', 'published_posts']) {
      const response = await get(`/v21.0/${PAGE}/${edge}?fields=id,message,created_time,permalink_url`)
      expect(response.body.data.map((item: { message: string }) => item.message)).toEqual(['Bài 3', 'Bài 2', 'Bài 1'])
      expect(response.body.data[0]).toEqual({
        id: `${PAGE}_3`,
        message: 'Bài 3',
        created_time: sim.posts(PAGE)[2]?.created_time,
        permalink_url: `https://www.facebook.com/${PAGE}/posts/3`,
      })
    }
  })

  it('honours since, limit and paging cursors', async () => {
    await seedPosts(5)
    const since = Math.floor(Date.parse(sim.posts(PAGE)[1]?.created_time.replace('+0000', 'Z') ?? '') / 1000)
    const first = await get(`/v21.0/${PAGE}/posts?fields=message&limit=2&since=${since}`)
    expect(first.body.data).toEqual([
      { message: 'Bài 5', id: `${PAGE}_5` },
      { message: 'Bài 4', id: `${PAGE}_4` },
    ])
    const next = await graphCall(first.body.paging.next, '')
    expect(next.body.data.map((item: { message: string }) => item.message)).toEqual(['Bài 3', 'Bài 2'])
    expect(next.body.paging).toBeUndefined()
  })

  it('reads a single post, and says when it does not exist', async () => {
    await post(`/${PAGE}/feed`, { message: 'Một bài' })
    const response = await get(`/v21.0/${PAGE}_1?fields=id,message,permalink_url`)
    expect(response.body).toEqual({
      id: `${PAGE}_1`,
      message: 'Một bài',
      permalink_url: `https://www.facebook.com/${PAGE}/posts/1`,
    })
    const missing = await get(`/v21.0/${PAGE}_99`)
    expect(missing.body.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' })
  })

  it('answers unknown edges with code 2500', async () => {
    expect((await get(`/v21.0/${PAGE}/albums`)).body.error.code).toBe(2500)
  })
})

describe('inbox replies', () => {
  it('stores comments on posts and replies to visitor comments', async () => {
    await post(`/${PAGE}/feed`, { message: 'Bài' })
    const visitor = sim.addComment({ parentId: `${PAGE}_1`, message: 'Cho hỏi địa chỉ?' })
    const reply = await post(`/v21.0/${visitor.id}/comments`, { message: 'Dạ, số 1 đường ĐT741.' })
    expect(reply.status).toBe(200)
    expect(sim.comments(visitor.id)).toEqual([
      expect.objectContaining({
        id: reply.body.id,
        message: 'Dạ, số 1 đường ĐT741.',
        from: { id: PAGE, name: 'Phú Riềng đỏ - Xưa và nay' },
      }),
    ])
    const onPost = await post(`/v21.0/${PAGE}_1/comments`, { message: 'Cảm ơn' })
    expect(sim.comments(`${PAGE}_1`).map((comment) => comment.id)).toEqual([visitor.id, onPost.body.id])
    expect((await post(`/v21.0/${PAGE}_1/comments`, {})).body.error.code).toBe(100)
  })

  it('stores Messenger replies and checks messaging_type and tag', async () => {
    const response = await graphCall(sim.url, `/v21.0/${PAGE}/messages?access_token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: '555' }, message: { text: 'Chào bạn' }, messaging_type: 'RESPONSE' }),
    })
    expect(response.body).toEqual({ recipient_id: '555', message_id: expect.stringMatching(/^m_/) })
    expect(sim.messages(PAGE)).toEqual([
      expect.objectContaining({
        recipient: { id: '555' },
        message: { text: 'Chào bạn' },
        messagingType: 'RESPONSE',
        tag: null,
      }),
    ])
    const untagged = await post(`/${PAGE}/messages`, {
      recipient: '{"id":"555"}',
      message: '{"text":"x"}',
      messaging_type: 'MESSAGE_TAG',
    })
    expect(untagged.body.error.message).toContain('tag is required')
  })
})

describe('tokens and permissions', () => {
  it('answers 190 for a missing, wrong or foreign token', async () => {
    for (const token of ['', 'nope', OTHER_TOKEN]) {
      const response = await get(`/v21.0/${PAGE}/feed`, token)
      expect(response.status).toBe(400)
      expect(response.body.error).toMatchObject({ code: 190, type: 'OAuthException' })
      expect(response.body.error.error_subcode).toBeUndefined()
      expect(response.headers.get('www-authenticate')).toContain('invalid_token')
    }
    expect((await get(`/v21.0/${PAGE}_1`, 'nope')).body.error.code).toBe(190)
    expect(classifyGraphError({ httpStatus: 400, body: (await get(`/${PAGE}`, 'nope')).body }).kind).toBe('token')
  })

  it('expires a token on demand with subcode 463 and accepts a new one', async () => {
    sim.expireToken(PAGE)
    const expired = await post(`/v21.0/${PAGE}/feed`, { message: 'x' })
    expect(expired.body.error).toMatchObject({ code: 190, error_subcode: 463 })
    expect(sim.posts(PAGE)).toEqual([])
    sim.setPageToken(PAGE, 'renewed')
    expect((await post(`/v21.0/${PAGE}/feed`, { message: 'x' }, 'renewed')).body.id).toBe(`${PAGE}_1`)
  })

  it('reports missing permissions with code 200, 10 or 230', async () => {
    sim.setPermissions(PAGE, ['pages_read_engagement'])
    const write = await post(`/v21.0/${PAGE}/feed`, { message: 'x' })
    expect(write).toMatchObject({ status: 403, body: { error: { code: 200 } } })
    expect(write.body.error.message).toContain('pages_manage_posts')
    expect(
      (await post(`/${PAGE}/messages`, { recipient: '{"id":"1"}', message: '{"text":"x"}' })).body.error.code,
    ).toBe(230)
    sim.setPermissions(PAGE, ['pages_manage_posts'])
    expect((await get(`/v21.0/${PAGE}/feed`)).body.error.code).toBe(10)
  })
})

describe('fault injection', () => {
  it('adds latency to matching requests only, once by default', async () => {
    sim.injectFault({ match: { method: 'GET', pathIncludes: '/feed' }, kind: { type: 'latency', ms: 300 } })
    let started = Date.now()
    await get(`/v21.0/${PAGE}`)
    expect(Date.now() - started).toBeLessThan(250)
    started = Date.now()
    expect((await get(`/v21.0/${PAGE}/feed`)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    started = Date.now()
    await get(`/v21.0/${PAGE}/feed`)
    expect(Date.now() - started).toBeLessThan(250)
  })

  it('applies the global latencyMs option to every request', async () => {
    const slow = await startGraphSimulator({ latencyMs: 200 })
    try {
      const started = Date.now()
      await graphCall(slow.url, '/anything')
      expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    } finally {
      await slow.close()
    }
  })

  it('returns injected Graph errors the given number of times', async () => {
    sim.injectFault({
      match: { pathIncludes: `/${PAGE}/feed` },
      times: 2,
      kind: { type: 'error', status: 400, code: 368, subcode: 1390008, message: 'We limit how often you can post' },
    })
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await post(`/v21.0/${PAGE}/feed`, { message: 'x' })
      expect(response.body).toEqual({
        error: {
          message: 'We limit how often you can post',
          type: 'OAuthException',
          code: 368,
          error_subcode: 1390008,
          fbtrace_id: expect.any(String),
        },
      })
    }
    expect(sim.posts(PAGE)).toEqual([])
    expect((await post(`/v21.0/${PAGE}/feed`, { message: 'x' })).status).toBe(200)
    expect(sim.requests.map((entry) => entry.fault)).toEqual(['error', 'error', null])
  })

  it.each([
    ['x-business-use-case-usage', 32, 5],
    ['x-page-usage', 613, 3],
    ['x-app-usage', 4, undefined],
  ] as const)('throttles with %s and code %i', async (usageHeader, code, minutes) => {
    sim.injectFault({
      match: { method: 'POST' },
      kind: { type: 'throttle', code, usageHeader, estimatedTimeToRegainAccess: minutes },
    })
    const response = await post(`/v21.0/${PAGE}/feed`, { message: 'x' })
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe(code)
    const header = JSON.parse(response.headers.get(usageHeader) ?? 'null')
    const usage = usageHeader === 'x-business-use-case-usage' ? header[PAGE][0] : header
    expect(usage.call_count).toBe(100)
    const classified = classifyGraphError({
      httpStatus: response.status,
      body: response.body,
      headers: response.headers,
    })
    expect(classified.kind).toBe('throttled')
    expect(classified.retryAfterMs).toBe(minutes === undefined ? undefined : minutes * 60_000)
    expect(sim.posts(PAGE)).toEqual([])
  })

  it('dropAfterProcessing stores the post but never answers', async () => {
    sim.injectFault({ match: { method: 'POST', pathIncludes: '/feed' }, kind: { type: 'dropAfterProcessing' } })
    expect(await socketError(post(`/v21.0/${PAGE}/feed`, { message: 'Có thể đã đăng' }))).toBe('UND_ERR_SOCKET')
    expect(sim.posts(PAGE)).toEqual([expect.objectContaining({ id: `${PAGE}_1`, message: 'Có thể đã đăng' })])
    expect(sim.requests.at(-1)).toMatchObject({ status: null, fault: 'dropAfterProcessing' })
    const listed = await get(`/v21.0/${PAGE}/published_posts?fields=id,message`)
    expect(listed.body.data).toEqual([{ id: `${PAGE}_1`, message: 'Có thể đã đăng' }])
  })

  it('dropBeforeProcessing closes the socket and stores nothing', async () => {
    sim.injectFault({ match: { pathIncludes: '/photos' }, kind: { type: 'dropBeforeProcessing' } })
    expect(await socketError(upload(40))).toMatch(/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/)
    expect(sim.photos(PAGE)).toEqual([])
    expect(sim.posts(PAGE)).toEqual([])
  })

  it('status5xx answers a transient Graph error, optionally after processing', async () => {
    sim.injectFault({ match: { pathIncludes: '/feed' }, kind: { type: 'status5xx', status: 503 } })
    const refused = await post(`/v21.0/${PAGE}/feed`, { message: 'x' })
    expect(refused.status).toBe(503)
    expect(refused.body.error).toMatchObject({ code: 2, is_transient: true })
    expect(sim.posts(PAGE)).toEqual([])

    sim.injectFault({
      match: { pathIncludes: '/feed' },
      kind: { type: 'status5xx', status: 500, afterProcessing: true },
    })
    const unknown = await post(`/v21.0/${PAGE}/feed`, { message: 'y' })
    expect(unknown.status).toBe(500)
    expect(classifyGraphError({ httpStatus: unknown.status, body: unknown.body }).kind).toBe('transient')
    expect(sim.posts(PAGE).map((stored) => stored.message)).toEqual(['y'])
  })

  it('rejects malformed fault specs and clears faults', async () => {
    expect(() => sim.injectFault({ kind: { type: 'status5xx', status: 404 } })).toThrow(TypeError)
    expect(() => sim.injectFault({ times: 0, kind: { type: 'dropBeforeProcessing' } })).toThrow(TypeError)
    sim.injectFault({ times: Infinity, kind: { type: 'dropBeforeProcessing' } })
    sim.clearFaults()
    expect((await get(`/v21.0/${PAGE}`)).status).toBe(200)
  })

  it('closes promptly while a request is still waiting on latency', async () => {
    const closing = await startGraphSimulator()
    closing.injectFault({ kind: { type: 'latency', ms: 30_000 } })
    const pending = socketError(graphCall(closing.url, '/x'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = Date.now()
    await closing.close()
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(await pending).toBe('UND_ERR_SOCKET')
  })
})

describe('reset', () => {
  it('forgets posts, requests and faults but keeps pages', async () => {
    await post(`/${PAGE}/feed`, { message: 'x' })
    sim.injectFault({ kind: { type: 'dropBeforeProcessing' } })
    sim.reset()
    expect(sim.posts(PAGE)).toEqual([])
    expect(sim.requests).toHaveLength(0)
    expect((await post(`/${PAGE}/feed`, { message: 'y' })).body.id).toBe(`${PAGE}_1`)
  })
})
