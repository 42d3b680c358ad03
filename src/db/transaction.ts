import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs `work` in one database transaction on `req` (a fresh local request when none is given): a
 * state change and the notifications it causes commit together or not at all. Joins a transaction
 * that is already open instead of committing it.
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  given?: PayloadRequest,
): Promise<T> => {
  const req = given ?? (await createLocalReq({}, payload))
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work(req)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
