import { createLocalReq, type Payload } from 'payload'

import { applyContestTransition, type ContestDoc } from './apply'
import { ContestRefusal } from './errors'

/** Closes every open contest whose closing time has come; how many it closed. */
export const closeDueContests = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'contests',
    where: { and: [{ stage: { equals: 'open' } }, { closesAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  let closed = 0
  const req = await createLocalReq({}, payload)
  for (const contest of docs as unknown as ContestDoc[]) {
    try {
      await applyContestTransition(req, contest, 'close', ['system'], now)
      closed += 1
    } catch (error) {
      // Closed meanwhile by the board or another process: nothing to do.
      if (!(error instanceof ContestRefusal)) throw error
    }
  }
  return closed
}

/**
 * Closes contests at their closing time, checking every `everyMs` until `signal` aborts. Entries are
 * refused from the closing instant on whatever this loop's delay (the public form checks the time).
 */
export const startContestClosing = async (payload: Payload, signal: AbortSignal, everyMs = 30_000) => {
  while (!signal.aborted) {
    await closeDueContests(payload).catch((error) =>
      payload.logger.error({ err: error, msg: 'Closing due contests failed' }),
    )
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, everyMs)
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
    })
  }
}
