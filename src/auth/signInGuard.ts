import os from 'node:os'

import { APIError, AuthenticationError, LockedAuth, type Payload, type PayloadRequest } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../http/clientAddress'
import { type ErrorCode, messageFor } from '../i18n/errors'
import { accountKey, type AttemptCounter, createAttemptCounters, parseRate, type Rate } from './attemptCounters'
import { createPasswordHashGate, GateFull } from './passwordHashGate'
import { checkPasswordOfUnknownAccount } from './unknownAccountCheck'

export interface SignInSettings {
  /** Off only to measure the unprotected baseline (`bench/loginFlood.ts`); never in service. */
  protection: boolean
  loginPerAddress: Rate | null
  loginPerAccount: Rate | null
  resetPerAddress: Rate | null
  resetPerAccount: Rate | null
  /** Password checks running at once, and how many more may wait for a turn. */
  hashConcurrency: number
  hashQueue: number
  /** Counters in Redis (shared by several app processes) when set. */
  redisUrl?: string
}

type Env = Record<string, string | undefined>

const wholeNumber = (name: string, value: string | undefined, fallback: number, minimum: number) => {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < minimum) throw new Error(`${name} must be a whole number ≥ ${minimum}`)
  return parsed
}

/**
 * Half the cores, at most 3: on the 2-core machine this runs on, one check at a time leaves a core to
 * answer everyone else, and libuv's pool of 4 threads never fills with hashes.
 */
const defaultHashConcurrency = () => Math.max(1, Math.min(3, Math.floor(os.availableParallelism() / 2)))

export const signInSettingsFromEnv = (env: Env = process.env): SignInSettings => ({
  protection: env.SIGN_IN_PROTECTION !== 'off',
  loginPerAddress: parseRate('LOGIN_RATE_PER_ADDRESS', env.LOGIN_RATE_PER_ADDRESS, { points: 30, seconds: 60 }),
  loginPerAccount: parseRate('LOGIN_RATE_PER_ACCOUNT', env.LOGIN_RATE_PER_ACCOUNT, { points: 10, seconds: 600 }),
  resetPerAddress: parseRate('RESET_RATE_PER_ADDRESS', env.RESET_RATE_PER_ADDRESS, { points: 10, seconds: 900 }),
  resetPerAccount: parseRate('RESET_RATE_PER_ACCOUNT', env.RESET_RATE_PER_ACCOUNT, { points: 3, seconds: 900 }),
  hashConcurrency: wholeNumber('PASSWORD_HASH_CONCURRENCY', env.PASSWORD_HASH_CONCURRENCY, defaultHashConcurrency(), 1),
  hashQueue: wholeNumber('PASSWORD_HASH_QUEUE', env.PASSWORD_HASH_QUEUE, 20, 0),
  redisUrl: env.REDIS_URL || undefined,
})

/** A sign-in or reset request turned away before any work: 429 (this client or account) or 503 (everyone's). */
export class SignInRefused extends APIError {
  constructor(
    req: PayloadRequest,
    readonly code: Extract<ErrorCode, 'too_many_attempts' | 'server_busy'>,
    readonly retryAfterSeconds: number,
  ) {
    super(messageFor(code, req.i18n?.language), code === 'server_busy' ? 503 : 429, { code, retryAfterSeconds }, true)
  }
}

export interface SignInGuard {
  readonly settings: SignInSettings
  /** Runs Payload's sign-in for these credentials within the limits. */
  login: <T>(
    req: PayloadRequest,
    credentials: { email?: unknown; password?: unknown },
    signIn: () => Promise<T>,
  ) => Promise<T>
  /** Runs a password-reset request for `email` within the limits. */
  resetRequest: <T>(req: PayloadRequest, email: string, request: () => Promise<T>) => Promise<T>
  /** True once the counters' shared store (Redis) answers; false if it did not within `timeoutMs`. */
  ready: (timeoutMs?: number) => Promise<boolean>
  close: () => Promise<void>
}

const normalEmail = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().trim() : '')

