/**
 * Runs the benchmarks in bench/ (every `bench/*.ts` but this file that exports `benchmark`).
 *
 *   npm run bench                         all benchmarks on SQLite (or TEST_DATABASE / BENCH_DATABASE)
 *   npm run bench -- queue                one benchmark by name
 *   npm run bench -- --db postgres        on PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test)
 *   npm run bench -- --db all             on SQLite, then PostgreSQL, each in its own process
 *   npm run bench -- queue --requests 400 --warmup 40 --stories 20000 --breakdown
 *   --strict                              exit 1 when a benchmark misses its target
 *   --payload-undici                      measure REST with the HTTP client the tests get (see below)
 *
 * The HTTP client. `newsroom.api` calls the global fetch. Payload pins undici 7.29.0 and importing
 * Payload installs that undici's Agent as fetch's global dispatcher, unless fetch has been used
 * before. undici 7.29.0 defers every reuse of a keep-alive socket behind a setTimeout(0), i.e. Node's
 * ~1 ms timer floor (nodejs/undici#5493, fixed in 7.29.1). That is client-side latency that no browser
 * pays, so by default this runner makes one fetch before loading anything, which keeps Node's
 * built-in dispatcher. `--payload-undici` skips that and measures what the test suite experiences.
 *
 * Each run writes bench/results/<name>-<db>-<timestamp>.json and bench/results/<name>-<db>.latest.json.
 */
import { spawn } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BENCH_DATABASES, type BenchDatabase, type BenchFlags, type Benchmark } from './lib/types'

// Payload and the test helpers read NODE_ENV: set it before any of them is imported (they are loaded
// dynamically below, after this line).
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'test'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const rootDir = path.resolve(benchDir, '..')
const resultsDir = path.join(benchDir, 'results')

/** Flags that never take a value, so that `--breakdown queue` keeps `queue` as a benchmark name. */
const BOOLEAN_FLAGS = new Set(['breakdown', 'strict', 'help', 'payload-undici'])

const parseArgs = (argv: readonly string[]) => {
  const names: string[] = []
  const flags: BenchFlags = {}
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!
    if (!arg.startsWith('--')) {
      names.push(arg)
      continue
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (inline !== undefined) flags[key] = inline
    else if (BOOLEAN_FLAGS.has(key) || key.startsWith('no-')) flags[key] = true
    else if (argv[index + 1] !== undefined && !argv[index + 1]!.startsWith('--')) flags[key] = argv[(index += 1)]!
    else flags[key] = true
  }
  return { names, flags }
}

const selectedDatabases = (flags: BenchFlags): BenchDatabase[] => {
  const choice = String(flags.db ?? process.env.BENCH_DATABASE ?? process.env.TEST_DATABASE ?? 'sqlite')
  if (choice === 'all' || choice === 'both') return [...BENCH_DATABASES]
  if (!(BENCH_DATABASES as readonly string[]).includes(choice)) {
    throw new Error(`--db must be one of ${BENCH_DATABASES.join(', ')}, all (got ${choice})`)
  }
  return [choice as BenchDatabase]
}

const loadBenchmarks = async (names: readonly string[]): Promise<Benchmark[]> => {
  const files = fs
    .readdirSync(benchDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && file !== 'run.ts')
    .sort()
  const benchmarks: Benchmark[] = []
  for (const file of files) {
    const module = (await import(path.join(benchDir, file))) as { benchmark?: Benchmark }
    if (module.benchmark) benchmarks.push(module.benchmark)
  }
  if (names.length === 0) return benchmarks
  const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name))
  if (unknown.length) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; available: ${benchmarks.map((b) => b.name).join(', ')}`)
  }
  return names.map((name) => benchmarks.find((benchmark) => benchmark.name === name)!)
}

/** Which dispatcher the global fetch (and so `newsroom.api`) uses; set before any benchmark loads. */
let httpClient = 'unknown'

const pinHttpClient = async (flags: BenchFlags) => {
  if (flags['payload-undici']) {
    httpClient = `fetch through Payload's undici ${undiciVersion()} Agent (global dispatcher)`
    return
  }
  // The first fetch loads Node's bundled undici, which installs its own Agent as global dispatcher;
  // Payload's undici then finds one and leaves it. A data: URL needs no network.
  await fetch('data:,')
  httpClient = `Node's built-in fetch (bundled undici ${process.versions.undici ?? '?'})`
}

const undiciVersion = () => {
  try {
    return readJson(path.join(rootDir, 'node_modules/undici/package.json')).version as string
  } catch {
    return '?'
  }
}

