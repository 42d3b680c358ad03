/**
 * Runs the benchmarks in bench/: every `bench/<name>.ts` (not this file) and `bench/<name>/index.ts`
 * exports `benchmark`, whose name is the file's (or the folder's) name.
 *
 *   npm run bench                         all benchmarks on SQLite (or BENCH_DATABASE / TEST_DATABASE)
 *   npm run bench -- queue                one benchmark by name
 *   npm run bench -- --db postgres        on PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test)
 *   npm run bench -- --db all             on SQLite, then on PostgreSQL
 *   npm run bench -- queue --requests 400 --warmup 40 --stories 20000 --forks 3 --breakdown
 *   npm run bench -- load --duration 10   a quick run of the mixed load (default: 60 s, or BENCH_LOAD_SECONDS)
 *   npm run bench -- photos --singles 5 --bursts 3 --burst 10
 *   npm run bench -- network --pages 40 --days 365 --samples 20 --posts 500
 *   --strict                              exit 1 when a benchmark misses its target
 *   --payload-undici                      measure REST with the HTTP client the tests get (see below)
 *
 * Each database runs in a child process of its own, so that runs do not share a JIT, a heap or
 * Payload's global instance cache. Each benchmark writes bench/results/<name>-<db>-<timestamp>.json
 * and bench/results/<name>-<db>.latest.json.
 *
 * The HTTP client. `newsroom.api` calls the global fetch. Payload pins undici 7.29.0, and importing
 * Payload installs that undici's Agent as fetch's global dispatcher unless fetch has been used
 * before. undici 7.29.0 defers every reuse of a keep-alive socket behind a setTimeout(0), Node's ~1 ms
 * timer floor (nodejs/undici#5493, fixed in 7.29.1): client-side latency that no browser pays. So by
 * default the child makes one fetch before loading anything, which keeps Node's built-in dispatcher.
 * `--payload-undici` skips that and measures what the test suite experiences.
 *
 * Module loading. `npm run bench` resolves lexical by the `development` condition: without it, Node 20
 * now and then never settles the app's module graph and the process exits without a word (see
 * scripts/appProcess.mjs). Should a child still end that way, it says so.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BENCH_DATABASES, type BenchDatabase, type BenchFlags, type Benchmark } from './lib/types'

// Payload and the test helpers read NODE_ENV: set it before any of them is imported (they are loaded
// dynamically, after this line).
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'test'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const rootDir = path.resolve(benchDir, '..')
const resultsDir = path.join(benchDir, 'results')
const thisFile = fileURLToPath(import.meta.url)

/** Flags that never take a value, so that `--breakdown queue` keeps `queue` as a benchmark name. */
const BOOLEAN_FLAGS = new Set(['breakdown', 'strict', 'help', 'payload-undici', 'child'])

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

/** Benchmark names from the file names, without loading them (the parent loads no app code). */
const benchmarkNames = (requested: readonly string[]): string[] => {
  const entries = fs.readdirSync(benchDir, { withFileTypes: true })
  const available = [
    ...entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
      .filter((entry) => entry.name !== path.basename(thisFile))
      .map((entry) => entry.name.slice(0, -'.ts'.length)),
    // A benchmark in several files: bench/<name>/index.ts (lib/ holds helpers, not a benchmark).
    ...entries
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(benchDir, entry.name, 'index.ts')))
      .map((entry) => entry.name),
  ].sort()
  const unknown = requested.filter((name) => !available.includes(name))
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`)
  return requested.length ? [...requested] : available
}

const loadBenchmark = async (name: string): Promise<Benchmark> => {
  const single = path.join(benchDir, `${name}.ts`)
  const file = fs.existsSync(single) ? single : path.join(benchDir, name, 'index.ts')
  const module = (await import(file)) as { benchmark?: Benchmark }
  if (!module.benchmark || module.benchmark.name !== name) {
    throw new Error(`bench/${name}.ts must export \`benchmark\` named "${name}"`)
  }
  return module.benchmark
}

const readJson = (file: string): Record<string, any> => JSON.parse(fs.readFileSync(file, 'utf8'))

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: rootDir, encoding: 'utf8', stdio: 'pipe' }).trim()
  } catch {
    return null
  }
}

/** Which dispatcher the global fetch (and so `newsroom.api`) uses; set before any benchmark loads. */
let httpClient = 'unknown'

const pinHttpClient = async (flags: BenchFlags) => {
  if (flags['payload-undici']) {
    let version = '?'
    try {
      version = readJson(path.join(rootDir, 'node_modules/undici/package.json')).version as string
    } catch {
      // no undici of its own: Node's then
    }
    httpClient = `fetch through Payload's undici ${version} Agent (the global dispatcher Payload installs)`
    return
  }
  // The first fetch loads Node's bundled undici, which installs its own Agent as global dispatcher;
  // Payload's undici then finds one and leaves it. A data: URL needs no network.
  await fetch('data:,')
  httpClient = `Node's built-in fetch (bundled undici ${process.versions.undici ?? '?'})`
}

