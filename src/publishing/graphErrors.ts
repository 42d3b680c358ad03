// Classifies Graph API failures into what the publisher should do next (see graphapi.md §2).
// Facebook reports token and throttle errors with the same `type` (OAuthException) and throttles
// with plain HTTP 400, so only `code` / `error_subcode` and the usage headers are trusted here.

export type GraphErrorKind = 'throttled' | 'token' | 'permission' | 'invalid' | 'transient' | 'unknown'

export interface ClassifiedGraphError {
  kind: GraphErrorKind
  /** How long to wait before calling this page again, when Facebook said so. */
  retryAfterMs?: number
  code?: number
  subcode?: number
  message: string
  /** Facebook's text meant for the end user (error_user_msg), when present. */
  userMessage?: string
  fbtraceId?: string
  /** Facebook rejected the post as a duplicate: an earlier attempt probably succeeded, so reconcile. */
  duplicate?: boolean
}

export type HeadersLike =
  Headers | Record<string, string | readonly string[] | number | null | undefined> | null | undefined

export interface GraphErrorInput {
  httpStatus?: number
  /** Parsed JSON, or the raw response text. */
  body?: unknown
  headers?: HeadersLike
}

export interface UsageStats {
  /** Percentages of the quota; throttling starts at 100. */
  callCount?: number
  totalCputime?: number
  totalTime?: number
  estimatedTimeToRegainAccessMinutes?: number
}

export interface BusinessUseCaseUsage extends UsageStats {
  /** The page or business id the quota belongs to. */
  id: string
  type?: string
}

export interface GraphUsage {
  app?: UsageStats
  page?: UsageStats
  businessUseCases: BusinessUseCaseUsage[]
  /** The highest percentage reported by any header. */
  maxPercent?: number
  /** From the longest estimated_time_to_regain_access, when positive. */
  retryAfterMs?: number
}

// 341 and the 8000x family are the per-product BUC variants of the same "too many calls" signal.
const THROTTLE_CODES = new Set([
  4, 17, 32, 341, 613, 80000, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014,
])
const SPAM_THROTTLE = { code: 368, subcode: 1390008 }
const TOKEN_CODES = new Set([190])
// "Page publishing authorization required": only a person re-authorising the page fixes it.
const TOKEN_SUBCODES = new Set([1404078])
const PERMISSION_CODES = new Set([3, 10])
const TRANSIENT_CODES = new Set([1, 2])
// Rejections of this particular request: retrying the same payload cannot succeed. 368 without the
// posting-rate subcode is a policy block, which needs a person rather than a later retry.
const INVALID_CODES = new Set([100, 324, 368, 506, 1500, 1609005, 2500, 2635])
const INVALID_SUBCODES = new Set([1366046, 1366051, 1346003, 1404102, 1609008])
const DUPLICATE_CODES = new Set([506])
const DUPLICATE_SUBCODES = new Set([1366051])

const MINUTE_MS = 60_000

function readHeader(headers: HeadersLike, name: string): string | undefined {
  if (!headers) return undefined
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Record<string, string | readonly string[] | number | null | undefined>
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() !== name || value === null || value === undefined) continue
    return Array.isArray(value) ? value.join(',') : String(value)
  }
  return undefined
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}

function toStats(value: unknown): UsageStats | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const raw = value as Record<string, unknown>
  const stats: UsageStats = {}
  const callCount = toNumber(raw.call_count)
  const totalCputime = toNumber(raw.total_cputime)
  const totalTime = toNumber(raw.total_time)
  const regain = toNumber(raw.estimated_time_to_regain_access)
  if (callCount !== undefined) stats.callCount = callCount
  if (totalCputime !== undefined) stats.totalCputime = totalCputime
  if (totalTime !== undefined) stats.totalTime = totalTime
  if (regain !== undefined) stats.estimatedTimeToRegainAccessMinutes = regain
  return stats
}

function parseBusinessUseCases(value: unknown): BusinessUseCaseUsage[] {
  if (typeof value !== 'object' || value === null) return []
  const result: BusinessUseCaseUsage[] = []
  for (const [id, entries] of Object.entries(value as Record<string, unknown>)) {
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      const stats = toStats(entry)
      if (!stats) continue
      const type = (entry as Record<string, unknown>).type
      result.push({ id, ...(typeof type === 'string' ? { type } : {}), ...stats })
    }
  }
  return result
}

