import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { newsroomError } from '../i18n/errors'

/**
 * A custom endpoint's JSON body as an object (no body reads as `{}`). Anything else — an array, a
 * string, a number, null — is refused with 400 `invalid_body`. Reads the body once, however often
 * it is asked for.
 */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  if (req.data === undefined) await addDataAndFileToRequest(req)
  const data = req.data
  if (data === undefined) return {}
  if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>
  throw newsroomError(req, 'invalid_body', 400)
}
