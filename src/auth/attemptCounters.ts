import crypto from 'node:crypto'

import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

/** At most `points` attempts in any `seconds`-long window. */
export interface Rate {
  points: number
  seconds: number
}

/** `"30/60"`: 30 attempts per 60 s; `off` for no limit. */
export const parseRate = (name: string, value: string | undefined, fallback: Rate | null): Rate | null => {
  if (value === undefined || value.trim() === '') return fallback
  if (/^(off|none|0)$/i.test(value.trim())) return null
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  if (!match || Number(match[1]) === 0 || Number(match[2]) === 0) {
    throw new Error(`${name} must look like "30/60" (attempts/seconds) or "off" (got "${value}")`)
  }
  return { points: Number(match[1]), seconds: Number(match[2]) }
}

export interface AttemptCounter {
  /** Counts one attempt under `key`: null when it fits the rate, else the seconds until one would. */
  take: (key: string) => Promise<number | null>
  /** How many attempts `key` has made in the current window. */
  count: (key: string) => Promise<number>
}

export interface AttemptCounters {
  counter: (name: string, rate: Rate) => AttemptCounter
  /** Resolves true once the shared store answers (at once without Redis), false after `timeoutMs`. */
  ready: (timeoutMs?: number) => Promise<boolean>
  close: () => Promise<void>
}

/** Accounts are counted under a digest of their address, so the counters' store keeps no email. */
export const accountKey = (email: string) => crypto.createHash('sha256').update(email).digest('base64url')

/**
 * Attempt counters (rate-limiter-flexible): in this process, or in Redis when `redisUrl` is set, so
 * that several app processes count together. With Redis, a counter in this process stands in while
 * Redis is unreachable: an outage neither blocks sign-in nor lifts the limits.
 */
export const createAttemptCounters = (redisUrl?: string): AttemptCounters => {
  // ioredis is loaded only when asked for: one app process (and every delivery worker) never needs it.
  const redis: Promise<Redis> | null = redisUrl
    ? import('ioredis').then(({ Redis: Client }) => {
        const client = new Client(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
        // An unreachable Redis shows as the stand-in counting, not as an unhandled 'error' event.
        client.on('error', () => {})
        return client
      })
    : null

  const counter = (name: string, rate: Rate): AttemptCounter => {
    const options = { points: rate.points, duration: rate.seconds, keyPrefix: `newsroom:${name}` }
    const memory = new RateLimiterMemory(options)
    const limiter: Promise<RateLimiterMemory | RateLimiterRedis> = redis
      ? redis.then(
          (storeClient) =>
            new RateLimiterRedis({ ...options, storeClient, rejectIfRedisNotReady: true, insuranceLimiter: memory }),
        )
      : Promise.resolve(memory)
    return {
      take: async (key) => {
        try {
          await (await limiter).consume(key)
          return null
        } catch (refusal) {
          if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
          throw refusal
        }
      },
      count: async (key) => (await (await limiter).get(key).catch(() => memory.get(key)))?.consumedPoints ?? 0,
    }
  }

  const ready = async (timeoutMs = 5_000) => {
    if (!redis) return true
    const client = await redis
    if (client.status === 'ready') return true
    let timer: NodeJS.Timeout | undefined
    const connected = new Promise<boolean>((resolve) => client.once('ready', () => resolve(true)))
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
    try {
      return await Promise.race([connected, late])
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    counter,
    ready,
    close: async () => {
      const client = await redis
      if (client) await client.quit().catch(() => client.disconnect())
    },
  }
}
