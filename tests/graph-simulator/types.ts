// Public shapes of the Graph API simulator, shared by the server, the CLI and the tests.

export interface PageOptions {
  pageId: string
  name: string
  followers: number
  accessToken: string
  /** Granted permissions; defaults to everything a publishing newsroom app asks for. */
  permissions?: readonly string[]
}

export interface UploadedFile {
  field: string
  filename: string
  contentType: string
  size: number
  sha256: string
  bytes: Buffer
}

export interface SimulatedPhoto {
  id: string
  pageId: string
  published: boolean
  caption: string | null
  /** `upload` for a multipart `source` part, `url` when Facebook was told to fetch it. */
  origin: 'upload' | 'url'
  url: string | null
  filename: string | null
  contentType: string | null
  sha256: string | null
  size: number | null
  /** The post that shows this photo, once it is published or attached. */
  postId: string | null
  created_time: string
}

export interface SimulatedPost {
  id: string
  pageId: string
  message: string | null
  link: string | null
  published: boolean
  scheduled_publish_time: number | null
  /** Photo ids in the order the post shows them. */
  attachedMedia: string[]
  photos: SimulatedPhoto[]
  created_time: string
  permalink_url: string
  /** Request fields as received, minus access_token. */
  fields: Record<string, string>
}

export interface SimulatedComment {
  id: string
  /** The post or comment this one answers. */
  parentId: string
  pageId: string
  message: string
  from: { id: string; name: string }
  created_time: string
  fields: Record<string, string>
}

export interface SimulatedMessage {
  id: string
  pageId: string
  recipient: Record<string, unknown>
  message: Record<string, unknown>
  messagingType: string
  tag: string | null
  created_time: string
  fields: Record<string, string>
}

export interface LoggedFile {
  field: string
  filename: string
  contentType: string
  size: number
  sha256: string
}

export interface RequestLogEntry {
  method: string
  /** The path as sent, version prefix included, query excluded. */
  path: string
  version: string | null
  /** Query and body fields merged, minus access_token. */
  fields: Record<string, string>
  files: LoggedFile[]
  /** HTTP status answered, or null when the socket was dropped. */
  status: number | null
  fault: FaultKind['type'] | null
  at: string
}

export type UsageHeaderName = 'x-app-usage' | 'x-business-use-case-usage' | 'x-page-usage'

export type FaultKind =
  | { type: 'latency'; ms: number }
  | { type: 'error'; status: number; code: number; subcode?: number; message: string; errorType?: string }
  | {
      type: 'throttle'
      code: 4 | 17 | 32 | 613
      usageHeader: UsageHeaderName
      /** Minutes, as Facebook reports it. */
      estimatedTimeToRegainAccess?: number
    }
  | { type: 'dropAfterProcessing' }
  | { type: 'dropBeforeProcessing' }
  /** `afterProcessing` performs the request first, like the HTTP 500s that still published a post. */
  | { type: 'status5xx'; status: number; afterProcessing?: boolean }

export interface FaultMatch {
  method?: string
  /** Substring of the request path, with or without the version prefix. */
  pathIncludes?: string
}

export interface FaultSpec {
  match?: FaultMatch
  /** How many matching requests the fault applies to; defaults to 1. */
  times?: number
  kind: FaultKind
}

export interface UsageBudget {
  /** Calls a page may take in the window (each object of a batch or `?ids=` call counts). */
  calls: number
  windowMs: number
}

export interface SimulatorOptions {
  /** Business-use-case limit per page; none by default (no usage headers, no #80001). */
  usageBudget?: UsageBudget
  /** Added to every request before anything else happens. */
  latencyMs?: number
  port?: number
  host?: string
  /** Download photos given by `url` to record their hash and size; off by default (tests run offline). */
  fetchPhotoUrls?: boolean
  /** Clock used for created_time; lets tests control `since`. */
  now?: () => Date
  /** Called once a request has been answered or dropped. */
  onRequest?: (entry: RequestLogEntry) => void
}

export interface GraphSimulator {
  url: string
  close(): Promise<void>
  addPage(page: PageOptions): void
  expireToken(pageId: string): void
  /** Replaces the page token (and clears its expiry), as after re-authorisation. */
  setPageToken(pageId: string, accessToken: string): void
  setPermissions(pageId: string, permissions: readonly string[]): void
  posts(pageId: string): SimulatedPost[]
  photos(pageId: string): SimulatedPhoto[]
  comments(parentId?: string): SimulatedComment[]
  messages(pageId: string): SimulatedMessage[]
  /** Seeds a visitor's comment, e.g. one the inbox will later answer. */
  addComment(input: { parentId: string; message: string; from?: { id: string; name: string } }): SimulatedComment
  readonly requests: readonly RequestLogEntry[]
  injectFault(fault: FaultSpec): void
  /** Sets (or with null lifts) the per-page call budget behind usage headers and #80001. */
  setUsageBudget(budget: UsageBudget | null): void
  /** From now on this insights metric is refused as invalid, like one Facebook retired. */
  retireMetric(name: string): void
  /** Adds a published post directly, as if it went out at `at` (for benchmarks: no upload round trip). */
  seedPost(input: { pageId: string; at: Date; message?: string }): SimulatedPost
  /** Deletes a post, as a page admin would on Facebook: it is then an unknown object. */
  deletePost(postId: string): void
  /** A post's lifetime figures as the simulator would answer them now. */
  postFigures(postId: string): Record<string, number>
  clearFaults(): void
  /** Forgets posts, photos, comments, messages, requests, faults and token expiry; keeps the pages. */
  reset(): void
}
