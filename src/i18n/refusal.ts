import type { PayloadRequest } from 'payload'

/**
 * A refusal in the shape of Payload's own errors, `{ errors: [{ message, data: { code } }] }`, so the
 * admin reads both alike: the message for people, the stable English code for scripts (and, for some
 * codes, the figures a script needs beside it in `data`).
 */
export const errorResponse = (code: string, message: string, status: number, facts: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message, data: { ...facts, code } }] }, { status })

/**
 * The refusals of one set of endpoints: the message of `code` from their table, in the request's
 * language, with an optional detail after it (Facebook's own words, the offending value).
 */
export const refusalsFrom =
  <Code extends string>(message: (code: Code, language: string | undefined) => string) =>
  (req: Pick<PayloadRequest, 'i18n'>, code: Code, status: number, detail = '', facts?: Record<string, unknown>) =>
    errorResponse(code, message(code, req.i18n?.language) + detail, status, facts)
