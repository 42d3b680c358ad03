'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useRef, useState } from 'react'

import { useNewsroomTranslation } from './i18n'
import { type QueueKey, activeQueue, queueCountSearch, queueSearch, queuesFor, wantsMainQueue } from './queues/queues'
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
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const queues = useMemo(() => queuesFor(user), [user])
  const redirected = useRef(false)
  const [counts, setCounts] = useState<Partial<Record<QueueKey, number>>>({})
  const search = searchParams.toString()

  useEffect(() => {
    if (redirected.current || queues.length === 0) return
    if (!wantsMainQueue(new URLSearchParams(search))) return
    redirected.current = true
    router.replace(`${pathname}?${queueSearch(queues[0])}`)
  }, [pathname, queues, router, search])

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
  const active = activeQueue(queues, new URLSearchParams(search))
  return (
    <nav aria-label={t('newsroom:queues')} className="newsroom-queues">
      {queues.map((queue) => (
        <Link
          aria-current={queue.key === active ? 'page' : undefined}
          className={`newsroom-queues__tab${queue.key === active ? ' newsroom-queues__tab--active' : ''}`}
          data-queue={queue.key}
          href={`${pathname}?${queueSearch(queue)}`}
          key={queue.key}
        >
          <span>{t(queue.label)}</span>
          {counts[queue.key] !== undefined ? <span className="newsroom-queues__count">{counts[queue.key]}</span> : null}
        </Link>
      ))}
    </nav>
  )
}
