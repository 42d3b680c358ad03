// Finds the object a request addresses, checks its token and permissions, and runs the endpoint.
import type { PageHandler, RouteContext, RouteResult } from './context'
import { readPeopleEdge } from './campaignEngagement'
import { createComment, sendMessage } from './engage'
import { GraphFailure, unknownObject, unknownPath } from './errors'
import { readMany, runBatch } from './many'
import { pageInsights, postInsights } from './insights'
import { createFeedPost, uploadPhoto } from './publish'
import { listPosts, pageInfo, readPost } from './read'
import type { PageState } from './store'

interface PageRoute {
  handler: PageHandler
  permissions: readonly string[]
  /** Facebook answers a missing read permission with #10 and a missing write permission with #2xx. */
  denial: { code: number; status: number }
}

const READ = { code: 10, status: 400 }
const WRITE = { code: 200, status: 403 }
const PUBLISH_PERMISSIONS = ['pages_read_engagement', 'pages_manage_posts']

const PAGE_ROUTES: Record<string, PageRoute> = {
  'GET ': { handler: pageInfo, permissions: ['pages_read_engagement'], denial: READ },
  'GET feed': { handler: listPosts('published'), permissions: ['pages_read_engagement'], denial: READ },
  'GET posts': { handler: listPosts('published'), permissions: ['pages_read_engagement'], denial: READ },
  'GET published_posts': { handler: listPosts('published'), permissions: ['pages_read_engagement'], denial: READ },
  'GET scheduled_posts': { handler: listPosts('scheduled'), permissions: ['pages_read_engagement'], denial: READ },
  'POST feed': { handler: createFeedPost, permissions: PUBLISH_PERMISSIONS, denial: WRITE },
  'POST photos': { handler: uploadPhoto, permissions: PUBLISH_PERMISSIONS, denial: WRITE },
  'GET insights': { handler: pageInsights, permissions: ['read_insights'], denial: READ },
  'POST messages': { handler: sendMessage, permissions: ['pages_messaging'], denial: { code: 230, status: 403 } },
}

function tokenFailure(message: string, subcode?: number): GraphFailure {
  return new GraphFailure(400, 190, message, subcode, 'OAuthException', {
    'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message.replace(/"/g, "'")}"`,
  })
}

// `page` is undefined when the request addresses no known object: any token is then checked alone.
function authenticate(page: PageState | undefined, token: string | null): void {
  if (!token) throw tokenFailure('An access token is required to request this resource.')
  if (!page || token !== page.accessToken) throw tokenFailure('Invalid OAuth access token - Cannot parse access token')
  if (page.tokenExpired) {
    throw tokenFailure(
      'Error validating access token: Session has expired. The current time is after the expiry time.',
      463,
    )
  }
}

function authorize(page: PageState, permissions: readonly string[], denial: PageRoute['denial']): void {
  const missing = permissions.filter((permission) => !page.permissions.has(permission))
  if (missing.length === 0) return
  throw new GraphFailure(
    denial.status,
    denial.code,
    `(#${denial.code}) This endpoint requires the ${missing.join(' and ')} permission`,
  )
}

function ownerPage(context: RouteContext, pageId: string): PageState {
  const page = context.store.page(pageId)
  authenticate(page, context.request.accessToken)
  return page
}

export async function route(context: RouteContext): Promise<RouteResult> {
  const { method, segments, accessToken, path } = context.request
  const [id, edge = '', ...extra] = segments
  if (!id && method === 'GET' && context.request.fields.ids !== undefined) return readMany(context, route)
  if (!id && method === 'POST' && context.request.fields.batch !== undefined) return runBatch(context, route)
  // Only an insights edge takes a further segment: /{post-id}/insights/{metric}.
  if (!id || extra.length > 1 || (extra.length === 1 && edge !== 'insights')) throw unknownPath(path)
  const { store } = context

  const page = store.pages.get(id)
  if (page) {
    authenticate(page, accessToken)
    const pageRoute = PAGE_ROUTES[`${method} ${edge}`]
    if (!pageRoute || extra.length > 0) throw unknownPath(path)
    authorize(page, pageRoute.permissions, pageRoute.denial)
    store.spend(page.pageId)
    return pageRoute.handler(context, page)
  }

  const post = store.findPost(id)
  const comment = post ? undefined : store.findComment(id)
  const target = post ?? comment
  if (target) {
    const owner = ownerPage(context, target.pageId)
    store.spend(owner.pageId)
    if (method === 'GET' && edge === '' && post) {
      authorize(owner, ['pages_read_engagement'], READ)
      return readPost(context, post)
    }
    if (method === 'GET' && edge === 'insights' && post) {
      authorize(owner, ['read_insights', 'pages_read_engagement'], READ)
      return postInsights(context, post, extra[0])
    }
    if (method === 'GET' && (edge === 'reactions' || edge === 'comments') && post) {
      authorize(owner, ['pages_read_engagement'], READ)
      return readPeopleEdge(context, post, edge)
    }
    if (method === 'POST' && edge === 'comments') {
      authorize(owner, ['pages_manage_engagement'], WRITE)
      return createComment(context, owner, target.id)
    }
    throw unknownPath(path)
  }

  // An unknown token is reported before an unknown object, as Facebook does.
  const tokenIsKnown = [...store.pages.values()].some((candidate) => candidate.accessToken === accessToken)
  if (!tokenIsKnown) authenticate(undefined, accessToken)
  throw unknownObject(method, id)
}
