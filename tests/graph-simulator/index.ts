// A Facebook Graph API simulator over real HTTP, for integration tests, benchmarks and local runs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { errorBody, fbtraceId, GraphFailure } from './errors'
import { faultFailure, FaultQueue } from './faults'
import { postFigures } from './insights'
import { parseRequest, readBody, withoutToken, type ParsedRequest } from './request'
import { route } from './routes'
import { SimulatorStore } from './store'
import type { FaultKind, GraphSimulator, RequestLogEntry, SimulatorOptions } from './types'

export type * from './types'
export { DEFAULT_PERMISSIONS } from './store'

const DEFAULT_VERSION = 'v21.0'

interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

function failureReply(failure: GraphFailure): Reply {
  return { status: failure.status, body: errorBody(failure), headers: failure.headers }
}

function pageIdOf(request: ParsedRequest): string {
  return (request.segments[0] ?? '').split('_')[0] ?? ''
}

export async function startGraphSimulator(options: SimulatorOptions = {}): Promise<GraphSimulator> {
  const store = new SimulatorStore(options.now ?? (() => new Date()))
  store.usageBudget = options.usageBudget ?? null
  const faults = new FaultQueue()
  const log: RequestLogEntry[] = []
  // Which token each request carried, kept out of the request log.
  const tokens = new WeakMap<RequestLogEntry, string | null>()
  // Aborts pending latency so close() never waits for sleeping requests.
  const closing = new AbortController()
  let baseUrl = ''

  function finish(entry: RequestLogEntry): void {
    options.onRequest?.(entry)
  }

  function drop(req: IncomingMessage, entry: RequestLogEntry): void {
    req.socket.destroy()
    finish(entry)
  }

  // Facebook sends its usage headers "once enough calls have been made": here, whenever a budget is set.
  function usageHeaders(token: string | null | undefined): Record<string, string> {
    const page = store.usageBudget ? store.pageOfToken(token ?? null) : undefined
    return page ? { 'x-business-use-case-usage': store.usageHeader(page.pageId) } : {}
  }

  function send(res: ServerResponse, entry: RequestLogEntry, version: string | null, reply: Reply): void {
    entry.status = reply.status
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=UTF-8',
      'facebook-api-version': version ?? DEFAULT_VERSION,
      'x-fb-trace-id': fbtraceId(),
      ...usageHeaders(tokens.get(entry)),
      ...reply.headers,
    })
    res.end(JSON.stringify(reply.body))
    finish(entry)
  }

  async function perform(request: ParsedRequest): Promise<Reply> {
    try {
      const context = { request, store, baseUrl, fetchPhotoUrls: options.fetchPhotoUrls ?? false }
      return await route(context)
    } catch (error) {
      // A bug in the simulator surfaces as Facebook's own "unknown error" so the client sees valid Graph JSON.
      const failure =
        error instanceof GraphFailure ? error : new GraphFailure(500, 1, `An unknown error occurred: ${String(error)}`)
      return failureReply(failure)
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://simulator.invalid').pathname
    const entry: RequestLogEntry = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      version: null,
      fields: {},
      files: [],
      status: null,
      fault: null,
      at: new Date().toISOString(),
    }
    log.push(entry)

    let request: ParsedRequest
    try {
      request = parseRequest(req, await readBody(req))
    } catch (error) {
      const failure = error instanceof GraphFailure ? error : new GraphFailure(400, 100, `(#100) ${String(error)}`)
      send(res, entry, null, failureReply(failure))
      return
    }
    entry.version = request.version
    tokens.set(entry, request.accessToken)
    entry.fields = withoutToken(request.fields)
    entry.files = request.files.map(({ bytes: _bytes, ...file }) => file)

    if (options.latencyMs) await sleep(options.latencyMs, undefined, { signal: closing.signal })
    const graphPath = '/' + request.segments.join('/')
    const fault: FaultKind | null = faults.take(request.method, request.path, graphPath)
    entry.fault = fault?.type ?? null
    if (fault?.type === 'latency') await sleep(fault.ms, undefined, { signal: closing.signal })
    if (fault?.type === 'dropBeforeProcessing') {
      drop(req, entry)
      return
    }
    const injected =
      fault && !(fault.type === 'status5xx' && fault.afterProcessing) ? faultFailure(fault, pageIdOf(request)) : null
    if (injected) {
      send(res, entry, request.version, failureReply(injected))
      return
    }

    const reply = await perform(request)
    if (fault?.type === 'dropAfterProcessing') {
      drop(req, entry)
      return
    }
    const after = fault?.type === 'status5xx' ? faultFailure(fault, pageIdOf(request)) : null
    send(res, entry, request.version, after ? failureReply(after) : reply)
  }

  const server = createServer((req, res) => {
    // Only aborted latency (close() during a request) gets here: the connection is being torn down anyway.
    handle(req, res).catch(() => req.socket.destroy())
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  baseUrl = `http://${host}:${port}`

  return {
    url: baseUrl,
    async close() {
      closing.abort()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
    addPage: (page) => store.addPage(page),
    expireToken: (pageId) => {
      store.page(pageId).tokenExpired = true
    },
    setPageToken: (pageId, accessToken) => {
      const page = store.page(pageId)
      page.accessToken = accessToken
      page.tokenExpired = false
    },
    setPermissions: (pageId, permissions) => {
      store.page(pageId).permissions = new Set(permissions)
    },
    posts: (pageId) => structuredClone(store.pagePosts(pageId)),
    photos: (pageId) => structuredClone(store.pagePhotos(pageId)),
    comments: (parentId) => structuredClone(store.commentsOf(parentId)),
    messages: (pageId) => structuredClone(store.pageMessages(pageId)),
    addComment: ({ parentId, message, from }) => {
      const parent = store.findPost(parentId) ?? store.findComment(parentId)
      if (!parent) throw new Error(`No simulated post or comment ${parentId}`)
      return structuredClone(
        store.addComment(parentId, parent.pageId, message, from ?? { id: '7001', name: 'Người xem' }),
      )
    },
    get requests() {
      return log
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    setUsageBudget: (budget) => {
      store.usageBudget = budget
    },
    retireMetric: (name) => {
      store.retiredMetrics.add(name)
    },
    seedPost: ({ pageId, at, message }) =>
      structuredClone(
        store.createPost(
          store.page(pageId),
          {
            message: message ?? null,
            link: null,
            published: true,
            scheduledPublishTime: null,
            mediaIds: [],
            fields: {},
          },
          at,
        ),
      ),
    deletePost: (postId) => store.deletePost(postId),
    postFigures: (postId) => {
      const post = store.findPost(postId)
      if (!post) throw new Error(`No simulated post ${postId}`)
      return postFigures(post.id, store.nowMs() - store.createdAt(post))
    },
    reset: () => {
      store.reset()
      faults.clear()
      log.length = 0
    },
  }
}
