import type { Request, Response } from 'express'

import { type ErrorCode, messageFor } from '../i18n/errors'
import { languageOf } from '../i18n/language'

/**
 * The language Payload would answer this request in: the admin's choice (`payload-lng` cookie), else
 * the browser's first `Accept-Language`.
 */
export const requestLanguage = (req: Request) => {
  const chosen = /(?:^|;\s*)payload-lng=([a-z]+)/i.exec(req.headers.cookie ?? '')?.[1]
  const accepted = (req.headers['accept-language'] ?? '').split(/[,;-]/)[0]?.trim()
  return languageOf((chosen ?? accepted ?? '').toLowerCase())
}

/**
 * Answers at the edge, before the app, in the shape of Payload's own errors
 * (`{ errors: [{ message, data: { code } }] }`, see `src/i18n/refusal.ts`).
 */
export const refuse = (req: Request, res: Response, status: number, code: ErrorCode, detail = '') => {
  res.status(status).json({ errors: [{ message: messageFor(code, requestLanguage(req)) + detail, data: { code } }] })
}
