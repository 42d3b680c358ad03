import type { Endpoint } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { findVisible } from '../auth/visible'
import { actorInPage } from '../fanpages/membership'
import { compareAndSet, type Scalar } from '../db/compareAndSet'
import { refusal } from '../i18n/errors'
import type { PublicationState } from '../publishing/states'
import { hasRole } from '../workflow/roles'

/**
 * `POST /api/publications/:id/retry` and `/cancel`, for the board. A retry of a publication whose
 * final call may have gone out is a check first (reconcile), never a blind re-send.
 */
const publicationAction = (action: 'retry' | 'cancel'): Endpoint => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!hasRole(actor, 'board')) return refusal(req, 'not_permitted', 403)
    const id = String(req.routeParams?.id)
    const row = await findVisible<{ state: PublicationState; finalCallAt?: string | null; page?: unknown }>(
      req,
      'publications',
      id,
    )
    if (!row) return refusal(req, 'publication_not_found', 404)
    // The board of the publication's page, not of another one.
    if (!actor || !hasRole(actorInPage(actor, relationId(row.page as never)), 'board')) {
      return refusal(req, 'not_permitted', 403)
    }
    const now = new Date().toISOString()
    const retryable: PublicationState[] = ['failed', 'unconfirmed', 'cancelled']
    const cancellable: PublicationState[] = ['queued', 'failed', 'unconfirmed']
    const allowed = action === 'retry' ? retryable : cancellable
    if (!allowed.includes(row.state)) return refusal(req, 'publication_in_progress', 409)

    const set: Record<string, Scalar> =
      action === 'cancel'
        ? { state: 'cancelled', nextAttemptAt: null }
        : row.finalCallAt
          ? { state: 'unconfirmed', nextAttemptAt: now, reconcileRetries: 0, lastError: null }
          : { state: 'queued', nextAttemptAt: now, attempts: 0, lastError: null }
    const moved = await compareAndSet(req.payload, {
      collection: 'publications',
      id,
      expect: { state: row.state },
      set,
    })
    if (!moved) return refusal(req, 'publication_in_progress', 409)
    return Response.json(
      await req.payload.findByID({ collection: 'publications', id, depth: 1, overrideAccess: false, user: req.user }),
    )
  },
})

export const publicationActionEndpoints = [publicationAction('retry'), publicationAction('cancel')]
