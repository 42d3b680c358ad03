/**
 * The admin's requests to the newsroom's own API: with the signed-in user's cookie, JSON in and out,
 * and the admin's language so that refusals come back in it (`{ errors: [{ message }] }`).
 */

/** A request's outcome: its JSON body, or the server's refusal (its message, already translated). */
export type Answer<T> = { ok: true; body: T } | { ok: false; message: string | null; status: number }

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH'
  /** The admin's language: the server writes its refusals in it. */
  language?: string
  /** Sent as JSON. */
  body?: unknown
  signal?: AbortSignal
}

export const apiFetch = (url: string, { method = 'GET', language, body, signal }: RequestOptions = {}) =>
  fetch(url, {
    method,
    credentials: 'include',
    headers: {
      ...(language ? { 'Accept-Language': language } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  })

/** The first `errors[].message` of a Payload error body, if it has one. */
export const errorMessageOf = (body: unknown): string | null => {
  const message = (body as { errors?: { message?: unknown }[] } | null)?.errors?.[0]?.message
  return typeof message === 'string' && message !== '' ? message : null
}

/** A refusal is an answer, not an exception: only a network failure throws. */
export const apiRequest = async <T>(url: string, options?: RequestOptions): Promise<Answer<T>> => {
  const response = await apiFetch(url, options)
  const parsed: unknown = await response.json().catch(() => null)
  if (response.ok && parsed !== null) return { ok: true, body: parsed as T }
  return { ok: false, message: errorMessageOf(parsed), status: response.status }
}

/** A read whose failure the screen only shows as "could not load": a refusal throws too. */
export const apiGet = async <T>(url: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T> => {
  const answer = await apiRequest<T>(url, options)
  if (!answer.ok) throw new Error(answer.message ?? `HTTP ${answer.status}`)
  return answer.body
}

/** `/:id` in a REST path. */
export const pathId = (id: string | number) => encodeURIComponent(String(id))
