import { type Endpoint, forgotPasswordOperation, type Payload, type PayloadRequest } from 'payload'

import { SignInRefused, signInGuardOf } from '../auth/signInGuard'
import { compareAndSet } from '../db/compareAndSet'
import { jsonBody } from './jsonBody'
import { signInRefusal } from './login'

/** One reset email per address in this interval: asking again sooner sends nothing and changes nothing. */
export const RESET_REQUEST_INTERVAL_MS = 15_000

/** Takes the address's turn for a reset email, atomically; false when it has none or asked too recently. */
const reserveResetRequest = async (payload: Payload, email: string, now: Date) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    select: { resetPasswordRequestedAt: true },
    showHiddenFields: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const user = docs[0] as { id: string | number; resetPasswordRequestedAt?: string | null } | undefined
  if (!user) return false
  const last = user.resetPasswordRequestedAt ?? null
  if (last && now.getTime() - new Date(last).getTime() < RESET_REQUEST_INTERVAL_MS) return false
  return compareAndSet(payload, {
    collection: 'users',
    id: user.id,
    expect: { resetPasswordRequestedAt: last },
    set: { resetPasswordRequestedAt: now },
  })
}

/**
 * A reset email for `email` (normalised), within the sign-in guard's limits per client and per
 * account, and at most one per address per interval; nothing tells whether the address exists.
 * Payload reserves its interval with a write outside the transaction it has already opened, which
 * SQLite (one writer) answers with "database is locked" after its busy timeout: here the reservation
 * comes first, then Payload's operation runs without one of its own (`minRequestInterval: 0` on the
 * collection). REST and GraphQL both come here.
 */
export const requestPasswordReset = (req: PayloadRequest, email: string) =>
  signInGuardOf(req.payload).resetRequest(req, email, async () => {
    if (await reserveResetRequest(req.payload, email, new Date())) {
      await forgotPasswordOperation({ collection: req.payload.collections.users!, data: { email }, req })
    }
  })

/** `POST /api/users/forgot-password`, in place of Payload's own, with the same answer whether or not the address exists. */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const { email: given } = await jsonBody(req)
    const email = typeof given === 'string' ? given.toLowerCase().trim() : ''
    if (!email) return Response.json({ errors: [{ message: 'Missing email.' }] }, { status: 400 })
    try {
      await requestPasswordReset(req, email)
    } catch (error) {
      if (error instanceof SignInRefused) return signInRefusal(error)
      throw error
    }
    return Response.json({ message: req.t('general:success') })
  },
}
