'use client'
import { useAuth, useConfig, useListQuery } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import type { MouseEvent } from 'react'
import { useEffect, useMemo, useRef, useState } from 'react'

import { useNewsroomTranslation } from './i18n'
import {
  ALL_MARKER,
  type Queue,
  type QueueKey,
  activeQueue,
  queueCountSearch,
  queueSearch,
  queuesFor,
  wantsMainQueue,
} from './queues/queues'
import './QueueTabs.scss'

/** Per-role queues above the stories list; a bare list opens on the user's main queue. */
export const QueueTabs = () => {
  const { t } = useNewsroomTranslation()
  const { user } = useAuth()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { query, refineListData } = useListQuery()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const queues = useMemo(() => queuesFor(user), [user])
  const redirected = useRef(false)
  const [counts, setCounts] = useState<Partial<Record<QueueKey, number>>>({})

  // Through the list's own query state, not a plain link: Payload merges its remembered query into the
  // URL, so a link to the unfiltered list would get the previous queue's filter back.
  const open = (queue: Queue, modified = true) =>
    refineListData(
      { where: queue.where, sort: queue.sort, [ALL_MARKER[0]]: queue.where ? undefined : ALL_MARKER[1] },
      modified,
    )

  useEffect(() => {
    if (redirected.current || queues.length === 0) return
    redirected.current = true
    if (wantsMainQueue(new URLSearchParams(search))) void open(queues[0], false)
    // Only the first render of the list decides; later changes are the user's own choices.
  }, [queues])

  // Counted again on every list navigation, since that is when the user expects fresh numbers.
  useEffect(() => {
    const controller = new AbortController()
    void Promise.all(
      queues.map(async (queue) => {
        const response = await fetch(`${api}/stories/count?${queueCountSearch(queue)}`, {
          credentials: 'include',
          signal: controller.signal,
        })
        const body = response.ok ? ((await response.json()) as { totalDocs?: number }) : {}
        return [queue.key, body.totalDocs] as const
      }),
    )
      .then((entries) => setCounts(Object.fromEntries(entries.filter(([, count]) => typeof count === 'number'))))
      .catch(() => {})
    return () => controller.abort()
  }, [api, queues, search])

  if (queues.length === 0) return null
  const active = activeQueue(queues, query?.where)

  const follow = (queue: Queue) => (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window gets the plain link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void open(queue)
  }

  return (
    <nav aria-label={t('newsroom:queues')} className="newsroom-queues">
      {queues.map((queue) => (
        <a
          aria-current={queue.key === active ? 'page' : undefined}
          className={`newsroom-queues__tab${queue.key === active ? ' newsroom-queues__tab--active' : ''}`}
          data-queue={queue.key}
          href={`${pathname}?${queueSearch(queue)}`}
          key={queue.key}
          onClick={follow(queue)}
        >
          <span>{t(queue.label)}</span>
          {counts[queue.key] !== undefined ? <span className="newsroom-queues__count">{counts[queue.key]}</span> : null}
        </a>
      ))}
    </nav>
  )
}
