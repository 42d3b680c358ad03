import crypto from 'node:crypto'

import { type RunningServer, startServer } from '../tests/e2e/helpers/server'
import { createTestDatabase } from '../tests/helpers/testDatabase'
import { ensureBuilt } from './lib/realServer'
import { ms, roundSummary, summarize, table, type Summary } from './lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

/** The demo collaborator (SPEC.md): the account the flood signs in as. */
const ACCOUNT = { email: 'ctv@demo.local', password: 'demo-ctv-2024' }
const ADMIN = { email: 'admin@demo.local', password: 'demo-admin-2024' }

interface Variant {
  name: string
  what: string
  env: Record<string, string>
  /** Each sign-in of the flood from its own address, for an address of its own (a botnet's stuffing). */
  distributed: boolean
}

// Every variant trusts 127.0.0.1 as a proxy, so that the timing probes can each come from an address of
// their own (X-Forwarded-For); the flood sends none unless distributed: it is one client.
const VARIANTS: Variant[] = [
  {
    name: 'unprotected',
    what: 'before: SIGN_IN_PROTECTION=off (no limits, no turns, no stand-in hash)',
    env: { SIGN_IN_PROTECTION: 'off' },
    distributed: false,
  },
  {
    name: 'protected',
    what: 'after, defaults: the flood from one client, for one account (the issue)',
    env: {},
    distributed: false,
  },
  {
    name: 'distributed',
    what: 'after, defaults: each sign-in from its own address for its own email (no rate limit applies: turns only)',
    env: {},
    distributed: true,
  },
]

interface VariantResult {
  name: string
  what: string
  idle: Summary
  during: Summary
  /** Answers to the flood's sign-ins, by HTTP status. */
  statuses: Record<string, number>
  floodSeconds: number
  /** Median of a sign-in with a wrong password for an existing account, and for an address nobody has. */
  wrongPasswordMs: number
  unknownEmailMs: number
}

const randomAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`

const median = (values: readonly number[]) => summarize(values).p50

const client = (server: RunningServer) => {
  const login = async (credentials: { email: string; password: string }, address?: string) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
      body: JSON.stringify(credentials),
    })
    const body = (await response.json().catch(() => null)) as { token?: string } | null
    return { status: response.status, token: body?.token }
  }
  const timedMe = async (token: string) => {
    const started = performance.now()
    const response = await fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`/api/users/me answered ${response.status}`)
    return performance.now() - started
  }
  return { login, timedMe }
}

/** Accounts for the wrong-password probes: one wrong guess each, so none is locked or limited. */
const makeProbeAccounts = async (server: RunningServer, count: number, adminToken: string) => {
  const emails: string[] = []
  for (let index = 0; index < count; index += 1) {
    const email = `tham-do-${index}-${crypto.randomBytes(3).toString('hex')}@bench.local`
    const response = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ email, password: crypto.randomUUID(), name: `Thăm dò ${index}`, roles: ['collaborator'] }),
    })
    if (response.status !== 201)
      throw new Error(`creating a probe account: ${response.status} ${await response.text()}`)
    emails.push(email)
  }
  return emails
}

const runVariant = async (
  variant: Variant,
  databaseEnv: () => Promise<{ env: Record<string, string>; drop: () => Promise<void> }>,
  options: { logins: number; probes: number; idleSamples: number },
  log: BenchContext['log'],
): Promise<VariantResult> => {
  const database = await databaseEnv()
  log(`\n[${variant.name}] ${variant.what}\n  starting the server (built Next app, migrations, demo newsroom)…`)
  const server = await startServer({ env: { TRUST_PROXY: 'loopback', ...database.env, ...variant.env } })
  try {
    const { login, timedMe } = client(server)
    const signedIn = await login(ACCOUNT, randomAddress())
    const admin = await login(ADMIN, randomAddress())
    if (!signedIn.token || !admin.token) throw new Error('the demo accounts could not sign in')

    const idle: number[] = []
    for (let index = 0; index < options.idleSamples; index += 1) idle.push(await timedMe(signedIn.token))
    log(`  /api/users/me at rest: p50 ${ms(median(idle))} ms over ${idle.length} requests`)

    log(`  timing ${options.probes} wrong passwords and ${options.probes} unknown addresses, interleaved…`)
    const probes = await makeProbeAccounts(server, options.probes, admin.token)
    const wrong: number[] = []
    const unknown: number[] = []
    for (const email of probes) {
      for (const [samples, credentials] of [
        [wrong, { email, password: 'doan-sai-mat-khau' }],
        [unknown, { email: `khong-co-${crypto.randomUUID()}@bench.local`, password: 'doan-sai-mat-khau' }],
      ] as const) {
        const started = performance.now()
        const { status } = await login(credentials, randomAddress())
        if (status !== 401) throw new Error(`a probe sign-in answered ${status}, not 401`)
        samples.push(performance.now() - started)
      }
    }
    log(`  median: wrong password ${ms(median(wrong))} ms, unknown address ${ms(median(unknown))} ms`)

    log(`  flood: ${options.logins} sign-ins at once, /api/users/me asked again and again meanwhile…`)
    const statuses: Record<string, number> = {}
    let answered = 0
    const started = performance.now()
    const flood = Promise.all(
      Array.from({ length: options.logins }, async () => {
        const { status } = variant.distributed
          ? await login({ email: `ai-do-${crypto.randomUUID()}@bench.local`, password: 'x' }, randomAddress())
          : await login(ACCOUNT)
        statuses[status] = (statuses[status] ?? 0) + 1
        answered += 1
      }),
    )
    let floodDone = false
    void flood.finally(() => (floodDone = true))
    const during: number[] = []
    const progress = setInterval(() => {
      log(
        `    ${((performance.now() - started) / 1000).toFixed(0)} s: ${answered}/${options.logins} sign-ins answered, /me ${during.length} times`,
      )
    }, 2_000)
    while (!floodDone) during.push(await timedMe(signedIn.token))
    await flood
    clearInterval(progress)
    const floodSeconds = (performance.now() - started) / 1000
    const duringSummary = summarize(during)
    log(
      `  flood answered in ${floodSeconds.toFixed(1)} s (${JSON.stringify(statuses)}); ` +
        `/me p50 ${ms(duringSummary.p50)} p95 ${ms(duringSummary.p95)} p99 ${ms(duringSummary.p99)} ms`,
    )
    return {
      name: variant.name,
      what: variant.what,
      idle: roundSummary(summarize(idle)),
      during: roundSummary(duringSummary),
      statuses,
      floodSeconds: Math.round(floodSeconds * 10) / 10,
      wrongPasswordMs: Math.round(median(wrong) * 100) / 100,
      unknownEmailMs: Math.round(median(unknown) * 100) / 100,
    }
  } finally {
    await server.stop()
    await database.drop()
  }
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const logins = numberFlag(flags, 'logins', 200)
  const probes = numberFlag(flags, 'probes', 15)
  const idleSamples = numberFlag(flags, 'idle', 30)
  ensureBuilt(log)
  // The server's own SQLite file unless PostgreSQL was asked for: then a fresh database per variant.
  const databaseEnv = async (): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> => {
    if (db === 'sqlite') return { env: {}, drop: async () => {} }
    const database = await createTestDatabase(db)
    return { env: { DATABASE_URI: database.uri }, drop: database.drop }
  }

  const results: VariantResult[] = []
  for (const variant of VARIANTS)
    results.push(await runVariant(variant, databaseEnv, { logins, probes, idleSamples }, log))

  const [before] = results as [VariantResult, ...VariantResult[]]
  const ratio = (value: number, base: number) => (base > 0 ? (value / base).toFixed(3) : '–')
  log(`\n/api/users/me while ${logins} sign-ins arrive (ms), on ${db}:`)
  log(
    table(
      ['variant', 'idle p50', 'p50', 'p95', 'p99', 'max', 'p95 / before', 'flood s', 'answers'],
      results.map((result) => [
        result.name,
        ms(result.idle.p50),
        ms(result.during.p50),
        ms(result.during.p95),
        ms(result.during.p99),
        ms(result.during.max),
        ratio(result.during.p95, before.during.p95),
        result.floodSeconds.toFixed(1),
        Object.entries(result.statuses)
          .map(([status, count]) => `${count}×${status}`)
          .join(' '),
      ]),
    ),
  )
  log(`\nSign-in time, median (ms): an address nobody has against a wrong password`)
  log(
    table(
      ['variant', 'wrong password', 'unknown address', 'unknown / wrong'],
      results.map((result) => [
        result.name,
        ms(result.wrongPasswordMs),
        ms(result.unknownEmailMs),
        ratio(result.unknownEmailMs, result.wrongPasswordMs),
      ]),
    ),
  )
  const after = results.find((result) => result.name === 'protected')!
  return {
    pass: null,
    headline:
      `/me p95 during ${logins} sign-ins: ${ms(before.during.p95)} → ${ms(after.during.p95)} ms ` +
      `(×${ratio(after.during.p95, before.during.p95)}); unknown/wrong ${ratio(before.unknownEmailMs, before.wrongPasswordMs)} → ` +
      ratio(after.unknownEmailMs, after.wrongPasswordMs),
    result: { logins, probes, variants: results },
  }
}

export const benchmark: Benchmark = {
  name: 'loginFlood',
  description:
    'p50/p95/p99 of /api/users/me on the real server (Express edge + built Next app) while N sign-ins arrive at once, ' +
    'without sign-in protection (before) and with it (after, from one client and from N addresses), in one run; ' +
    'and the median time of a sign-in for an unknown address against a wrong password.',
  run,
}
