import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

/**
 * A fetch-style handler (Payload's REST and GraphQL entry points) as the final app behind the HTTP
 * edge, in the place Next's request handler takes in the server.
 */
export const fetchHandlerApp =
  (handler: (request: Request) => Promise<Response>) =>
  async (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
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
      for (const [name, value] of response.headers) {
        if (name !== 'set-cookie') outgoing.setHeader(name, value)
      }
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outgoing.setHeader('set-cookie', cookies)
      outgoing.writeHead(response.status)
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'application/json' })
      outgoing.end(JSON.stringify({ errors: [{ message: String(error) }] }))
    }
  }

/** Serves a request listener (the edge's Express app) over real HTTP on 127.0.0.1. */
export const serveHttp = async (listener: http.RequestListener) => {
  const server = http.createServer(listener)
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