const readJson = (file: string): Record<string, any> => JSON.parse(fs.readFileSync(file, 'utf8'))

const gitCommit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: rootDir, encoding: 'utf8', stdio: 'pipe' }).trim()
  } catch {
    return null
  }
}

/** Whether the working tree has uncommitted changes (figures then belong to no commit exactly). */
const gitDirty = () => {
  try {
    return execFileSync('git', ['status', '--porcelain'], { cwd: rootDir, encoding: 'utf8', stdio: 'pipe' }).trim().length > 0
  } catch {
    return null
  }
}

const environment = () => {
  const cpus = os.cpus()
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    payload: (readJson(path.join(rootDir, 'node_modules/payload/package.json')).version as string) ?? 'unknown',
    nodeEnv: process.env.NODE_ENV,
    httpClient,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    commit: gitCommit(),
    dirty: gitDirty(),
  }
}

/** Runs the selected benchmarks on one database, in this process. Returns whether all of them passed. */
const runHere = async (db: BenchDatabase, names: readonly string[], flags: BenchFlags): Promise<boolean> => {
  // The test database helpers read TEST_DATABASE when a newsroom starts.
  process.env.TEST_DATABASE = db
  await pinHttpClient(flags)
  const benchmarks = await loadBenchmarks(names)
  const [load] = os.loadavg()
  const cores = os.cpus().length
  console.log(`HTTP client: ${httpClient}; load average ${load!.toFixed(2)} on ${cores} cores`)
  if (load! > cores * 0.5)
    console.log('warning: the machine is busy; figures will be noisy (ratios less so: runs are interleaved)')
  fs.mkdirSync(resultsDir, { recursive: true })
  let allPassed = true
  for (const benchmark of benchmarks) {
    console.log(`\n=== ${benchmark.name} on ${db} ===\n${benchmark.description}\n`)
    const started = new Date()
    const loadBefore = os.loadavg()[0]!
    const outcome = await benchmark.run({ db, flags, log: (message) => console.log(message) })
    const seconds = (Date.now() - started.getTime()) / 1000
    const record = {
      loadAverageAtStart: Math.round(loadBefore * 100) / 100,
      benchmark: benchmark.name,
      db,
      startedAt: started.toISOString(),
      seconds: Math.round(seconds),
      pass: outcome.pass,
      environment: environment(),
      flags,
      ...outcome.result,
    }
    const stamp = started.toISOString().replace(/[:.]/g, '-')
    const file = path.join(resultsDir, `${benchmark.name}-${db}-${stamp}.json`)
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
    fs.writeFileSync(
      path.join(resultsDir, `${benchmark.name}-${db}.latest.json`),
      `${JSON.stringify(record, null, 2)}\n`,
    )
    console.log(`\n${benchmark.name} on ${db} took ${Math.round(seconds)} s; result: ${path.relative(rootDir, file)}`)
    if (outcome.pass === false) allPassed = false
  }
  return allPassed
}

/** Runs this script again for one database: a fresh process per database keeps the runs independent. */
const runChild = (db: BenchDatabase, argv: readonly string[]) =>
  new Promise<number>((resolve) => {
    const args = argv.filter((arg, index) => arg !== '--db' && argv[index - 1] !== '--db' && !arg.startsWith('--db='))
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--db', db], {
      stdio: 'inherit',
      env: process.env,
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

const main = async () => {
  const argv = process.argv.slice(2)
  const { names, flags } = parseArgs(argv)
  if (flags.help) {
    console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0])
    return 0
  }
  const databases = selectedDatabases(flags)
  if (databases.length === 1) {
    const passed = await runHere(databases[0]!, names, flags)
    return !passed && flags.strict ? 1 : 0
  }

  let exitCode = 0
  const benchmarks = await loadBenchmarks(names)
  const lines: string[] = []
  for (const db of databases) {
    const code = await runChild(db, argv)
    if (code !== 0) exitCode = code
    for (const benchmark of benchmarks) {
      const latest = path.join(resultsDir, `${benchmark.name}-${db}.latest.json`)
      const record = code === 0 && fs.existsSync(latest) ? readJson(latest) : null
      const verdict = record ? (record.pass === null ? 'done' : record.pass ? 'PASS' : 'MISS') : `FAILED (exit ${code})`
      lines.push(`${benchmark.name.padEnd(12)} ${db.padEnd(9)} ${verdict}`)
    }
  }
  console.log(`\n=== summary ===\n${lines.join('\n')}`)
  return exitCode || (flags.strict && lines.some((line) => line.endsWith('MISS')) ? 1 : 0)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
