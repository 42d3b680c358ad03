import type { NextFunction, Request, Response } from 'express'

import { refuse } from './refuse'

/** Query parameters Payload reads as JSON when given whole (`?where={…}`), before any hook can look. */
const JSON_PARAMS = ['where', 'data']

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * A `where` or `data` query parameter that is not valid JSON makes Payload throw while reading the
 * request (a 500): refuse it here with 400 `invalid_query`. The rest of a query is checked by the
 * input guard (`src/input/guard.ts`).
 */
export const refuseMalformedQuery = (req: Request, res: Response, next: NextFunction) => {
  if (!req.path.startsWith('/api/')) return next()
  const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
  const broken = JSON_PARAMS.some((name) => params.getAll(name).some((value) => value !== '' && !parses(value)))
  if (broken) return refuse(req, res, 400, 'invalid_query')
  next()
}
