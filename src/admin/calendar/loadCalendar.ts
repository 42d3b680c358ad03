import type { Payload } from 'payload'

import type { PublicationState } from '../../publishing/states'
import type { Id } from '../../workflow/roles'
import type { CalendarPeriod } from './calendarRange'
import { AREA_PALETTE } from './labels'
import { addDays, dayStart, vnDay } from '../../time/vietnam'

export interface CalendarArea {
  id: string
  name: string
  colour: string
}

export interface CalendarEntry {
  id: string
  storyId: string | null
  title: string
  channel: string
  state: PublicationState
  /** When it went out, or when it is due: the one time that places it on the calendar. */
  at: string
  day: string
  areaId: string | null
}

interface PublicationRow {
  id: Id
  state: PublicationState
  scheduledFor?: string | null
  publishedAt?: string | null
  story?: { id: Id; title?: string; area?: Id | { id: Id } | null } | Id | null
  channel?: { id: Id; name?: string } | Id | null
}

const idString = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: Id }).id)
    : value == null
      ? null
      : String(value)

/** Colours follow the order areas were created in, so an area keeps its colour as others are added. */
export const loadAreas = async (payload: Payload, user: unknown): Promise<CalendarArea[]> => {
  const found = await payload.find({
    collection: 'areas',
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user: user as never,
  })
  return (found.docs as unknown as { id: Id; name?: string }[]).map((area, index) => ({
    id: String(area.id),
    name: area.name ?? String(area.id),
    colour: AREA_PALETTE[index % AREA_PALETTE.length]!,
  }))
}

const within = (field: string, start: string, end: string) => ({
  and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than: end } }],
})

/**
 * The publications due or published in the days shown, as this user may read them (an editor sees
 * their areas' only). Cancelled ones are left out: the calendar is what goes out.
 */
export const loadEntries = async (
  payload: Payload,
  user: unknown,
  period: CalendarPeriod,
  area: string | null,
): Promise<CalendarEntry[]> => {
  const start = dayStart(period.first).toISOString()
  const end = dayStart(addDays(period.last, 1)).toISOString()
  const found = await payload.find({
    collection: 'publications',
    where: {
      and: [
        { state: { not_equals: 'cancelled' } },
        { or: [within('scheduledFor', start, end), within('publishedAt', start, end)] },
        ...(area ? [{ 'story.area': { equals: area } }] : []),
      ],
    },
    sort: 'scheduledFor',
    limit: 1000,
    depth: 1,
    select: { story: true, channel: true, state: true, scheduledFor: true, publishedAt: true },
    populate: { stories: { title: true, area: true }, channels: { name: true } } as never,
    overrideAccess: false,
    user: user as never,
  })
  return (found.docs as unknown as PublicationRow[]).flatMap((row) => {
    const at = row.state === 'published' && row.publishedAt ? row.publishedAt : row.scheduledFor
    const day = vnDay(at)
    if (!at || !day || day < period.first || day > period.last) return []
    const story = row.story && typeof row.story === 'object' ? row.story : null
    const channel = row.channel && typeof row.channel === 'object' ? row.channel : null
    return [
      {
        id: String(row.id),
        storyId: idString(row.story),
        title: story?.title ?? `#${idString(row.story) ?? '?'}`,
        channel: channel?.name ?? '',
        state: row.state,
        at,
        day,
        areaId: idString(story?.area),
      },
    ]
  })
}
