import type { CollectionBeforeChangeHook } from 'payload'

/** Queues sort by how long a story has waited in its stage, so a new story starts the clock. */
export const stampStageChange: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create' && !data.stageChangedAt ? { ...data, stageChangedAt: new Date().toISOString() } : data
