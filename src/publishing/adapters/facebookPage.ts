import { type GraphResult, type GraphSettings, graphCall } from '../graphClient'
import { findMarker } from '../message'
import type { ChannelAdapter, OutgoingPost, PublishOutcome, ReconcileOutcome } from './types'

const RECONCILE_PAGE_SIZE = '100'
/** 2,000 posts since the unanswered call: far beyond what a district page publishes in that time. */
const RECONCILE_MAX_PAGES = 20

const photoPart = async (photo: OutgoingPost['photos'][number]) =>
  new Blob([new Uint8Array(await photo.read())], { type: photo.mimeType })

/** What a failed call before the final one means: nothing visible was created, so it is safe to retry. */
const beforeFinal = (result: Exclude<GraphResult, { ok: true }>): PublishOutcome => {
  if ('noAnswer' in result) return { kind: 'retry_later', error: `Facebook did not answer (${result.reason})` }
  const { error } = result
  const text = `Facebook ${error.code ?? ''}: ${error.message}`.trim()
  if (error.kind === 'throttled' || error.kind === 'transient' || error.kind === 'unknown') {
    return { kind: 'retry_later', retryAfterMs: error.retryAfterMs, error: text }
  }
  return { kind: 'failed', error: text, tokenInvalid: error.kind === 'token' }
}

/** What a failed final call means: only a clear refusal proves that no post was made. */
const afterFinal = (result: Exclude<GraphResult, { ok: true }>): PublishOutcome => {
  if ('noAnswer' in result) {
    // A connection that never opened proves as much as a refusal: nothing reached Facebook.
    if (result.notSent) return beforeFinal(result)
    return { kind: 'unknown_outcome', error: `Facebook did not answer (${result.reason})` }
  }
  const { error } = result
  if (error.kind === 'transient' || error.kind === 'unknown' || error.duplicate) {
    return { kind: 'unknown_outcome', error: `Facebook ${error.code ?? ''}: ${error.message}` }
  }
  return beforeFinal(result)
}

/** The permalink the post's answer carried (read-after-write), or one read back afterwards. */
const permalinkFor = async (
  settings: GraphSettings,
  token: string,
  postId: string,
  answer: Record<string, unknown>,
) => {
  if (typeof answer.permalink_url === 'string') return answer.permalink_url
  const result = await graphCall(settings, { method: 'GET', path: postId, token, query: { fields: 'permalink_url' } })
  const link = result.ok ? result.body.permalink_url : undefined
  return typeof link === 'string' ? link : `https://www.facebook.com/${postId}`
}

/**
 * A Facebook Page, in the three shapes of SPEC.md: text → /feed; one photo → /photos with the file
 * as `source`; several photos → each to /photos unpublished, then /feed with `attached_media` in order.
 */
export const facebookPageAdapter = (settings: GraphSettings): ChannelAdapter => ({
  publish: async (post, hooks) => {
    const { pageId, accessToken: token } = post.channel
    if (!pageId || !token) return { kind: 'failed', error: 'The channel has no page id or access token' }

    const attached: string[] = []
    if (post.photos.length > 1) {
      for (const photo of post.photos) {
        const form = new FormData()
        form.set('published', 'false')
        form.set('source', await photoPart(photo), photo.filename)
        const uploaded = await graphCall(settings, { method: 'POST', path: `${pageId}/photos`, token, form })
        if (!uploaded.ok) return beforeFinal(uploaded)
        attached.push(String(uploaded.body.id))
      }
    }

    let path = `${pageId}/feed`
    let form: FormData | URLSearchParams
    if (post.photos.length === 1) {
      path = `${pageId}/photos`
      form = new FormData()
      form.set('caption', post.message)
      form.set('source', await photoPart(post.photos[0]!), post.photos[0]!.filename)
    } else {
      // Read-after-write: the answer carries the permalink, sparing a second call (a photo's answer
      // describes the photo, so photo posts read it back).
      form = new URLSearchParams({ message: post.message, fields: 'id,permalink_url' })
      attached.forEach((mediaId, index) =>
        form.set(`attached_media[${index}]`, JSON.stringify({ media_fbid: mediaId })),
      )
    }

    if (!(await hooks.beforeFinalCall())) return { kind: 'abandoned' }
    const result = await graphCall(settings, { method: 'POST', path, token, form })
    if (!result.ok) return afterFinal(result)
    const postId = String(result.body.post_id ?? result.body.id)
    return {
      kind: 'published',
      externalId: postId,
      permalink: await permalinkFor(settings, token, postId, result.body),
    }
  },

  reconcile: async (post, sentAfter): Promise<ReconcileOutcome> => {
    const { pageId, accessToken: token } = post.channel
    if (!pageId || !token) return { kind: 'failed', error: 'The channel has no page id or access token' }
    // Facebook's clock and ours may differ a little: look a few minutes further back.
    const since = String(Math.floor(sentAfter.getTime() / 1000) - 300)
    let after: string | undefined
    for (let page = 0; page < RECONCILE_MAX_PAGES; page += 1) {
      const result = await graphCall(settings, {
        method: 'GET',
        path: `${pageId}/published_posts`,
        token,
        query: {
          fields: 'id,message,created_time,permalink_url',
          since,
          limit: RECONCILE_PAGE_SIZE,
          ...(after ? { after } : {}),
        },
      })
      if (!result.ok) {
        const outcome = beforeFinal(result)
        return outcome.kind === 'failed'
          ? outcome
          : { kind: 'retry_later', error: 'error' in outcome ? outcome.error : '' }
      }
      const posts = (result.body.data ?? []) as { id: string; message?: string; permalink_url?: string }[]
      const mine = posts.find((candidate) => findMarker(candidate.message) === String(post.publicationId))
      if (mine)
        return {
          kind: 'found',
          externalId: mine.id,
          permalink: mine.permalink_url ?? `https://www.facebook.com/${mine.id}`,
        }
      after = (result.body.paging as { cursors?: { after?: string } } | undefined)?.cursors?.after
      if (!after) return { kind: 'not_found' }
    }
    // Too many posts since then to be sure: a person must look rather than risk a second post.
    return {
      kind: 'failed',
      error: 'Không đối soát hết được các bài trên trang; cần kiểm tra thủ công trước khi đăng lại.',
    }
  },
})
