// In-memory state of the simulated pages: what Facebook would have stored.
import { GraphFailure } from './errors'
import type {
  PageOptions,
  UsageBudget,
  SimulatedComment,
  SimulatedMessage,
  SimulatedPhoto,
  SimulatedPost,
} from './types'

export const DEFAULT_PERMISSIONS = [
  'pages_show_list',
  'read_insights',
  'pages_read_engagement',
  'pages_read_user_engagement',
  'pages_manage_posts',
  'pages_manage_engagement',
  'pages_messaging',
] as const

export interface PageState {
  pageId: string
  name: string
  followers: number
  accessToken: string
  permissions: Set<string>
  tokenExpired: boolean
}

export interface NewPost {
  message: string | null
  link: string | null
  published: boolean
  scheduledPublishTime: number | null
  mediaIds: string[]
  fields: Record<string, string>
}

export type NewPhoto = Omit<SimulatedPhoto, 'id' | 'postId' | 'created_time'>

// Graph timestamps look like 2024-05-01T10:00:00+0000: seconds, explicit offset.
export function graphTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000')
}

const FIRST_PHOTO_ID = 880_000_000_001

export class SimulatorStore {
  readonly pages = new Map<string, PageState>()
  private posts: SimulatedPost[] = []
  private postsById = new Map<string, SimulatedPost>()
  private pageTimes = new Map<string, number>()
  /** Metrics answered with the invalid-metric error from now on, as after a Graph API retirement. */
  readonly retiredMetrics = new Set<string>()
  /** Graph calls per page (a batch or `?ids=` counts each object), for the usage headers. */
  readonly callTimes = new Map<string, number[]>()
  private postTimes = new Map<string, number>()
  private postCounters = new Map<string, number>()
  private photos = new Map<string, SimulatedPhoto>()
  private comments: SimulatedComment[] = []
  private messages: SimulatedMessage[] = []
  private sequence = 0

  /** With a budget, calls beyond it in the window are refused (#80001) and usage headers are sent. */
  usageBudget: UsageBudget | null = null

  constructor(private readonly now: () => Date) {}

  private callsInWindow(pageId: string): number[] {
    const since = this.nowMs() - (this.usageBudget?.windowMs ?? 0)
    const calls = (this.callTimes.get(pageId) ?? []).filter((at) => at > since)
    this.callTimes.set(pageId, calls)
    return calls
  }

  /** Counts one call on a page's quota, or refuses it as Facebook's business-use-case limit does. */
  spend(pageId: string): void {
    if (!this.usageBudget) return
    const calls = this.callsInWindow(pageId)
    if (calls.length >= this.usageBudget.calls) {
      throw new GraphFailure(
        400,
        80001,
        '(#80001) There have been too many calls to this Page account. Wait a bit and try again.',
        undefined,
        'OAuthException',
        { 'x-business-use-case-usage': this.usageHeader(pageId) },
      )
    }
    calls.push(this.nowMs())
  }

  /** X-Business-Use-Case-Usage for a page: percentages of the budget, and minutes until it frees. */
  usageHeader(pageId: string): string {
    const budget = this.usageBudget ?? { calls: 1, windowMs: 0 }
    const calls = this.callsInWindow(pageId)
    const percent = Math.min(100, Math.round((100 * calls.length) / budget.calls))
    const regainMs = calls.length >= budget.calls ? (calls[0] ?? 0) + budget.windowMs - this.nowMs() : 0
    return JSON.stringify({
      [pageId]: [
        {
          type: 'pages',
          call_count: percent,
          total_cputime: Math.round(percent / 3),
          total_time: Math.round(percent / 2),
          estimated_time_to_regain_access: Math.max(0, Math.ceil(regainMs / 60_000)),
        },
      ],
    })
  }

  addPage(options: PageOptions): void {
    if (!options.pageId || /[/_]/.test(options.pageId)) {
      throw new TypeError(`Page id "${options.pageId}" must be non-empty and contain no "/" or "_"`)
    }
    this.pages.set(options.pageId, {
      pageId: options.pageId,
      name: options.name,
      followers: options.followers,
      accessToken: options.accessToken,
      permissions: new Set(options.permissions ?? DEFAULT_PERMISSIONS),
      tokenExpired: false,
    })
    this.pageTimes.set(options.pageId, this.now().getTime())
  }

