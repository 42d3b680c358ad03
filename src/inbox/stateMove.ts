import type { Payload } from 'payload'

import { compareAndSet, type Scalar } from '../db/compareAndSet'
import type { Id } from '../workflow/roles'

/**
 * Moves an item to `to` from whichever of `from` it is in, conditionally: when someone else changed
 * it meanwhile, the new state is read and the move tried again only if it is still allowed from
 * there (an escalation landing first must not stop a reply). Returns the state it moved from, or
 * null when it is no longer allowed.
 */
export const moveState = async (
  payload: Payload,
  item: { id: Id; state: string },
  from: readonly string[],
  to: string,
  extra: Record<string, Scalar> = {},
): Promise<string | null> => {
  let state = item.state
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (!from.includes(state)) return null
    const set = { state: to, ...extra }
    if (await compareAndSet(payload, { collection: 'inbox', id: item.id, expect: { state }, set })) {
      return state
    }
    state = ((await payload.findByID({ collection: 'inbox', id: item.id, depth: 0 })) as unknown as { state: string })
      .state
  }
  return null
}
