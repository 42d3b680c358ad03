import http, { type IncomingHttpHeaders } from 'node:http'
import https from 'node:https'

/** Connections kept open between calls: a burst of posts costs requests, not handshakes. */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/** A call that got no answer. `notSent`: the connection never opened, so nothing reached the server. */
export class NoAnswer extends Error {
  constructor(
    readonly reason: 'timeout' | 'connection lost' | 'could not connect',
    readonly notSent: boolean,
  ) {
    super(reason)
  }
}

export interface HttpCall {
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: FormData | URLSearchParams
  /** The whole exchange, connecting and reading the answer included. */
  timeoutMs: number
}

/**
 * The bytes fetch would send: FormData as multipart (its encoder, its boundary), fields url-encoded.
 * Fields are serialized directly, as fetch does: a text post would otherwise pay for a web stream.
 */
const encodeBody = async (body: FormData | URLSearchParams) => {
  if (body instanceof URLSearchParams)
    return { bytes: Buffer.from(body.toString()), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' }
  const encoded = new Response(body)
  return {
    bytes: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type')!,
  }
}

/**
 * One HTTP exchange on node's own client. The delivery worker made one per post through `fetch`,
 * whose web streams cost it about 0.3 ms of CPU more a call (bench/scheduler). Tells a connection that
 * never opened (nothing was sent) from one lost later (the server may have acted on the request).
 *
 * A kept-alive connection the server closed while it was idle fails on its next request, with no
 * answer: the close is noticed only when the event loop polls, and synchronous database work between
 * calls can delay that. A read (GET) is sent again once on a new connection. A write is not: that one
 * is "connection lost", and the caller reconciles.
 */
export const httpExchange = async (url: URL, call: HttpCall, attempt = 1): Promise<HttpAnswer> => {
  const body = call.body ? await encodeBody(call.body) : undefined
  const headers = body
    ? { ...call.headers, 'content-type': body.contentType, 'content-length': String(body.bytes.length) }
    : call.headers
  const agent = agents[url.protocol as keyof typeof agents]
  if (!agent) throw new TypeError(`Unsupported protocol ${url.protocol}`)
  const request = (url.protocol === 'https:' ? https : http).request(url, { method: call.method, headers, agent })

  return new Promise<HttpAnswer>((resolve, reject) => {
    let connected = false
    const fail = (reason: 'timeout' | 'connection lost') => {
      clearTimeout(timer)
      reject(connected ? new NoAnswer(reason, false) : new NoAnswer('could not connect', true))
    }
    const timer = setTimeout(() => {
      request.destroy()
      fail('timeout')
    }, call.timeoutMs)
    request.once('socket', (socket) => {
      if (!socket.connecting) connected = true
      else socket.once('connect', () => (connected = true))
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (attempt === 1 && call.method === 'GET' && request.reusedSocket && error.code === 'ECONNRESET') {
        clearTimeout(timer)
        resolve(httpExchange(url, call, 2))
        return
      }
      fail('connection lost')
    })
    request.once('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', () => fail('connection lost'))
      response.once('close', () => {
        if (!response.complete) return fail('connection lost')
        clearTimeout(timer)
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        })
      })
    })
    request.end(body?.bytes)
  })
}