/** Reads X-App-Usage, X-Page-Usage and X-Business-Use-Case-Usage; malformed headers are ignored. */
export function parseUsageHeaders(headers: HeadersLike): GraphUsage {
  const app = toStats(parseJson(readHeader(headers, 'x-app-usage')))
  const page = toStats(parseJson(readHeader(headers, 'x-page-usage')))
  const businessUseCases = parseBusinessUseCases(parseJson(readHeader(headers, 'x-business-use-case-usage')))

  const all = [app, page, ...businessUseCases].filter((stats): stats is UsageStats => stats !== undefined)
  const percents = all.flatMap((s) => [s.callCount, s.totalCputime, s.totalTime]).filter((n) => n !== undefined)
  const regainMinutes = Math.max(0, ...all.map((s) => s.estimatedTimeToRegainAccessMinutes ?? 0))

  const usage: GraphUsage = { businessUseCases }
  if (app) usage.app = app
  if (page) usage.page = page
  if (percents.length > 0) usage.maxPercent = Math.max(...(percents as number[]))
  if (regainMinutes > 0) usage.retryAfterMs = regainMinutes * MINUTE_MS
  return usage
}

interface GraphErrorBody {
  code?: number
  subcode?: number
  message?: string
  userMessage?: string
  fbtraceId?: string
  isTransient?: boolean
}

function extractGraphError(body: unknown): GraphErrorBody | undefined {
  const parsed = typeof body === 'string' ? parseJson(body) : body
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const error = (parsed as { error?: unknown }).error
  if (typeof error !== 'object' || error === null) return undefined
  const raw = error as Record<string, unknown>
  const result: GraphErrorBody = {}
  const code = toNumber(raw.code)
  const subcode = toNumber(raw.error_subcode)
  if (code !== undefined) result.code = code
  if (subcode !== undefined) result.subcode = subcode
  if (typeof raw.message === 'string') result.message = raw.message
  if (typeof raw.error_user_msg === 'string') result.userMessage = raw.error_user_msg
  if (typeof raw.fbtrace_id === 'string') result.fbtraceId = raw.fbtrace_id
  if (typeof raw.is_transient === 'boolean') result.isTransient = raw.is_transient
  return result
}

function retryAfterHeaderMs(headers: HeadersLike): number | undefined {
  const seconds = toNumber(readHeader(headers, 'retry-after'))
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined
}

function kindOf(error: GraphErrorBody | undefined, httpStatus: number | undefined, usage: GraphUsage): GraphErrorKind {
  const code = error?.code
  const subcode = error?.subcode
  if (code !== undefined && THROTTLE_CODES.has(code)) return 'throttled'
  if (code === SPAM_THROTTLE.code && subcode === SPAM_THROTTLE.subcode) return 'throttled'
  if (httpStatus === 429) return 'throttled'
  if ((code !== undefined && TOKEN_CODES.has(code)) || (subcode !== undefined && TOKEN_SUBCODES.has(subcode))) {
    return 'token'
  }
  if (code !== undefined && (PERMISSION_CODES.has(code) || (code >= 200 && code <= 299))) return 'permission'
  if ((code !== undefined && TRANSIENT_CODES.has(code)) || error?.isTransient === true) return 'transient'
  if (httpStatus !== undefined && httpStatus >= 500) return 'transient'
  if (code !== undefined && INVALID_CODES.has(code)) return 'invalid'
  if (subcode !== undefined && INVALID_SUBCODES.has(subcode)) return 'invalid'
  if (code === undefined && (usage.maxPercent ?? 0) >= 100) return 'throttled'
  return 'unknown'
}

/**
 * What a failed Graph API response means for the publisher. 'transient' on a write (HTTP 5xx,
 * codes 1 and 2) means the outcome is unknown: the post may exist, so reconcile before retrying.
 */
export function classifyGraphError(input: GraphErrorInput): ClassifiedGraphError {
  const error = extractGraphError(input.body)
  const usage = parseUsageHeaders(input.headers)
  const kind = kindOf(error, input.httpStatus, usage)

  const fallbackMessage = input.httpStatus
    ? `Graph API request failed with HTTP ${input.httpStatus}`
    : 'Graph API request failed'
  const result: ClassifiedGraphError = { kind, message: error?.message ?? fallbackMessage }
  const waits = [usage.retryAfterMs, retryAfterHeaderMs(input.headers)].filter((ms) => ms !== undefined)
  if (waits.length > 0) result.retryAfterMs = Math.max(...(waits as number[]))
  if (error?.code !== undefined) result.code = error.code
  if (error?.subcode !== undefined) result.subcode = error.subcode
  if (error?.userMessage) result.userMessage = error.userMessage
  if (error?.fbtraceId) result.fbtraceId = error.fbtraceId
  const duplicate =
    (error?.code !== undefined && DUPLICATE_CODES.has(error.code)) ||
    (error?.subcode !== undefined && DUPLICATE_SUBCODES.has(error.subcode))
  if (duplicate) result.duplicate = true
  return result
}
