import { APIError, type PayloadRequest } from 'payload'

import { errorResponse } from '../../i18n/refusal'
import { ContestRefusal, contestRefusal } from '../errors'

/**
 * Runs a contest endpoint's work: a ContestRefusal becomes its message and code, an APIError from the
 * media pipeline (file too large, wrong type) keeps its own status, message and code.
 */
export const answer = async (req: PayloadRequest, work: () => Promise<Response>): Promise<Response> => {
  try {
    return await work()
  } catch (error) {
    if (error instanceof ContestRefusal) {
      return contestRefusal(req, error.code, error.status, error.detail, error.facts)
    }
    if (error instanceof APIError && error.status < 500) {
      const code = (error.data as { code?: string } | undefined)?.code ?? 'invalid_input'
      return errorResponse(code, error.message, error.status)
    }
    throw error
  }
}
