import type { PayloadRequest } from 'payload'

import { inTransaction } from '../../db/transaction'
import { requestLog } from '../../log/requestLog'
import { type Id, sameId } from '../../workflow/roles'

/**
 * Runs a roster change in one transaction, a second time if the first failed: on PostgreSQL two
 * boards creating the same (day, slot) row at once make one of them hit the unique index, and the
 * retry then finds that row and updates it instead.
 */
export const inRosterTransaction = async <T>(
  req: PayloadRequest,
  work: (tx: PayloadRequest) => Promise<T>,
): Promise<T> => {
  try {
    return await inTransaction(req.payload, work)
  } catch (error) {
    requestLog(req.payload.logger, req.headers).warn({ err: error, msg: 'Roster change failed; trying once more' })
    return inTransaction(req.payload, work)
  }
}

/** Requested ids as the database holds them (numbers on SQL), so relationship writes take them. */
export const storedIds = (requested: readonly Id[], team: readonly { id: Id }[]): Id[] =>
  requested.map((id) => team.find((person) => sameId(person.id, id))?.id ?? id)
