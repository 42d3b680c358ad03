// Graph API error responses, in the exact JSON shape Facebook uses.
import { randomBytes } from 'node:crypto'

export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly subcode?: number,
    readonly type = 'OAuthException',
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export function fbtraceId(): string {
  return randomBytes(8).toString('base64url')
}

export function errorBody(failure: GraphFailure): Record<string, unknown> {
  return {
    error: {
      message: failure.message,
      type: failure.type,
      code: failure.code,
      ...(failure.subcode === undefined ? {} : { error_subcode: failure.subcode }),
      // Facebook marks its own outages as transient; clients may rely on it.
      ...(failure.code === 1 || failure.code === 2 ? { is_transient: true } : {}),
      fbtrace_id: fbtraceId(),
    },
  }
}

export const invalidParam = (message: string, subcode?: number) =>
  new GraphFailure(400, 100, `(#100) ${message}`, subcode)

export function unknownObject(method: string, id: string): GraphFailure {
  const verb = method === 'GET' ? 'get' : method === 'POST' ? 'post' : method.toLowerCase()
  return new GraphFailure(
    400,
    100,
    `Unsupported ${verb} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    33,
    'GraphMethodException',
  )
}

export function unknownPath(path: string): GraphFailure {
  return new GraphFailure(400, 2500, `Unknown path components: ${path}`)
}
