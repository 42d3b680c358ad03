import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { appNodeArgs } from '../../scripts/appProcess.mjs'
import type { FaultSpec, PageOptions, RequestLogEntry, SimulatedPost } from '../graph-simulator'

/** The line `src/publishing/worker.ts` prints once its delivery loop runs. */
const READY_LINE = 'delivery worker running'
const OUTPUT_KEEP_CHARS = 20_000

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface WorkerOptions {
  /** A name for logs and failure messages, e.g. "worker-a#3". */
  name: string
  /** The newsroom's database (`TestNewsroom.databaseUri`). */
  databaseUri: string
  /** The newsroom's Payload secret (`TestNewsroom.secret`): it also opens the sealed page tokens. */
  secret: string
  /** Settings from the environment (FACEBOOK_GRAPH_URL, PUBLISH_LEASE_MS, …) and anything else. */
  env?: Record<string, string | undefined>
  /** Extra node flags, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs?: string[]
  /** How long to wait for the ready line. */
  readyTimeoutMs?: number
  /** Another process to run the same way, and the line it prints once ready (default: the worker's). */
  script?: { path: string; readyLine: string }
}

export interface WorkerProcess {
  name: string
  pid: number
  /** Resolves once the worker's delivery loop runs; rejects if it exits or stays silent first. */
  ready: Promise<void>
  /** Resolves when the process has exited, however it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  isRunning: () => boolean
  /** Whether it printed its ready line (a worker that exits before is a start-up failure, not a crash). */
  isReady: () => boolean
  /** The tail of what the worker printed (stdout and stderr), for failure messages. */
  output: () => string
  /** Kills it now, as a crash or an OOM kill would: no handler runs, nothing is finished. */
  kill: () => Promise<void>
  /** SIGTERM (the worker finishes what it is sending), then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
}

/** Every worker started by this process and not yet exited, so nothing outlives a test file. */
const live = new Set<ChildProcess>()
let exitHookInstalled = false

const installExitHook = () => {
  if (exitHookInstalled) return
  exitHookInstalled = true
  // Last resort when the test process ends without its afterAll (a crash, a forced exit).
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL')
  })
}

/**
 * Runs Node with tsx as a child of this process, started as the app's processes are
 * (`appNodeArgs`): tracked until it exits, Jest's NODE_OPTIONS left out (--experimental-vm-modules
 * is for Jest's VM), the tail of its stdout and stderr kept.
 */
const spawnTsx = (args: string[], env: Record<string, string | undefined>, withIpc = false) => {
  installExitHook()
  const childEnv = { ...process.env, NODE_OPTIONS: '', ...env }
  const child = spawn(process.execPath, [...appNodeArgs(childEnv.NODE_ENV), ...args], {
    cwd: rootDir,
    stdio: withIpc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  })
  live.add(child)
  child.once('exit', () => live.delete(child))
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEEP_CHARS)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  return { child, output: () => output }
}

/**
 * Starts `src/publishing/worker.ts` as `npm run worker` runs it, as a child process of its own, on the
 * given database and secret. The worker applies migrations too (a no-op on a migrated database).
 */
export const startWorker = (options: WorkerOptions): WorkerProcess => {
  const script = options.script ?? { path: 'src/publishing/worker.ts', readyLine: READY_LINE }
  const { child, output } = spawnTsx([...(options.nodeArgs ?? []), script.path], {
    DATABASE_URI: options.databaseUri,
    PAYLOAD_SECRET: options.secret,
    ...options.env,
  })
  if (child.pid === undefined) throw new Error(`${options.name}: could not start the worker process`)

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  const isRunning = () => child.exitCode === null && child.signalCode === null
  let readyNow = false

  const ready = new Promise<void>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 60_000
    const timer = setTimeout(() => {
      child.stdout!.off('data', watch)
      reject(new Error(`${options.name} did not start within ${timeoutMs} ms:\n${output().slice(-4_000)}`))
    }, timeoutMs)
    const watch = () => {
      if (!output().includes(script.readyLine)) return
      clearTimeout(timer)
      child.stdout!.off('data', watch)
      readyNow = true
      resolve()
    }
    child.stdout!.on('data', watch)
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(
        new Error(
          `${options.name} exited (code ${code}, signal ${signal}) before it was ready:\n${output().slice(-4_000)}`,
        ),
      )
    })
  })
  // A worker killed while starting is normal in the chaos test: nobody has to await `ready`.
  ready.catch(() => {})

  const kill = async () => {
    if (isRunning()) child.kill('SIGKILL')
    await exited
  }

  return {
    name: options.name,
    pid: child.pid,
    ready,
    exited,
    isRunning,
    isReady: () => readyNow,
    output,
    kill,
    stop: async (graceMs = 10_000) => {
      if (!isRunning()) return
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(killer)
    },
  }
}