const accountExists = async (payload: Payload, email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs > 0

export const createSignInGuard = (settings: SignInSettings): SignInGuard => {
  const counters = createAttemptCounters(settings.redisUrl)
  const optional = (name: string, rate: Rate | null) => (rate ? counters.counter(name, rate) : null)
  const limits = {
    login: [optional('login:address', settings.loginPerAddress), optional('login:account', settings.loginPerAccount)],
    reset: [optional('reset:address', settings.resetPerAddress), optional('reset:account', settings.resetPerAccount)],
  } as const
  const gate = createPasswordHashGate({ concurrency: settings.hashConcurrency, queue: settings.hashQueue })
  // Failures of addresses nobody has, counted like Payload counts an account's: made lazily from the
  // users collection's own maxLoginAttempts and lockTime.
  let unknownFailures: AttemptCounter | null = null

  /** The address first: a client flooding is turned away without spending the account's attempts. */
  const admit = async (req: PayloadRequest, kind: keyof typeof limits, email: string) => {
    const [perAddress, perAccount] = limits[kind]
    const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
    const wait = (await perAddress?.take(address)) ?? (await perAccount?.take(accountKey(email))) ?? null
    if (wait !== null) throw new SignInRefused(req, 'too_many_attempts', wait)
  }

  /**
   * What Payload does for an account's wrong password, done for an address without one: the same
   * hash, the same answer, and after the same number of failures the same "locked" answer. Neither
   * the time nor the words of the answer tell whether the address has an account.
   */
  const refuseUnknownAccount = async (req: PayloadRequest, email: string, password: string): Promise<never> => {
    const { maxLoginAttempts, lockTime } = req.payload.collections.users!.config.auth
    unknownFailures ??= counters.counter('login:unknown', { points: maxLoginAttempts, seconds: lockTime / 1000 })
    const key = accountKey(email)
    // Payload says "locked" from the attempt after the one that locks, without checking the password.
    if ((await unknownFailures.count(key)) >= maxLoginAttempts) throw new LockedAuth(req.t)
    await checkPasswordOfUnknownAccount(password)
    await unknownFailures.take(key)
    throw new AuthenticationError(req.t)
  }

  const inTurn = async <T>(req: PayloadRequest, task: () => Promise<T>) => {
    try {
      return await gate.run(task)
    } catch (error) {
      if (error instanceof GateFull) throw new SignInRefused(req, 'server_busy', error.retryAfterSeconds)
      throw error
    }
  }

  return {
    settings,
    login: async (req, credentials, signIn) => {
      if (!settings.protection) return signIn()
      const email = normalEmail(credentials.email)
      const password = typeof credentials.password === 'string' ? credentials.password : ''
      await admit(req, 'login', email)
      // Payload answers a missing email or password itself, before any hash.
      if (!email || password.trim() === '') return signIn()
      return inTurn(req, async () =>
        (await accountExists(req.payload, email)) ? signIn() : refuseUnknownAccount(req, email, password),
      )
    },
    resetRequest: async (req, email, request) => {
      if (settings.protection) await admit(req, 'reset', normalEmail(email))
      return request()
    },
    ready: counters.ready,
    close: counters.close,
  }
}

// One guard per Payload instance, in a registry on globalThis: Next's bundle and the server's own
// module graph each load this file, but they share the Payload instance and must share its limits.
const REGISTRY = Symbol.for('newsroom.signInGuards')
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new WeakMap()) as WeakMap<Payload, SignInGuard>

/** Gives `payload` its guard (made from the environment unless `settings` are given). */
export const installSignInGuard = (payload: Payload, settings: SignInSettings = signInSettingsFromEnv()) => {
  const guard = createSignInGuard(settings)
  registry.set(payload, guard)
  return guard
}

export const signInGuardOf = (payload: Payload): SignInGuard => registry.get(payload) ?? installSignInGuard(payload)

export const closeSignInGuard = async (payload: Payload) => {
  await registry.get(payload)?.close()
  registry.delete(payload)
}
