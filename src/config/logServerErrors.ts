import type { AfterErrorHook } from 'payload'

import { requestLog } from '../log/requestLog'

/**
 * Payload logs the error a request failed with, but cannot know the request's id. For a server error
 * (a 5xx, a bug or a failing database) this writes the line an operator finds under that id, from the
 * request line: the error with its stack, and the status answered. Refusals (4xx) have their request
 * line, which says enough.
 */
export const logServerErrors: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  requestLog(req.payload.logger, req.headers).error({ err: error, status }, 'request failed')
}
