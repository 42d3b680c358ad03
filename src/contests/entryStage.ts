import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../workflow/roles'
import type { EntryStage } from './labels'

/**
 * The one place judging and posting move an entry's stage (approved → published once posted,
 * → scored once judged) and write the figures they produced. At merge the lead routes the stage
 * through the entry stage machine (branch h/contests); everything else here stays.
 */
export const writeEntry = async (
  payload: Payload,
  id: Id,
  data: { stage?: EntryStage } & Record<string, unknown>,
  req?: PayloadRequest,
) => {
  await payload.update({ collection: 'contest-entries', id, data, depth: 0, overrideAccess: true, req })
}
