// Read endpoints: page info, post lists, single posts, with Graph-style `fields` selection.
import { ok, parseTimestamp, type PageHandler, type RouteContext, type RouteResult } from './context'
import { invalidParam } from './errors'
import { engagementFields } from './insights'
import type { PageState } from './store'
import type { SimulatedPhoto, SimulatedPost } from './types'

const DEFAULT_LIMIT = 25
const MAX_LIMIT = 100

// Splits "id,attachments{url,media_type},message" on top-level commas only.
function splitFields(value: string): string[] {
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const char of value) {
    if (char === '{' || char === '(') depth += 1
    if (char === '}' || char === ')') depth -= 1
    if (char === ',' && depth === 0) {
      names.push(current)
      current = ''
    } else {
      current += char
    }
  }
  names.push(current)
  return names.map((name) => name.trim()).filter(Boolean)
}

function select(requested: string, nodeType: string, getters: Record<string, () => unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const field of splitFields(requested)) {
    // Sub-field selections such as attachments{url} are accepted; the whole edge is returned.
    // …and so are modifiers such as reactions.summary(total_count).limit(0).
    const name = field.replace(/\{.*\}$/s, '').split('.')[0] ?? ''
    const getter = getters[name]
    if (!getter) throw invalidParam(`Tried accessing nonexisting field (${name}) on node type (${nodeType})`)
    const value = getter()
    // Facebook leaves out fields that have no value rather than sending null.
    if (value !== null && value !== undefined) result[name] = value
  }
  // Graph nodes always carry their id, whatever was asked for.
  if (!('id' in result) && getters.id) result.id = getters.id()
  return result
}

function photoAttachment(photo: SimulatedPhoto) {
  return { media_type: 'photo', target: { id: photo.id }, url: `https://www.facebook.com/photo.php?fbid=${photo.id}` }
}

function attachments(post: SimulatedPost) {
  if (post.photos.length === 1 && post.photos[0]) return { data: [photoAttachment(post.photos[0])] }
  if (post.photos.length > 1) {
    return { data: [{ media_type: 'album', subattachments: { data: post.photos.map(photoAttachment) } }] }
  }
  if (post.link) return { data: [{ media_type: 'link', url: post.link, unshimmed_url: post.link }] }
  return null
}

export function projectPost(context: RouteContext, post: SimulatedPost, requested = 'id,message,created_time') {
  const page = context.store.pages.get(post.pageId)
  return select(requested, 'Post', {
    id: () => post.id,
    message: () => post.message,
    created_time: () => post.created_time,
    permalink_url: () => post.permalink_url,
    is_published: () => post.published,
    link: () => post.link,
    scheduled_publish_time: () => post.scheduled_publish_time,
    attachments: () => attachments(post),
    from: () => (page ? { id: page.pageId, name: page.name } : null),
    ...engagementFields(context, post),
  })
}

export const pageInfo: PageHandler = (context, page) =>
  ok(
    select(context.request.fields.fields || 'id,name', 'Page', {
      id: () => page.pageId,
      name: () => page.name,
      followers_count: () => page.followers,
      fan_count: () => page.followers,
      link: () => `https://www.facebook.com/${page.pageId}`,
    }),
  )

function parseLimit(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_LIMIT
  const limit = Number(value)
  if (!Number.isInteger(limit) || limit < 1) throw invalidParam('Param limit must be a positive integer')
  return Math.min(limit, MAX_LIMIT)
}

function parseCursor(value: string | undefined): number {
  if (!value) return 0
  const offset = Number(Buffer.from(value, 'base64url').toString('utf8'))
  if (!Number.isInteger(offset) || offset < 0) throw invalidParam('Param after is not a valid cursor')
  return offset
}

function listResult(context: RouteContext, posts: SimulatedPost[]): RouteResult {
  const { fields } = context.request
  const limit = parseLimit(fields.limit)
  const offset = parseCursor(fields.after)
  const since = fields.since ? parseTimestamp('since', fields.since) : null
  const until = fields.until ? parseTimestamp('until', fields.until) : null
  const seconds = (post: SimulatedPost) => Math.floor(context.store.createdAt(post) / 1000)
  const matching = posts
    .map((post, index) => ({ post, index }))
    .filter(({ post }) => (since === null || seconds(post) >= since) && (until === null || seconds(post) <= until))
    .sort((a, b) => context.store.createdAt(b.post) - context.store.createdAt(a.post) || b.index - a.index)
    .map(({ post }) => post)

  const page = matching.slice(offset, offset + limit)
  const data = page.map((post) => projectPost(context, post, fields.fields || undefined))
  if (offset + limit >= matching.length) return ok({ data })
  const after = Buffer.from(String(offset + limit)).toString('base64url')
  const next = new URL(context.request.path, context.baseUrl)
  for (const [key, value] of Object.entries({ ...fields, after })) next.searchParams.set(key, value)
  return ok({ data, paging: { cursors: { after }, next: next.toString() } })
}

export function listPosts(which: 'published' | 'scheduled'): PageHandler {
  return (context, page: PageState) => {
    const posts = context.store
      .pagePosts(page.pageId)
      .filter((post) =>
        which === 'published' ? post.published : !post.published && post.scheduled_publish_time !== null,
      )
    return listResult(context, posts)
  }
}

export function readPost(context: RouteContext, post: SimulatedPost): RouteResult {
  return ok(projectPost(context, post, context.request.fields.fields || undefined))
}