const environment = () => {
  const cpus = os.cpus()
  let payloadVersion = 'unknown'
  try {
    payloadVersion = readJson(path.join(rootDir, 'node_modules/payload/package.json')).version as string
  } catch {
    // reported as unknown
  }
  const status = git('status', '--porcelain')
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    payload: payloadVersion,
    nodeEnv: process.env.NODE_ENV,
    httpClient,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: status === null ? null : status.length > 0,
  }
}

/** The child: runs the named benchmarks on one database in this process. */
const runChild = async (db: BenchDatabase, names: readonly string[], flags: BenchFlags): Promise<number> => {
  // The test database helpers read TEST_DATABASE when a newsroom starts.
  process.env.TEST_DATABASE = db
  await pinHttpClient(flags)
  const benchmarks: Benchmark[] = []
  for (const name of names) benchmarks.push(await loadBenchmark(name))
  modulesLoaded = true

  const [load] = os.loadavg() as [number]
  const cores = os.cpus().length
  console.log(`HTTP client: ${httpClient}; load average ${load.toFixed(2)} on ${cores} cores`)
  if (load > cores * 0.5) {
    console.log('warning: the machine is busy, figures will be noisy (ratios less so: the variants are interleaved)')
  }
  fs.mkdirSync(resultsDir, { recursive: true })
  let missed = false
  for (const benchmark of benchmarks) {
    console.log(`\n=== ${benchmark.name} on ${db} ===\n${benchmark.description}\n`)
    const started = new Date()
    const loadAtStart = os.loadavg()[0]!
    const outcome = await benchmark.run({ db, flags, log: (message) => console.log(message) })
    const seconds = (Date.now() - started.getTime()) / 1000
    const record = {
      benchmark: benchmark.name,
      db,
      startedAt: started.toISOString(),
      seconds: Math.round(seconds),
      pass: outcome.pass,
      headline: outcome.headline,
      environment: { ...environment(), loadAverageAtStart: Math.round(loadAtStart * 100) / 100 },
      flags,
      ...outcome.result,
    }
    const json = `${JSON.stringify(record, null, 2)}\n`
    const file = path.join(resultsDir, `${benchmark.name}-${db}-${started.toISOString().replace(/[:.]/g, '-')}.json`)
    fs.writeFileSync(file, json)
    fs.writeFileSync(path.join(resultsDir, `${benchmark.name}-${db}.latest.json`), json)
    console.log(`\n${benchmark.name} on ${db} took ${Math.round(seconds)} s; result: ${path.relative(rootDir, file)}`)
    if (outcome.pass === false) missed = true
  }
  return missed && flags.strict ? 1 : 0
}

/** Starts this script as a child for one database. */
const spawnChild = (db: BenchDatabase, names: readonly string[], passThrough: readonly string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, thisFile, ...names, ...passThrough, '--db', db, '--child'],
      { stdio: 'inherit', env: process.env },
    )
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  })

/** The parent: one child per database, then a summary from the result files. */
const runParent = async (argv: readonly string[], names: readonly string[], flags: BenchFlags): Promise<number> => {
  const databases = selectedDatabases(flags)
  const selected = benchmarkNames(names)
  const passThrough = argv.filter(
    (arg, index) => !selected.includes(arg) && arg !== '--db' && argv[index - 1] !== '--db' && !arg.startsWith('--db='),
  )
  const startedAt = new Date().toISOString()
  let exitCode = 0
  const lines: string[] = []
  for (const db of databases) {
    const code = await spawnChild(db, selected, passThrough)
    if (code !== 0) exitCode = code
    for (const name of selected) {
      const latest = path.join(resultsDir, `${name}-${db}.latest.json`)
      const record = fs.existsSync(latest) ? readJson(latest) : null
      const fresh = record && String(record.startedAt) >= startedAt ? record : null
      const verdict = fresh ? (fresh.pass === null ? 'done' : fresh.pass ? 'PASS' : 'MISS') : `FAILED (exit ${code})`
      lines.push(`${name.padEnd(10)} ${db.padEnd(9)} ${verdict.padEnd(6)} ${fresh?.headline ?? ''}`.trimEnd())
    }
  }
  console.log(`\n=== summary ===\n${lines.join('\n')}`)
  return exitCode
}

let modulesLoaded = false
let finished = false

const main = async (): Promise<number> => {
  const argv = process.argv.slice(2)
  const { names, flags } = parseArgs(argv)
  if (flags.help) {
    console.log(fs.readFileSync(thisFile, 'utf8').split('*/')[0])
    return 0
  }
  if (flags.child) return runChild(selectedDatabases(flags)[0]!, names, flags)
  return runParent(argv, names, flags)
}

process.on('exit', (code) => {
  if (finished || code !== 0) return
  // The event loop ran empty before main() settled: an import never completed.
  const where = modulesLoaded ? 'while running' : 'while loading modules'
  process.stderr.write(`bench: the process stopped ${where} with nothing left to wait for; try again\n`)
  process.exitCode = 1
})

main().then(
  (code) => {
    finished = true
    process.exit(code)
  },
  (error: unknown) => {
    finished = true
    console.error(error)
    process.exit(1)
  },
)