/** Starts a worker (or another script, as `startWorker`) and resolves once it is ready. */
export const startReadyWorker = async (options: WorkerOptions): Promise<WorkerProcess> => {
  const worker = startWorker(options)
  await worker.ready
  return worker
}

/** The app's REST API behind the HTTP edge, in a process of its own (`tests/helpers/apiProcess.ts`). */
export const API_PROCESS = { path: 'tests/helpers/apiProcess.ts', readyLine: 'api process serving' }

/** The address a serving process (`API_PROCESS`, stock Payload in the queue bench) printed after its ready line. */
export const servedAddress = (server: WorkerProcess, readyLine: string): string => {
  const address = server.output().match(new RegExp(`${readyLine} (\\S+)`))?.[1]
  if (!address)
    throw new Error(`${server.name} printed no address after "${readyLine}":\n${server.output().slice(-2_000)}`)
  return address
}

/**
 * Kills every child process this module started that is still running (workers, the simulator): for
 * afterAll, also after a failure.
 */
export const killAllWorkers = async () => {
  const children = [...live]
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGKILL')
        }),
    ),
  )
}

/** What runs in the simulator's process: the simulator, driven over the IPC channel. */
const SIMULATOR_CHILD = `
const { startGraphSimulator } = await import(process.env.GRAPH_SIMULATOR_MODULE)
const simulator = await startGraphSimulator({
  latencyMs: Number(process.env.GRAPH_SIMULATOR_LATENCY_MS),
  onRequest: (entry) => { entry.answeredAt = new Date().toISOString() },
})
process.on('message', async ({ id, method, args }) => {
  try {
    const result = method === 'requests' ? simulator.requests : await simulator[method](...args)
    process.send({ id, result: result ?? null })
    if (method === 'close') process.disconnect()
  } catch (error) {
    process.send({ id, error: String(error) })
  }
})
// The test process is gone (or done): so is Facebook.
process.on('disconnect', () => process.exit(0))
process.send({ url: simulator.url })
`

export type SimulatorRequest = RequestLogEntry & { answeredAt?: string }

/** The Graph API simulator in a process of its own, for tests that load their own process heavily. */
export interface SimulatorProcess {
  url: string
  pid: number
  addPage: (page: PageOptions) => Promise<void>
  injectFault: (fault: FaultSpec) => Promise<void>
  posts: (pageId: string) => Promise<SimulatedPost[]>
  /** Every request so far, with when it was answered (or dropped). */
  requests: () => Promise<SimulatorRequest[]>
  close: () => Promise<void>
}

/**
 * Starts the Graph API simulator (tests/graph-simulator) as a child process. Facebook is another
 * machine: in the test's own process, the simulator would answer only as fast as that process's event
 * loop lets it, and a test that loads it heavily would see Facebook take requests seconds late.
 */
export const startSimulatorProcess = async (options: { latencyMs?: number } = {}): Promise<SimulatorProcess> => {
  const { child, output } = spawnTsx(
    ['--input-type=module', '-e', SIMULATOR_CHILD],
    {
      GRAPH_SIMULATOR_MODULE: path.join(rootDir, 'tests/graph-simulator/index.ts'),
      GRAPH_SIMULATOR_LATENCY_MS: String(options.latencyMs ?? 0),
    },
    true,
  )

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextId = 0
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      for (const call of pending.values())
        call.reject(new Error(`the simulator exited (code ${code}, signal ${signal}):\n${output()}`))
      pending.clear()
      resolve()
    })
  })

  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url?: string }) =>
      message.url ? resolve(message.url) : reject(new Error(output())),
    )
    void exited.then(() => reject(new Error(`the simulator exited before it was ready:\n${output()}`)))
  })
  child.on('message', (message: { id?: number; result?: unknown; error?: string }) => {
    const call = message.id === undefined ? undefined : pending.get(message.id)
    if (!call) return
    pending.delete(message.id!)
    if (message.error !== undefined) call.reject(new Error(message.error))
    else call.resolve(message.result)
  })
  const call = <T>(method: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      if (!child.connected) return reject(new Error(`the simulator is gone:\n${output()}`))
      nextId += 1
      pending.set(nextId, { resolve: resolve as (value: unknown) => void, reject })
      child.send({ id: nextId, method, args })
    })

  return {
    url,
    pid: child.pid!,
    addPage: (page) => call('addPage', page),
    injectFault: (fault) => call('injectFault', fault),
    posts: (pageId) => call('posts', pageId),
    requests: () => call('requests'),
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      await call('close').catch(() => {})
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(killer)
    },
  }
}
