import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import type { Scalar } from '../../db/compareAndSet'
import { readRows } from '../../db/readRows'
import { notifyPublishingFailed } from '../../notifications/publishing'
import type { ChannelAdapter, PublishOutcome, ReconcileOutcome } from '../adapters/types'
import { claimTraceCovers, extendLease, type PublicationRow, release, updateHeld, willSend } from './claims'
import { markChannelNeedsReconnect } from './channelHealth'
import { type OutgoingChannel, loadOutgoingPost } from './outgoingPost'
import type { EngineSettings } from './settings'

export type AdapterFor = (channelKind: string) => ChannelAdapter

/** What the engine does after a publication is recorded as published: see to its story. */
export type OnPublished = (storyRef: unknown) => void

export interface DeliveryHooks {
  onPublished: OnPublished
  /**
   * Called once nothing more goes to the channel for this publication (it may still be recording the
   * outcome): the engine's sending slot can start the next one, whose claim then commits together
   * with this outcome. May be called more than once.
   */
  onSendingDone: () => void
}

const BACKOFF_BASE_MS = 5_000
const BACKOFF_MAX_MS = 15 * 60_000

const backoffMs = (attempts: number, hinted?: number) =>
  Math.max(hinted ?? 0, Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1)))

const later = (settings: EngineSettings, ms: number) => new Date(settings.now().getTime() + ms)

/**
 * Sends one publication this worker claimed at `claimedAt`, and records the outcome. Every write is
 * conditional on still holding the claim, so a worker that lost it (paused past its lease) writes
 * nothing, and the final call is sent only once `finalCallAt` is recorded under the claim (by the
 * claim itself, or just before the call): a worker that dies after sending leaves a trace that makes
 * the next one reconcile instead of posting again. An attempt that ends without making its final call
 * clears the claim's trace, so that `finalCallAt` on a settled publication still means "may be on the
 * page".
 */
export const deliver = async (
  payload: Payload,
  row: PublicationRow,
  claimedAt: Date,
  adapterFor: AdapterFor,
  settings: EngineSettings,
  { onPublished, onSendingDone }: DeliveryHooks,
) => {
  const heartbeat = setInterval(() => void extendLease(payload, row.id, settings).catch(() => {}), settings.leaseMs / 3)
  // The claim counted this attempt and recorded its trace, unless it had an earlier final call to check
  // first (or no attempt left).
  const counted = willSend(row, settings)
  let finalCallMade = false
  const unsent = (): Record<string, Scalar> => (counted && !finalCallMade ? { finalCallAt: null } : {})
  const beforeFinalCall = async () => {
    finalCallMade =
      (counted && claimTraceCovers(settings, claimedAt)) ||
      (await updateHeld(payload, row.id, settings, { finalCallAt: settings.now() }))
    return finalCallMade
  }
  try {
    const [channel] = await readRows(payload, {
      collection: 'channels',
      ids: [relationId(row.channel as never)!],
      fields: ['kind', 'facebookPageId', 'accessTokenSealed'],
    })
    if (!channel) throw new Error(`Channel ${String(row.channel)} of publication ${row.id} not found`)
    const adapter = adapterFor(channel.kind as string)
    const post = await loadOutgoingPost(payload, row, channel as unknown as OutgoingChannel)

    if (row.finalCallAt) {
      const sentAt = new Date(row.finalCallAt)
      const checkAt = new Date(sentAt.getTime() + settings.reconcileDelayMs)
      if (checkAt > settings.now()) {
        await release(payload, row.id, settings, { state: 'unconfirmed', nextAttemptAt: checkAt })
        return
      }
      const reconciled = await adapter.reconcile(post, sentAt)
      if (await recordReconcile(payload, row, reconciled, settings, onPublished)) return
    }

    const attempts = (row.attempts ?? 0) + 1
    if (attempts > settings.maxAttempts) {
      await fail(
        payload,
        row,
        `Đã thử ${row.attempts} lần không thành công; cần kiểm tra trước khi đăng lại.`,
        false,
        settings,
      )
      return
    }
    if (!counted && !(await updateHeld(payload, row.id, settings, { attempts, finalCallAt: null }))) return
    const outcome = await adapter.publish(post, { beforeFinalCall })
    onSendingDone()
    await recordPublish(payload, row, outcome, attempts, settings, onPublished, unsent())
  } catch (error) {
    // Reading the story or files failed, or sending did: nothing is on the page unless the final call was made.
    const message = error instanceof Error ? error.message : String(error)
    await release(payload, row.id, settings, {
      state: 'queued',
      nextAttemptAt: later(settings, backoffMs(row.attempts ?? 1)),
      lastError: `Lỗi hệ thống: ${message}`.slice(0, 500),
      ...unsent(),
    }).catch(() => {})
  } finally {
    clearInterval(heartbeat)
    onSendingDone()
  }
}

