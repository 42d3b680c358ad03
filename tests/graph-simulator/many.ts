// Several objects in one HTTP call: `GET /?ids=a,b,c&fields=…` and the batch endpoint
// (`POST /` with `batch=[{method, relative_url}, …]`), each capped at 50 as on Facebook.
import type { RouteContext, RouteResult } from './context'
import { errorBody, GraphFailure, invalidParam } from './errors'
import { tooMany } from './insights'
import type { ParsedRequest } from './request'

type Route = (context: RouteContext) => Promise<RouteResult>

const MAX_IDS = 50
const MAX_BATCH = 50
const VERSION_PREFIX = /^\/?(v\d+(?:\.\d+)?)(?=\/|$)/

/** `GET /?ids=…`: the same fields of each object, keyed by id; one unknown object fails the call. */
export async function readMany(context: RouteContext, route: Route): Promise<RouteResult> {
  const { ids: list = '', ...fields } = context.request.fields
  const ids = [
    ...new Set(
      list
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
  if (ids.length === 0) throw invalidParam('Param ids must be a non-empty list')
  if (ids.length > MAX_IDS) throw tooMany('IDs', MAX_IDS)
  const body: Record<string, unknown> = {}
  for (const id of ids) {
    const request: ParsedRequest = { ...context.request, segments: [id], fields }
    body[id] = (await route({ ...context, request })).body
  }
  return { status: 200, body }
}

interface BatchItem {
  method?: unknown
  relative_url?: unknown
  body?: unknown
}

function subRequest(parent: ParsedRequest, item: BatchItem): ParsedRequest {
  if (typeof item.relative_url !== 'string' || item.relative_url === '') {
    throw invalidParam('Each batch request needs a relative_url')
  }
  const url = new URL(`/${item.relative_url.replace(/^\/+/, '')}`, 'http://simulator.invalid')
  const version = VERSION_PREFIX.exec(url.pathname)?.[1] ?? null
  const path = version ? url.pathname.slice(version.length + 1) : url.pathname
  const fields = {
    ...Object.fromEntries(url.searchParams),
    ...(typeof item.body === 'string' ? Object.fromEntries(new URLSearchParams(item.body)) : {}),
  }
  return {
    method: typeof item.method === 'string' ? item.method.toUpperCase() : 'GET',
    path: url.pathname,
    version: version ?? parent.version,
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    fields,
    files: [],
    accessToken: fields.access_token ?? parent.accessToken,
  }
}

const jsonHeader = { name: 'Content-Type', value: 'application/json; charset=UTF-8' }

/** `POST /` with `batch`: every request answered in order, each with its own code and JSON body text. */
export async function runBatch(context: RouteContext, route: Route): Promise<RouteResult> {
  let items: unknown
  try {
    items = JSON.parse(context.request.fields.batch ?? '')
  } catch {
    items = undefined
  }
  if (!Array.isArray(items) || items.length === 0) throw invalidParam('Param batch must be a JSON array')
  if (items.length > MAX_BATCH) throw tooMany('requests in batch message', MAX_BATCH)
  const answers: unknown[] = []
  for (const item of items as BatchItem[]) {
    try {
      const request = subRequest(context.request, item)
      const result = await route({ ...context, request })
      answers.push({ code: result.status, headers: [jsonHeader], body: JSON.stringify(result.body) })
    } catch (error) {
      if (!(error instanceof GraphFailure)) throw error
      const headers = [jsonHeader, ...Object.entries(error.headers).map(([name, value]) => ({ name, value }))]
      answers.push({ code: error.status, headers, body: JSON.stringify(errorBody(error)) })
    }
  }
  return { status: 200, body: answers }
}
