import os from 'node:os'

/**
 * Turns for image work: at most `IMAGE_TURNS` uploads are decoded and re-encoded at once, the others
 * wait in arrival order holding only their bytes. Ten 12 MP photos at once otherwise decode ten
 * images side by side: the work takes no less time, but the memory of all ten is resident together
 * (docs/BENCHMARKS.md, photos). sharp runs each image on one thread (its default on glibc), and
 * Payload makes the sizes of a cleaned photo afterwards, outside these turns: half the cores (at
 * least one) keep every core busy.
 */
export const IMAGE_TURNS = Math.max(1, Math.floor(os.availableParallelism() / 2))

export class Turns {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly size: number) {}

  /** How many turns are taken and how many wait, for tests and diagnostics. */
  get state() {
    return { active: this.active, waiting: this.waiting.length }
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active += 1
    // The turn is handed over by the one ending it, so `active` never drops in between.
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
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
