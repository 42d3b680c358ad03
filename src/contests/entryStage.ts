import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../workflow/roles'
import { applyEntryTransition } from './apply'
import type { EntryStage } from './labels'
import type { EntryAction } from './transitions'

/** The system's moves: posted entries become `published`, judged ones `scored`. */
const SYSTEM_ACTION: Partial<Record<EntryStage, EntryAction>> = { published: 'publish', scored: 'score' }

/**
 * The one place judging and posting write an entry: the figures they produced, then the stage through
 * the entry machine as the system (an entry already there stays, so a second run changes nothing).
 */
export const writeEntry = async (
  payload: Payload,
  id: Id,
  data: { stage?: EntryStage } & Record<string, unknown>,
  req?: PayloadRequest,
) => {
  const { stage, ...figures } = data
  if (Object.keys(figures).length > 0) {
    await payload.update({ collection: 'contest-entries', id, data: figures, depth: 0, overrideAccess: true, req })
  }
  if (!stage) return
  const current = await payload.findByID({
    collection: 'contest-entries',
    id,
    depth: 0,
    select: { stage: true },
    overrideAccess: true,
    req,
  })
  if ((current as { stage?: EntryStage }).stage === stage) return
  await applyEntryTransition(payload, { entry: id, action: SYSTEM_ACTION[stage], parties: ['system'] }, req)
}
