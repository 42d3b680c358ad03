/** Refused because the queue is full: try again in `retryAfterSeconds`. */
export class GateFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('password hash queue full')
  }
}

export interface PasswordHashGate {
  /** Runs `task` when a slot is free; waits in the queue if none is; refuses if the queue is full. */
  run: <T>(task: () => Promise<T>) => Promise<T>
  readonly running: number
  readonly waiting: number
}

/** How much the running average of a task's time follows the latest one. */
const SMOOTHING = 0.2

/**
 * At most `concurrency` password checks at once, `queue` more waiting, the rest refused at once.
 *
 * A password check is a PBKDF2 of some 0.2–0.4 s of CPU that Node runs in libuv's pool of 4
 * threads, the pool that file reads, DNS lookups and zlib also wait in. 200 sign-ins at once filled
 * it for 35 s, and every page waiting on a file read waited with them. Letting only a few run keeps
 * the pool and the CPU for everyone else; the queue smooths a morning's rush; a flood beyond it is
 * answered at once with a Retry-After estimated from the time checks take.
 */
export const createPasswordHashGate = ({
  concurrency,
  queue,
}: {
  concurrency: number
  queue: number
}): PasswordHashGate => {
  let running = 0
  let averageMs = 300
  const waiting: (() => void)[] = []

  const retryAfterSeconds = () => Math.max(1, Math.ceil(((waiting.length + 1) * averageMs) / concurrency / 1000))

  const run = async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) {
      if (waiting.length >= queue) throw new GateFull(retryAfterSeconds())
      await new Promise<void>((resolve) => waiting.push(resolve))
    } else {
      running += 1
    }
    const started = performance.now()
    try {
      return await task()
    } finally {
      averageMs += SMOOTHING * (performance.now() - started - averageMs)
      // The slot passes straight to the next in line, so `running` only drops when nobody waits.
      const nextInLine = waiting.shift()
      if (nextInLine) nextInLine()
      else running -= 1
    }
  }

  return {
    run,
    get running() {
      return running
    },
    get waiting() {
      return waiting.length
    },
  }
}
