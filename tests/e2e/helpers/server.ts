import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { appNodeArgs, SERVER_PROCESS_ENV } from '../../../scripts/appProcess.mjs'

export interface RunningServer {
  url: string
  /** The server's process id (benchmarks read its memory from /proc). */
  pid: number
  /** Everything the server printed so far, for failure messages. */
  log: () => string
  stop: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

/** Sends `signal` to the server's whole process group (it was started as its leader). */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s:\n${log()}`)
}

/**
 * Starts `src/server.ts` as `npm start` would run it, on a free port, with a fresh SQLite database
 * and upload folder in a temporary directory (so the demo newsroom is seeded), and waits for it.
 * `env` adds to or overrides its environment (another DATABASE_URI, the sign-in limits).
 */
export const startServer = async ({
  rootDir = process.cwd(),
  logFile,
  timeoutMs = 120_000,
  env = {},
}: {
  rootDir?: string
  logFile?: string
  timeoutMs?: number
  env?: Record<string, string>
} = {}): Promise<RunningServer> => {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const logStream = logFile ? fs.createWriteStream(logFile) : null

  const child = spawn(process.execPath, [...appNodeArgs('production'), 'src/server.ts'], {
    cwd: rootDir,
    // Its own process group, so that stopping it also stops anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...SERVER_PROCESS_ENV,
      ...process.env,
      // Jest's flags are for Jest's VM, not for the server.
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URI: `file:${path.join(tempDir, 'newsroom.db')}`,
      MEDIA_DIR: path.join(tempDir, 'media'),
      PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
      NEWSROOM_SEED: 'on',
      // The demo's 3,000 party members only where a test asks for them (env: { DEMO_MEMBERS: '…' }).
      DEMO_MEMBERS: '0',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  })
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    logStream?.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const log = () => output.slice(-4_000)

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    signalGroup(child, 'SIGTERM')
    const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000)
    await exited(child)
    clearTimeout(killer)
    logStream?.end()
    fs.rmSync(tempDir, { recursive: true, force: true })
  }

  try {
    await waitForHealth(url, child, log, timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid: child.pid!, log, stop }
}
