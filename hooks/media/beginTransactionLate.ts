import { type CollectionBeforeChangeHook, initTransaction } from 'payload'

/** Set in `req.context` by `POST /api/media`, which runs Payload's create without its transaction. */
export const LATE_TRANSACTION = 'mediaTransactionBeginsLate'

/**
 * Payload's create opens its transaction first and makes the photo's sizes inside it; on SQLite that
 * holds the process's one write turn for as long as three decodes of the photo take, and every other
 * write waits. `POST /api/media` (src/endpoints/createMedia.ts) runs the create without one, and it
 * begins here, once the sizes exist, before anything is validated or written; the endpoint commits it.
 */
export const beginTransactionLate: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.context[LATE_TRANSACTION]) await initTransaction(req)
  return data
}
