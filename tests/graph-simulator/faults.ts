// Injected faults: which request they hit, and the responses they produce instead of the real one.
import { GraphFailure } from './errors'
import type { FaultKind, FaultSpec, UsageHeaderName } from './types'

interface ActiveFault {
  spec: FaultSpec
  remaining: number
}

const THROTTLE_MESSAGES: Record<number, string> = {
  4: '(#4) Application request limit reached',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  613: '(#613) Calls to this api have exceeded the rate limit.',
}

function validate(spec: FaultSpec): number {
  const times = spec.times ?? 1
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
    throw new TypeError('Fault times must be a positive integer or Infinity')
  }
  const kind = spec.kind
  if (kind.type === 'status5xx' && (kind.status < 500 || kind.status > 599)) {
    throw new TypeError(`status5xx fault needs a 5xx status, got ${kind.status}`)
  }
  if (kind.type === 'throttle' && !THROTTLE_MESSAGES[kind.code]) {
    throw new TypeError(`Throttle fault code must be 4, 17, 32 or 613, got ${String(kind.code)}`)
  }
  return times
}

export class FaultQueue {
  private faults: ActiveFault[] = []

  add(spec: FaultSpec): void {
    this.faults.push({ spec, remaining: validate(spec) })
  }

  clear(): void {
    this.faults = []
  }

  /** The first fault matching the request, consuming one of its uses. */
  take(method: string, path: string, graphPath: string): FaultKind | null {
    const fault = this.faults.find(({ spec }) => {
      const { method: wanted, pathIncludes } = spec.match ?? {}
      if (wanted && wanted.toUpperCase() !== method) return false
      return !pathIncludes || path.includes(pathIncludes) || graphPath.includes(pathIncludes)
    })
    if (!fault) return null
    fault.remaining -= 1
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault)
    return fault.spec.kind
  }
}

function usageHeader(name: UsageHeaderName, objectId: string, regainMinutes: number | undefined): string {
  const usage = { call_count: 100, total_cputime: 42, total_time: 57 }
  const regain = regainMinutes === undefined ? {} : { estimated_time_to_regain_access: regainMinutes }
  // X-App-Usage has no regain estimate; the page and business-use-case headers do.
  if (name === 'x-app-usage') return JSON.stringify(usage)
  if (name === 'x-page-usage') return JSON.stringify({ ...usage, ...regain })
  return JSON.stringify({
    [objectId]: [{ type: 'pages', ...usage, estimated_time_to_regain_access: regainMinutes ?? 0 }],
  })
}

/** The failure a fault answers with; `pageId` keys the business-use-case header. */
export function faultFailure(kind: FaultKind, pageId: string): GraphFailure | null {
  switch (kind.type) {
    case 'error':
      return new GraphFailure(kind.status, kind.code, kind.message, kind.subcode, kind.errorType ?? 'OAuthException')
    case 'throttle':
      return new GraphFailure(
        400,
        kind.code,
        THROTTLE_MESSAGES[kind.code] ?? 'Rate limit',
        undefined,
        'OAuthException',
        {
          [kind.usageHeader]: usageHeader(kind.usageHeader, pageId, kind.estimatedTimeToRegainAccess),
        },
      )
    case 'status5xx':
      return new GraphFailure(kind.status, 2, 'An unexpected error has occurred. Please retry your request later.')
    default:
      return null
  }
}
