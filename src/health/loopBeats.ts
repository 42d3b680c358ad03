/** The background loops a process may run; each reports after every round it completes. */
export type LoopName = 'delivery' | 'inbox' | 'email' | 'insights'

interface LoopBeat {
  /** How often the loop comes round when idle. */
  pollMs: number
  at: number
}

/**
 * Kept on globalThis: the admin dashboard runs in Next's bundle, which loads this module a second
 * time, and must see the beats of the loops the server started.
 */
const beats = (): Map<LoopName, LoopBeat> => {
  const holder = globalThis as { __newsroomLoopBeats?: Map<LoopName, LoopBeat> }
  holder.__newsroomLoopBeats ??= new Map()
  return holder.__newsroomLoopBeats
}

/** A loop finished a round: it is alive. */
export const loopRan = (name: LoopName, pollMs: number, at = Date.now()) => {
  beats().set(name, { pollMs, at })
}

/** The last round of a loop this process runs, or undefined when it runs none. */
export const lastLoopRound = (name: LoopName) => beats().get(name)
