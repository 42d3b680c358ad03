import type { Id } from '../workflow/roles'

/** One day of a page's publishing calendar (a local day, Asia/Ho_Chi_Minh). */
export interface CalendarDay {
  day: string
  /** Posts still to go out that day (queued, publishing, unconfirmed). */
  scheduled: number
  published: number
  failed: number
}

export interface ChannelStatus {
  id: Id
  name: string
  kind: string
  enabled: boolean
  needsReconnect: boolean
}

export type NetworkAlert = 'channel_reconnect' | 'inbox_overdue'

/** What the district sees of one page: figures only, never its documents. */
export interface PageFigures {
  page: { id: Id; name: string; slug: string; level: string; parent: Id | null }
  /** 7 days back, today, 7 days ahead. */
  calendar: CalendarDay[]
  inbox: { open: number; overdue: number }
  /** Time to first reply of the items received in the 30 days before the end of the period (seconds). */
  responseTimes: { answered: number; medianSeconds: number | null; p90Seconds: number | null }
  /** Workflow events inside the period [from, to). */
  stories: {
    submitted: number
    approved: number
    published: number
    rebuttalsSubmitted: number
    rebuttalsPublished: number
  }
  channels: ChannelStatus[]
  alerts: NetworkAlert[]
}

export interface FiguresQuery {
  pages: readonly Id[]
  /** The period of the story figures: [from, to). */
  from: Date
  to: Date
  /** The clock (tests pass theirs); now by default. */
  now?: Date
}

/** The instants each group of figures covers, worked out once from a query. */
export interface FiguresWindows {
  pages: readonly Id[]
  from: Date
  to: Date
  now: Date
  calendarDays: string[]
  calendarFrom: Date
  calendarTo: Date
  responseFrom: Date
  responseTo: Date
}

/** Per-page rows every source (SQL or the local API) returns; `assemble` turns them into PageFigures. */
export interface FigureRows {
  calendar: { page: Id; day: string; state: string; count: number }[]
  inbox: { page: Id; open: number; overdue: number }[]
  responses: { page: Id; answered: number; medianSeconds: number | null; p90Seconds: number | null }[]
  stories: {
    page: Id
    submitted: number
    approved: number
    published: number
    rebuttalsSubmitted: number
    rebuttalsPublished: number
  }[]
  channels: (ChannelStatus & { page: Id })[]
}
