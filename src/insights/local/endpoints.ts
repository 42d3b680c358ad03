import type { Endpoint, PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { jsonBody } from '../../endpoints/jsonBody'
import { CLIENT_ADDRESS_HEADER } from '../../http/clientAddress'
import { countOne, latestTotals, LOCAL_REACTIONS, LOCAL_VIEWERS, LOCAL_VIEWS, localPublications } from './counters'
import { refuseCounter } from './messages'
import { idCookie, REACTED_COOKIE, readIdCookie, SEEN_COOKIE } from './visitorCookies'

const MAX_STORIES = 20
// Per client address: a reader scrolling pages of the feed, not a script inflating figures.
const viewLimit = new RateLimiterMemory({ points: 60, duration: 60 })
const reactionLimit = new RateLimiterMemory({ points: 30, duration: 600 })

const addressOf = (req: PayloadRequest) => req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
const secureCookies = (req: PayloadRequest) => Boolean(req.payload.config.serverURL?.startsWith('https:'))

const within = async (limiter: RateLimiterMemory, req: PayloadRequest) =>
  limiter.consume(addressOf(req)).then(
    () => true,
    () => false,
  )

const storyIdsOf = (value: unknown): string[] | null => {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_STORIES) return null
  const ids = value.map((id) => (typeof id === 'number' || typeof id === 'string' ? String(id) : ''))
  return ids.every((id) => /^[A-Za-z0-9_-]{1,40}$/.test(id)) ? [...new Set(ids)] : null
}

/**
 * `POST /api/post-metrics/local/views {stories: [...]}`: the public page shows these posts to a
 * reader. Each gets a view (`post_media_view`), and a viewer (`post_total_media_view_unique`) the
 * first time this browser sees it (`fp_seen`). Anonymous, like the page.
 */
export const countViewsEndpoint: Endpoint = {
  path: '/local/views',
  method: 'post',
  handler: async (req) => {
    const stories = storyIdsOf((await jsonBody(req)).stories)
    if (!stories) return refuseCounter(req, 'invalid_stories', 400)
    if (!(await within(viewLimit, req))) return refuseCounter(req, 'too_many', 429)
    const seen = readIdCookie(req.headers.get('cookie'), SEEN_COOKIE)
    const publications = await localPublications(req.payload, stories)
    for (const publication of publications) {
      await countOne(req.payload, publication, LOCAL_VIEWS)
      if (!seen.includes(String(publication.story))) await countOne(req.payload, publication, LOCAL_VIEWERS)
    }
    const nowSeen = [...seen.filter((id) => !stories.includes(id)), ...publications.map((p) => String(p.story))]
    return Response.json(
      { counted: publications.length },
      { headers: { 'set-cookie': idCookie(SEEN_COOKIE, nowSeen, secureCookies(req)) } },
    )
  },
}

/**
 * `POST /api/post-metrics/local/reaction {story}`: a reader likes a post on the public page, once per
 * browser (`fp_reacted`); answers the post's reactions so far.
 */
export const reactEndpoint: Endpoint = {
  path: '/local/reaction',
  method: 'post',
  handler: async (req) => {
    const [story] = storyIdsOf([(await jsonBody(req)).story]) ?? []
    if (!story) return refuseCounter(req, 'invalid_stories', 400)
    const [publication] = await localPublications(req.payload, [story])
    if (!publication) return refuseCounter(req, 'not_on_page', 404)
    const reacted = readIdCookie(req.headers.get('cookie'), REACTED_COOKIE)
    const total = async () =>
      (await latestTotals(req.payload, [publication.id], LOCAL_REACTIONS)).get(String(publication.id)) ?? 0
    if (reacted.includes(story)) return Response.json({ reacted: true, counted: false, reactions: await total() })
    if (!(await within(reactionLimit, req))) return refuseCounter(req, 'too_many', 429)
    await countOne(req.payload, publication, LOCAL_REACTIONS)
    return Response.json(
      { reacted: true, counted: true, reactions: await total() },
      { headers: { 'set-cookie': idCookie(REACTED_COOKIE, [...reacted, story], secureCookies(req)) } },
    )
  },
}
