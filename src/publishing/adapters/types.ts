import type { Id } from '../../workflow/roles'

/** Everything a channel needs to send one story, prepared by the engine from the database. */
export interface OutgoingPost {
  publicationId: Id
  storyId: Id
  /** The full message: title, body text, hashtags, credit and the publication's marker. */
  message: string
  /** In the story's photo order: files in the media storage, already stripped of metadata. */
  photos: { read: () => Promise<Buffer>; filename: string; mimeType: string }[]
  channel: { id: Id; pageId?: string | null; accessToken?: string | null }
}

export type PublishOutcome =
  | { kind: 'published'; externalId: string; permalink: string }
  /** Refused before any post could exist (throttled, server busy): safe to send again later. */
  | { kind: 'retry_later'; retryAfterMs?: number; error: string }
  /** The final call may have created the post: reconcile before anything else. */
  | { kind: 'unknown_outcome'; error: string }
  | { kind: 'failed'; error: string; tokenInvalid?: boolean }
  /** The engine lost its claim before the final call; nothing was sent. */
  | { kind: 'abandoned' }

export type ReconcileOutcome =
  | { kind: 'found'; externalId: string; permalink: string }
  | { kind: 'not_found' }
  | { kind: 'retry_later'; retryAfterMs?: number; error: string }
  | { kind: 'failed'; error: string; tokenInvalid?: boolean }

export interface DeliveryHooks {
  /**
   * Called right before the one call that makes the post visible. Records that it is being sent, if
   * this worker still holds its claim; when it returns false the adapter must not send.
   */
  beforeFinalCall: () => Promise<boolean>
}

/** A place stories are published to. The engine knows nothing else about channels. */
export interface ChannelAdapter {
  publish: (post: OutgoingPost, hooks: DeliveryHooks) => Promise<PublishOutcome>
  /** Looks for a post this publication may already have made (after an unknown outcome). */
  reconcile: (post: OutgoingPost, sentAfter: Date) => Promise<ReconcileOutcome>
}
