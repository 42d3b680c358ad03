import type { Where } from 'payload'

import { toActor } from '../../auth/actor'
import { hasRole } from '../../workflow/roles'
import type { NewsroomKey } from '../i18n'
import { inPagesWithRole } from './pageScope'

export type QueueKey = 'board' | 'area' | 'mine' | 'all'

export interface Queue {
  key: QueueKey
  label: NewsroomKey
  where?: Where
  sort: string
}

/** Marks the unfiltered list as chosen, so that opening it does not send the user back to their queue. */
export const ALL_MARKER = ['queue', 'all'] as const

/**
 * The queues this user works from, main queue first (board, then editor, then collaborator), and the
 * whole list last. Queues sort oldest-in-stage first: whoever waited longest is served first. The
 * board and area queues hold only the pages where the user has that role (an editor of page A sees
 * A's queue, whatever they are in page B); `hasRole` on the union only decides which queues exist.
 */
export const queuesFor = (user: unknown): Queue[] => {
  const actor = toActor(user)
  if (!actor) return []
  const queues: Queue[] = []
  if (hasRole(actor, 'board')) {
    queues.push({
      key: 'board',
      label: 'newsroom:boardQueue',
      where: inPagesWithRole(actor, ['board'], { and: [{ stage: { equals: 'awaiting_approval' } }] }),
      sort: 'stageChangedAt',
    })
  }
  if (hasRole(actor, 'editor') && actor.areas.length > 0) {
    queues.push({
      key: 'area',
      label: 'newsroom:areaQueue',
      where: inPagesWithRole(actor, ['editor'], {
        and: [{ area: { in: [...actor.areas] } }, { stage: { in: ['submitted', 'in_review'] } }],
      }),
      sort: 'stageChangedAt',
    })
  }
  if (hasRole(actor, 'collaborator')) {
    queues.push({
      key: 'mine',
      label: 'newsroom:myStories',
      where: { and: [{ author: { equals: actor.id } }] },
      sort: '-updatedAt',
    })
  }
  if (queues.length > 0) queues.push({ key: 'all', label: 'newsroom:allStories', sort: '-updatedAt' })
  return queues
}

/** `where[and][0][area][in][0]=1` pairs: the qs notation Payload's list view and REST API read. */
export const whereParams = (value: unknown, prefix = 'where'): [string, string][] => {
  if (Array.isArray(value)) return value.flatMap((item, index) => whereParams(item, `${prefix}[${index}]`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => whereParams(item, `${prefix}[${key}]`))
  }
  return value === undefined ? [] : [[prefix, String(value)]]
}

export const encodeSearch = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')

export const queueSearch = (queue: Queue): string =>
  encodeSearch([...whereParams(queue.where), ...(queue.where ? [] : [ALL_MARKER]), ['sort', queue.sort]])

/** The query string counting what a queue (or any saved filter) holds. */
export const countSearch = (filter: { where?: Where }): string => encodeSearch(whereParams(filter.where))

/** A filter's identity, whatever the order or the encoding of its parameters. */
export const whereSignature = (pairs: Iterable<[string, string]>): string =>
  [...pairs]
    .filter(([key]) => key === 'where' || key.startsWith('where['))
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('&')

/** The queue (or saved filter) whose filter the list shows now, if any. */
export const activeQueue = <Key extends string>(
  queues: readonly { key: Key; where?: Where }[],
  where: unknown,
): Key | null => {
  const current = whereSignature(whereParams(where))
  return queues.find((queue) => whereSignature(whereParams(queue.where)) === current)?.key ?? null
}

/** The list was opened bare (from the menu, a bookmark): the user belongs on their main queue. */
export const wantsMainQueue = (search: URLSearchParams): boolean =>
  whereSignature(search.entries()) === '' && search.get(ALL_MARKER[0]) !== ALL_MARKER[1] && !search.has('search')
