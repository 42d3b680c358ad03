import { type Endpoint, generatePayloadCookie, headersWithCors, loginOperation, type PayloadRequest } from 'payload'

import { SignInRefused, signInGuardOf } from '../auth/signInGuard'
import { newsroomError } from '../i18n/errors'
import { jsonBody } from './jsonBody'

/** A refusal of the sign-in guard as an answer: 429 or 503, with `Retry-After`. */
export const signInRefusal = (refusal: SignInRefused) =>
  Response.json(
    { errors: [{ message: refusal.message, data: refusal.data }] },
    { status: refusal.status, headers: { 'Retry-After': String(refusal.retryAfterSeconds) } },
  )

const depthOf = (req: PayloadRequest) => {
  const depth = req.searchParams.get('depth')
  return depth !== null && depth.trim() !== '' && Number.isFinite(Number(depth)) ? Number(depth) : undefined
}

/**
 * `POST /api/users/login`, in place of Payload's own and answering exactly like it (the admin's login
 * form reads the same body and gets the same cookie), inside the sign-in guard: attempts limited per
 * client and per account, password checks taking turns, and an unknown address costing what a wrong
 * password costs (`src/auth/signInGuard.ts`).
 */
export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    const data = await jsonBody(req)
    const wronglyTyped = [data.email, data.password].some((value) => value != null && typeof value !== 'string')
    if (wronglyTyped) throw newsroomError(req, 'invalid_body', 400)
    const credentials = {
      email: typeof data.email === 'string' ? data.email : '',
      password: typeof data.password === 'string' ? data.password : '',
    }
    const collection = req.payload.collections.users!
    try {
      const result = await signInGuardOf(req.payload).login(req, credentials, () =>
        loginOperation({ collection, data: credentials, depth: depthOf(req), req }),
      )
      const cookie = generatePayloadCookie({
        collectionAuthConfig: collection.config.auth,
        cookiePrefix: req.payload.config.cookiePrefix,
        token: result.token!,
      })
      return Response.json(
        { message: req.t('authentication:passed'), ...result },
        { status: 200, headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }) },
      )
    } catch (error) {
      if (error instanceof SignInRefused) return signInRefusal(error)
      throw error
    }
  },
}
