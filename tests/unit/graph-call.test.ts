import net from 'node:net'

import { graphCall, type GraphSettings } from '../../src/publishing/graphClient'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { sha256 } from '../graph-simulator/testing'

const PAGE_ID = '1000'
const TOKEN = 'EAAB-graph-call-token'

let simulator: GraphSimulator
let settings: GraphSettings

beforeAll(async () => {
  simulator = await startGraphSimulator({ usageBudget: { calls: 100, windowMs: 3_600_000 } })
  settings = { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 1_000 }
})
beforeEach(() => {
  simulator.reset()
  simulator.addPage({ pageId: PAGE_ID, name: 'Trang thử', followers: 10, accessToken: TOKEN })
})
afterAll(() => simulator.close())

const post = (message: string, overrides: Partial<GraphSettings> = {}) =>
  graphCall(
    { ...settings, ...overrides },
    {
      method: 'POST',
      path: `${PAGE_ID}/feed`,
      token: TOKEN,
      form: new URLSearchParams({ message, fields: 'id,permalink_url' }),
    },
  )

test('an answered call gives its body and the usage Facebook reported, the message intact', async () => {
  const message = 'Tin tức Phú Riềng\r\nDòng hai & dấu = và %'
  const result = await post(message)
  expect(result).toMatchObject({ ok: true, body: { id: expect.any(String), permalink_url: expect.any(String) } })
  expect(result.ok && result.usage.businessUseCases[0]?.callCount).toBeGreaterThan(0)
  expect(simulator.posts(PAGE_ID).map((created) => created.message)).toEqual([message])

  const read = await graphCall(settings, { method: 'GET', path: PAGE_ID, token: TOKEN, query: { fields: 'name' } })
  expect(read).toMatchObject({ ok: true, body: { name: 'Trang thử' } })
})

test('a photo goes as multipart, bytes and caption as sent', async () => {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 7)])
  const form = new FormData()
  form.set('caption', 'Ảnh hội thi')
  form.set('source', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'anh.png')
  const result = await graphCall(settings, { method: 'POST', path: `${PAGE_ID}/photos`, token: TOKEN, form })
  expect(result.ok).toBe(true)
  const [photo] = simulator.photos(PAGE_ID)
  expect(photo).toMatchObject({
    caption: 'Ảnh hội thi',
    filename: 'anh.png',
    size: bytes.length,
    sha256: sha256(bytes),
  })
})

test('a refusal is classified from its body, as Facebook sends it', async () => {
  simulator.expireToken(PAGE_ID)
  const result = await post('Tin')
  expect(result).toMatchObject({ ok: false, error: { kind: 'token' } })
})

test('a server that took the request and never answered is "timeout": the post may exist', async () => {
  simulator.injectFault({ kind: { type: 'latency', ms: 3_000 } })
  const result = await post('Tin chậm', { timeoutMs: 300 })
  expect(result).toEqual({ ok: false, noAnswer: true, reason: 'timeout' })
})

test('a connection dropped after the request is "connection lost", never "not sent"', async () => {
  simulator.injectFault({ kind: { type: 'dropAfterProcessing' } })
  const result = await post('Tin mất kết nối')
  expect(result).toEqual({ ok: false, noAnswer: true, reason: 'connection lost' })
  expect(simulator.posts(PAGE_ID)).toHaveLength(1)
  // The next call on a fresh connection goes through.
  expect((await post('Tin sau')).ok).toBe(true)
})

test('a connection that never opened is "not sent": nothing reached Facebook', async () => {
  const closed = net.createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const { port } = closed.address() as net.AddressInfo
  await new Promise<void>((resolve) => closed.close(() => resolve()))
  const result = await post('Tin', { baseUrl: `http://127.0.0.1:${port}` })
  expect(result).toEqual({ ok: false, noAnswer: true, notSent: true, reason: 'could not connect' })
})

/**
 * A server that answers the first request on a connection and keeps it open, then resets the
 * connection when a second request comes on it: an idle connection the server had closed.
 */
const closesIdleConnections = async () => {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    let requests = 0
    socket.on('data', (chunk: Buffer) => {
      // A request's body may come in a chunk of its own: count request lines, not chunks.
      const started = chunk.toString('latin1').split(' HTTP/1.1\r\n').length - 1
      if (started === 0) return
      requests += started
      if (requests > 1) return socket.resetAndDestroy()
      const body = JSON.stringify({ id: `${PAGE_ID}_1`, name: 'Trang thử' })
      const head = `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}`
      socket.write(`${head}\r\n\r\n${body}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      }),
  }
}

test('a read on a kept-alive connection the server had closed is sent again on a new one', async () => {
  const server = await closesIdleConnections()
  try {
    const read = () =>
      graphCall({ ...settings, baseUrl: server.baseUrl }, { method: 'GET', path: PAGE_ID, token: TOKEN, query: {} })
    expect(await read()).toMatchObject({ ok: true, body: { name: 'Trang thử' } })
    expect(await read()).toMatchObject({ ok: true, body: { name: 'Trang thử' } })
  } finally {
    await server.close()
  }
})

test('a write on a kept-alive connection the server had closed is not sent again: "connection lost"', async () => {
  const server = await closesIdleConnections()
  try {
    expect((await post('Tin một', { baseUrl: server.baseUrl })).ok).toBe(true)
    expect(await post('Tin hai', { baseUrl: server.baseUrl })).toEqual({
      ok: false,
      noAnswer: true,
      reason: 'connection lost',
    })
  } finally {
    await server.close()
  }
})
