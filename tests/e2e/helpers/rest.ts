import type { Account } from './admin'

/**
 * REST calls a suite makes around the browser (setting up stories, reading results): JSON in and
 * out, a failed answer thrown with its body. `baseUrl` is read at each call: the server starts in
 * `beforeAll`, after the suite built its client.
 */
export const restClient = (baseUrl: () => string) => {
  const api = async (method: string, route: string, token?: string, body?: unknown) => {
    const response = await fetch(`${baseUrl()}${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json().catch(() => null)
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const login = async (account: Account): Promise<string> =>
    (await api('POST', '/api/users/login', undefined, account)).token
  return { api, login }
}
