import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import { localFigureRows } from './localFigures'
import { sqlFigureRows } from './sqlFigures'
import type { FigureRows, FiguresQuery, FiguresWindows, NetworkAlert, PageFigures } from './types'
import { PENDING_PUBLICATION_STATES, windowsOf } from './windows'

export type { FiguresQuery, PageFigures } from './types'
export type FiguresSource = 'database' | 'localApi'

const byPage = <T extends { page: Id }>(rows: readonly T[]) => {
  const grouped = new Map<string, T[]>()
  for (const row of rows) grouped.set(String(row.page), [...(grouped.get(String(row.page)) ?? []), row])
  return (page: Id) => grouped.get(String(page)) ?? []
}

/** Why the district looks at a page now: a channel to reconnect, an inbox item past its reply time. */
export const alertsOf = (figures: Pick<PageFigures, 'channels' | 'inbox'>): NetworkAlert[] => [
  ...(figures.channels.some((channel) => channel.enabled && channel.needsReconnect)
    ? ['channel_reconnect' as const]
    : []),
  ...(figures.inbox.overdue > 0 ? ['inbox_overdue' as const] : []),
]

const assemble = (
  pages: { id: Id; name: string; slug: string; level: string; parent: Id | null }[],
  windows: FiguresWindows,
  rows: FigureRows,
): PageFigures[] => {
  const calendarOf = byPage(rows.calendar)
  const inboxOf = byPage(rows.inbox)
  const responsesOf = byPage(rows.responses)
  const storiesOf = byPage(rows.stories)
  const channelsOf = byPage(rows.channels)
  return pages.map((page) => {
    const posts = calendarOf(page.id)
    const calendar = windows.calendarDays.map((day) => {
      const sum = (states: readonly string[]) =>
        posts
          .filter((row) => row.day === day && states.includes(row.state))
          .reduce((total, row) => total + row.count, 0)
      return { day, scheduled: sum(PENDING_PUBLICATION_STATES), published: sum(['published']), failed: sum(['failed']) }
    })
    const inbox = inboxOf(page.id)[0] ?? { open: 0, overdue: 0 }
    const responses = responsesOf(page.id)[0] ?? { answered: 0, medianSeconds: null, p90Seconds: null }
    const stories = storiesOf(page.id)[0] ?? {
      submitted: 0,
      approved: 0,
      published: 0,
      rebuttalsSubmitted: 0,
      rebuttalsPublished: 0,
    }
    const channels = channelsOf(page.id)
      .map(({ page: _page, ...channel }) => channel)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    const figures = {
      page,
      calendar,
      inbox: { open: inbox.open, overdue: inbox.overdue },
      responseTimes: {
        answered: responses.answered,
        medianSeconds: responses.medianSeconds,
        p90Seconds: responses.p90Seconds,
      },
      stories: {
        submitted: stories.submitted,
        approved: stories.approved,
        published: stories.published,
        rebuttalsSubmitted: stories.rebuttalsSubmitted,
        rebuttalsPublished: stories.rebuttalsPublished,
      },
      channels,
    }
    return { ...figures, alerts: alertsOf(figures) }
  })
}

/**
 * The district view's figures for these pages, in the order given: counted by the database (five
 * aggregate queries over all the pages, on SQLite and PostgreSQL) or, on MongoDB or when asked
 * (`source: 'localApi'`, the bench's baseline), through the local API. No access check here: the
 * endpoint decides which pages a user may see (`src/network/endpoint.ts`).
 */
export const networkFigures = async (
  payload: Payload,
  query: FiguresQuery,
  source: FiguresSource = 'database',
): Promise<PageFigures[]> => {
  if (query.pages.length === 0) return []
  const windows = windowsOf(query)
  const dialect = payload.db.name
  const rows =
    source === 'database' && (dialect === 'sqlite' || dialect === 'postgres')
      ? await sqlFigureRows(payload, dialect, windows)
      : await localFigureRows(payload, windows)
  const found = await payload.find({
    collection: 'pages',
    where: { id: { in: [...query.pages] } },
    select: { name: true, slug: true, level: true, parent: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pages = new Map(
    found.docs.map((doc) => [
      String(doc.id),
      {
        id: doc.id as Id,
        name: String(doc.name),
        slug: String(doc.slug),
        level: String(doc.level),
        parent: relationId(doc.parent as never) ?? null,
      },
    ]),
  )
  const ordered = query.pages.flatMap((id) => pages.get(String(id)) ?? [])
  return assemble(ordered, windows, rows)
}
