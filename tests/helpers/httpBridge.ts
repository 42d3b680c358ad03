import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

/** Serves a fetch-style handler over real HTTP on 127.0.0.1, so tests speak HTTP to the REST API. */
export const serveFetchHandler = async (handler: (request: Request) => Promise<Response>) => {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const url = `http://${incoming.headers.host}${incoming.url}`
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
      const request = new Request(url, {
        method: incoming.method,
        headers: incoming.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
      const response = await handler(request)
      // Answered before the whole body was read (a refused upload): the connection cannot be reused.
      if (!incoming.complete) outgoing.setHeader('connection', 'close')
      outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ message: String(error) }] }))
    }
  })
  // Node closes idle keep-alive connections after 5 s, just as fetch may reuse one: a busy machine
  // turns that race into ECONNRESET. Tests end by closing the server anyway.
  server.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}