  pageCreatedAt(pageId: string): number {
    return this.pageTimes.get(pageId) ?? 0
  }

  pageOfToken(token: string | null): PageState | undefined {
    return [...this.pages.values()].find((page) => page.accessToken === token)
  }

  page(pageId: string): PageState {
    const page = this.pages.get(pageId)
    if (!page) throw new Error(`No simulated page ${pageId}`)
    return page
  }

  findPost(id: string): SimulatedPost | undefined {
    return this.postsById.get(id)
  }

  /** A post deleted on the page: Facebook no longer knows it. */
  deletePost(id: string): void {
    this.postsById.delete(id)
    this.posts = this.posts.filter((post) => post.id !== id)
  }

  findPhoto(id: string): SimulatedPhoto | undefined {
    return this.photos.get(id)
  }

  findComment(id: string): SimulatedComment | undefined {
    return this.comments.find((comment) => comment.id === id)
  }

  nowMs(): number {
    return this.now().getTime()
  }

  createdAt(post: SimulatedPost): number {
    return this.postTimes.get(post.id) ?? 0
  }

  createPhoto(input: NewPhoto): SimulatedPhoto {
    const id = String(FIRST_PHOTO_ID + this.photos.size)
    const photo: SimulatedPhoto = { ...input, id, postId: null, created_time: graphTime(this.now()) }
    this.photos.set(id, photo)
    return photo
  }

  createPost(page: PageState, input: NewPost, at?: Date): SimulatedPost {
    const n = (this.postCounters.get(page.pageId) ?? 0) + 1
    this.postCounters.set(page.pageId, n)
    const id = `${page.pageId}_${n}`
    const now = at ?? this.now()
    const photos = input.mediaIds.map((mediaId) => {
      const photo = this.photos.get(mediaId)
      if (!photo) throw new Error(`Unknown photo ${mediaId}`)
      photo.postId = id
      return photo
    })
    const post: SimulatedPost = {
      id,
      pageId: page.pageId,
      message: input.message,
      link: input.link,
      published: input.published,
      scheduled_publish_time: input.scheduledPublishTime,
      attachedMedia: [...input.mediaIds],
      photos,
      created_time: graphTime(now),
      permalink_url: `https://www.facebook.com/${page.pageId}/posts/${n}`,
      fields: input.fields,
    }
    this.posts.push(post)
    this.postsById.set(id, post)
    this.postTimes.set(id, now.getTime())
    return post
  }

  addComment(
    parentId: string,
    pageId: string,
    message: string,
    from: SimulatedComment['from'],
    fields = {},
  ): SimulatedComment {
    this.sequence += 1
    const comment: SimulatedComment = {
      id: `${parentId}_${this.sequence}`,
      parentId,
      pageId,
      message,
      from,
      created_time: graphTime(this.now()),
      fields,
    }
    this.comments.push(comment)
    return comment
  }

  addMessage(input: Omit<SimulatedMessage, 'id' | 'created_time'>): SimulatedMessage {
    this.sequence += 1
    const message: SimulatedMessage = { ...input, id: `m_sim${this.sequence}`, created_time: graphTime(this.now()) }
    this.messages.push(message)
    return message
  }

  /** Posts of a page, oldest first. */
  pagePosts(pageId: string): SimulatedPost[] {
    return this.posts.filter((post) => post.pageId === pageId)
  }

  pagePhotos(pageId: string): SimulatedPhoto[] {
    return [...this.photos.values()].filter((photo) => photo.pageId === pageId)
  }

  commentsOf(parentId?: string): SimulatedComment[] {
    return this.comments.filter((comment) => parentId === undefined || comment.parentId === parentId)
  }

  pageMessages(pageId: string): SimulatedMessage[] {
    return this.messages.filter((message) => message.pageId === pageId)
  }

  reset(): void {
    this.posts = []
    this.postsById.clear()
    this.retiredMetrics.clear()
    this.callTimes.clear()
    this.postTimes.clear()
    this.postCounters.clear()
    this.photos.clear()
    this.comments = []
    this.messages = []
    this.sequence = 0
    for (const page of this.pages.values()) page.tokenExpired = false
  }
}