/** Returns true when reconciling settled the publication; false means "send it (once more) now". */
const recordReconcile = async (
  payload: Payload,
  row: PublicationRow,
  outcome: ReconcileOutcome,
  settings: EngineSettings,
  onPublished: OnPublished,
) => {
  switch (outcome.kind) {
    case 'found':
      await recordSuccess(payload, row, outcome, settings, onPublished)
      return true
    case 'retry_later':
      await release(payload, row.id, settings, {
        state: 'unconfirmed',
        nextAttemptAt: later(settings, backoffMs(1, outcome.retryAfterMs)),
        lastError: outcome.error,
      })
      return true
    case 'failed':
      await fail(payload, row, outcome.error, outcome.tokenInvalid, settings)
      return true
    case 'not_found':
      // Past the reconcile delay nothing can still be in flight: not on the page means not posted,
      // so sending once more cannot duplicate it. maxAttempts bounds how often that may happen.
      await updateHeld(payload, row.id, settings, { reconcileRetries: (row.reconcileRetries ?? 0) + 1 })
      return false
  }
}

const recordPublish = async (
  payload: Payload,
  row: PublicationRow,
  outcome: PublishOutcome,
  attempts: number,
  settings: EngineSettings,
  onPublished: OnPublished,
  /** Clears the claim's trace when the final call was never made. */
  unsent: Record<string, Scalar>,
) => {
  switch (outcome.kind) {
    case 'published':
      return recordSuccess(payload, row, outcome, settings, onPublished)
    case 'retry_later':
      if (attempts >= settings.maxAttempts) return fail(payload, row, outcome.error, false, settings, unsent)
      // A refusal proves no post was made: the next attempt starts afresh, without reconciling.
      return release(payload, row.id, settings, {
        state: 'queued',
        nextAttemptAt: later(settings, backoffMs(attempts, outcome.retryAfterMs)),
        finalCallAt: null,
        lastError: outcome.error,
      })
    case 'unknown_outcome':
      return release(payload, row.id, settings, {
        state: 'unconfirmed',
        nextAttemptAt: later(settings, settings.reconcileDelayMs),
        lastError: outcome.error,
      })
    case 'failed':
      return fail(payload, row, outcome.error, outcome.tokenInvalid, settings, unsent)
    case 'abandoned':
      return undefined
  }
}

const recordSuccess = async (
  payload: Payload,
  row: PublicationRow,
  post: { externalId: string; permalink: string },
  settings: EngineSettings,
  onPublished: OnPublished,
) => {
  const recorded = await release(payload, row.id, settings, {
    state: 'published',
    externalId: post.externalId,
    permalink: post.permalink,
    publishedAt: settings.now(),
    lastError: null,
    nextAttemptAt: null,
  })
  if (recorded) onPublished(row.story)
}

const fail = async (
  payload: Payload,
  row: PublicationRow,
  error: string,
  tokenInvalid: boolean | undefined,
  settings: EngineSettings,
  unsent: Record<string, Scalar> = {},
) => {
  const recorded = await release(payload, row.id, settings, {
    state: 'failed',
    lastError: error.slice(0, 500),
    nextAttemptAt: null,
    ...unsent,
  })
  if (tokenInvalid) await markChannelNeedsReconnect(payload, row.channel, error)
  if (recorded) await notifyPublishingFailed(payload, row, error)
}
