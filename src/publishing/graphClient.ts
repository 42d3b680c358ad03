import { type ClassifiedGraphError, classifyGraphError, type GraphUsage, parseUsageHeaders } from './graphErrors'
import { type HttpAnswer, httpExchange, NoAnswer } from './graphHttp'

export interface GraphSettings {
  baseUrl: string
  version: string
  /** A call still unanswered after this long is abandoned (and, for a final call, reconciled). */
  timeoutMs: number
}

export const graphSettingsFromEnv = (): GraphSettings => ({
  baseUrl: (process.env.FACEBOOK_GRAPH_URL || 'https://graph.facebook.com').replace(/\/+$/, ''),
  version: process.env.FACEBOOK_GRAPH_VERSION || 'v24.0',
  timeoutMs: Number(process.env.FACEBOOK_TIMEOUT_MS || 30_000),
})

export type GraphResult =
  /** `usage`: what the usage headers said, so a reader can slow down before it is throttled. */
  | { ok: true; body: Record<string, unknown>; usage: GraphUsage }
  | { ok: false; error: ClassifiedGraphError }
  /** No answer: the request may or may not have been processed, unless `notSent` says it never left. */
  | { ok: false; noAnswer: true; reason: string; notSent?: boolean }

/**
 * One Graph API call. Fields go url-encoded unless a file is attached: multipart encoding turns every
 * line break into CRLF, which would change the message. The token travels in the POST body as `access_token` (or as a bearer header on
 * reads), never in a URL, so it cannot end up in a log line or an error message.
 */
export const graphCall = async (
  settings: GraphSettings,
  call: {
    method: 'GET' | 'POST'
    path: string
    token: string
    form?: FormData | URLSearchParams
    query?: Record<string, string>
  },
): Promise<GraphResult> => {
  const url = new URL(`${settings.baseUrl}/${settings.version}/${call.path.replace(/^\/+/, '')}`)
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value)
  const headers: Record<string, string> = {}
  let body: FormData | URLSearchParams | undefined
  if (call.method === 'POST') {
    body = call.form ?? new URLSearchParams()
    body.set('access_token', call.token)
  } else {
    headers.authorization = `Bearer ${call.token}`
  }

  let answer: HttpAnswer
  try {
    answer = await httpExchange(url, { method: call.method, headers, body, timeoutMs: settings.timeoutMs })
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error
    return { ok: false, noAnswer: true, reason: error.reason, ...(error.notSent ? { notSent: true } : {}) }
  }
  const { status, headers: answerHeaders, text } = answer
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // An HTML error page from a proxy: classified by status below.
  }
  if (status >= 200 && status < 300 && parsed && typeof parsed === 'object' && !('error' in parsed)) {
    return { ok: true, body: parsed as Record<string, unknown>, usage: parseUsageHeaders(answerHeaders) }
  }
  return { ok: false, error: classifyGraphError({ httpStatus: status, body: parsed, headers: answerHeaders }) }
}
