import { type Endpoint, forgotPasswordOperation, type Payload } from 'payload'

import { compareAndSet } from '../db/compareAndSet'
import { jsonBody } from './jsonBody'

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
 * `POST /api/users/forgot-password`, in place of Payload's own, with the same answer whether or not
 * the address exists. Payload reserves its interval with a write outside the transaction it has
 * already opened, which SQLite (one writer) answers with "database is locked" after its busy
 * timeout: here the reservation comes first, then Payload's operation runs without one of its own
 * (`minRequestInterval: 0` on the collection).
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const { email: given } = await jsonBody(req)
    const email = typeof given === 'string' ? given.toLowerCase().trim() : ''
    if (!email) return Response.json({ errors: [{ message: 'Missing email.' }] }, { status: 400 })
    if (await reserveResetRequest(req.payload, email, new Date())) {
      await forgotPasswordOperation({ collection: req.payload.collections.users!, data: { email }, req })
    }
    return Response.json({ message: req.t('general:success') })
  },
}
