import type { PayloadRequest } from 'payload'

import { accountKey, type AttemptCounter, createAttemptCounters, parseRate, type Rate } from '../auth/attemptCounters'
import { CLIENT_ADDRESS_HEADER } from '../http/clientAddress'

/** The public contest endpoints' rates, each `attempts/seconds` or `off` in the environment. */
const RATES = {
  'entry:address': ['CONTEST_ENTRY_RATE_PER_ADDRESS', { points: 20, seconds: 600 }],
  'entry:contact': ['CONTEST_ENTRY_RATE_PER_CONTACT', { points: 10, seconds: 3600 }],
  'withdraw:address': ['CONTEST_WITHDRAW_RATE_PER_ADDRESS', { points: 20, seconds: 600 }],
  'vote:address': ['CONTEST_VOTE_RATE_PER_ADDRESS', { points: 60, seconds: 600 }],
} as const satisfies Record<string, readonly [string, Rate]>

export type ContestLimit = keyof typeof RATES

let counters: ReturnType<typeof createAttemptCounters> | null = null
const made = new Map<ContestLimit, AttemptCounter | null>()

/** Counted in Redis when REDIS_URL is set (several app processes count together), else in this process. */
const counterOf = (limit: ContestLimit): AttemptCounter | null => {
  if (!made.has(limit)) {
    counters ??= createAttemptCounters(process.env.REDIS_URL || undefined)
    const [name, fallback] = RATES[limit]
    const rate = parseRate(name, process.env[name], fallback)
    made.set(limit, rate ? counters.counter(`contest:${limit}`, rate) : null)
  }
  return made.get(limit)!
}

export const addressOf = (req: PayloadRequest) => req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'

/**
 * Counts one attempt of the client (and, for `…:contact`, of the contact, kept as a digest): true
 * when it fits the rate.
 */
export const withinLimit = async (limit: ContestLimit, key: string): Promise<boolean> => {
  const counter = counterOf(limit)
  return !counter || (await counter.take(limit.endsWith(':contact') ? accountKey(key) : key)) === null
}
