import type { Payload, Where } from 'payload'

import { relationId } from '../auth/actor'
import { localDay } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import type { FigureRows, FiguresWindows } from './types'
import { OPEN_INBOX_STATES, nearestRank } from './windows'

type Row = Record<string, unknown>

const inPages = (windows: FiguresWindows): Where => ({ page: { in: [...windows.pages] } })
const at = (value: unknown) => new Date(String(value)).getTime()
const pageOf = (doc: Row) => relationId(doc.page as never) as Id

/** Every matching document with only the fields asked for, through the local API (no access rules). */
const all = async (
  payload: Payload,
  collection: 'publications' | 'inbox' | 'stories' | 'channels',
  where: Where,
  select: Record<string, true>,
) =>
  (
    await payload.find({
      collection,
      where,
      select: select as never,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs as unknown as Row[]

const tally = <T extends { page: Id }>(groups: Map<string, T>, page: Id, empty: Omit<T, 'page'>): T => {
  const key = String(page)
  const found = groups.get(key) ?? ({ page, ...empty } as T)
  groups.set(key, found)
  return found
}

/**
 * The district view's rows through the local API, counted in this process: MongoDB's path, and the
 * baseline `bench/network` compares the SQL aggregates with. Same rows as `sqlFigureRows`.
 */
export const localFigureRows = async (payload: Payload, windows: FiguresWindows): Promise<FigureRows> => {
  const { from, to, now, calendarFrom, calendarTo, responseFrom, responseTo } = windows
  const [publications, openItems, answeredItems, stories, channels] = await Promise.all([
    all(
      payload,
      'publications',
      {
        and: [
          inPages(windows),
          { state: { not_equals: 'cancelled' } },
          {
            or: [
              { publishedAt: { greater_than_equal: calendarFrom.toISOString(), less_than: calendarTo.toISOString() } },
              {
                and: [
                  { publishedAt: { exists: false } },
                  {
                    scheduledFor: {
                      greater_than_equal: calendarFrom.toISOString(),
                      less_than: calendarTo.toISOString(),
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
      { page: true, state: true, scheduledFor: true, publishedAt: true },
    ),
    all(
      payload,
      'inbox',
      { and: [inPages(windows), { state: { in: [...OPEN_INBOX_STATES] } }] },
      { page: true, dueAt: true },
    ),
    all(
      payload,
      'inbox',
      {
        and: [
          inPages(windows),
          { receivedAt: { greater_than_equal: responseFrom.toISOString(), less_than: responseTo.toISOString() } },
        ],
      },
      { page: true, receivedAt: true, replies: true },
    ),
    all(
      payload,
      'stories',
      {
        and: [
          inPages(windows),
          { 'history.at': { greater_than_equal: from.toISOString(), less_than: to.toISOString() } },
        ],
      },
      { page: true, format: true, history: true },
    ),
    all(payload, 'channels', inPages(windows), {
      page: true,
      name: true,
      kind: true,
      enabled: true,
      needsReconnect: true,
    }),
  ])

  const calendar = new Map<string, { page: Id; day: string; state: string; count: number }>()
  for (const publication of publications) {
    const when = new Date(String(publication.publishedAt ?? publication.scheduledFor))
    if (when < calendarFrom || when >= calendarTo) continue
    const day = localDay(when)
    const key = `${String(publication.page)}|${day}|${String(publication.state)}`
    const found = calendar.get(key) ?? { page: pageOf(publication), day, state: String(publication.state), count: 0 }
    found.count += 1
    calendar.set(key, found)
  }

  const inbox = new Map<string, { page: Id; open: number; overdue: number }>()
  for (const item of openItems) {
    const row = tally(inbox, pageOf(item), { open: 0, overdue: 0 })
    row.open += 1
    if (item.dueAt && at(item.dueAt) < now.getTime()) row.overdue += 1
  }

  const waits = new Map<string, { page: Id; seconds: number[] }>()
  for (const item of answeredItems) {
    const replies = (item.replies as { at: string }[] | null | undefined) ?? []
    if (replies.length === 0) continue
    const first = Math.min(...replies.map((reply) => at(reply.at)))
    const page = pageOf(item)
    const found = waits.get(String(page)) ?? { page, seconds: [] }
    found.seconds.push(Math.round((first - at(item.receivedAt)) / 1000))
    waits.set(String(page), found)
  }

  const storyFigures = new Map<
    string,
    {
      page: Id
      submitted: number
      approved: number
      published: number
      rebuttalsSubmitted: number
      rebuttalsPublished: number
    }
  >()
  for (const story of stories) {
    const rebuttal = story.format === 'rebuttal'
    for (const entry of (story.history as { action: string; to: string; at: string }[] | null | undefined) ?? []) {
      const when = at(entry.at)
      if (when < from.getTime() || when >= to.getTime()) continue
      const row = tally(storyFigures, pageOf(story), {
        submitted: 0,
        approved: 0,
        published: 0,
        rebuttalsSubmitted: 0,
        rebuttalsPublished: 0,
      })
      if (entry.action === 'submit') {
        row.submitted += 1
        if (rebuttal) row.rebuttalsSubmitted += 1
      }
      if (entry.action === 'approve') row.approved += 1
      if (entry.to === 'published') {
        row.published += 1
        if (rebuttal) row.rebuttalsPublished += 1
      }
    }
  }

  return {
    calendar: [...calendar.values()],
    inbox: [...inbox.values()],
    responses: [...waits.values()].map(({ page, seconds }) => {
      const sorted = [...seconds].sort((a, b) => a - b)
      return {
        page,
        answered: sorted.length,
        medianSeconds: nearestRank(sorted, 0.5),
        p90Seconds: nearestRank(sorted, 0.9),
      }
    }),
    stories: [...storyFigures.values()],
    channels: channels.map((channel) => ({
      id: channel.id as Id,
      page: pageOf(channel),
      name: String(channel.name),
      kind: String(channel.kind),
      enabled: channel.enabled === true,
      needsReconnect: channel.needsReconnect === true,
    })),
  }
}
