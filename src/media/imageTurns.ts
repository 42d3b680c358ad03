import os from 'node:os'

/**
 * Turns for image work: at most `IMAGE_TURNS` images (an upload being cleaned, or one of the sizes
 * Payload makes of it: `sharpInTurns.ts`) are decoded at once, the others wait in arrival order
 * holding only their bytes. Ten 12 MP photos at once otherwise decode ten images, and thirty sizes,
 * side by side: the work takes no less time, but the memory of all of them is resident together
 * (docs/BENCHMARKS.md, photos). sharp runs each image on one thread (its default on glibc): one turn
 * per core keeps every core busy.
 */
export const IMAGE_TURNS = Math.max(1, os.availableParallelism())

export class Turns {
  private active = 0
  private started = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly size: number) {}

  /** How many turns are taken, how many wait, and how many were ever given: for tests and diagnostics. */
  get state() {
    return { active: this.active, waiting: this.waiting.length, started: this.started }
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active += 1
    // The turn is handed over by the one ending it, so `active` never drops in between.
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.started += 1
    try {
      return await work()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active -= 1
    }
  }
}

/** The process's image turns. */
export const imageTurns = new Turns(IMAGE_TURNS)
