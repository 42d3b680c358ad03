'use client'
import { useConfig, useListQuery } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import type { MouseEvent } from 'react'
import { useEffect, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { whereParams, whereSignature } from '../queues/queues'
import { type FilterKey, PUBLICATION_FILTERS, type PublicationFilter } from './filters'
import '../QueueTabs.scss'
import './PublicationFilters.scss'

const encode = (pairs: [string, string][]) =>
  pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')

/** Quick filters above the publications list, styled like the stories' queue tabs, with live counts. */
export const PublicationFilters = () => {
  const { t } = useNewsroomTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { query, refineListData } = useListQuery()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const [counts, setCounts] = useState<Partial<Record<FilterKey, number>>>({})

  useEffect(() => {
    const controller = new AbortController()
    void Promise.all(
      PUBLICATION_FILTERS.map(async (filter) => {
        const response = await fetch(`${api}/publications/count?${encode(whereParams(filter.where))}`, {
          credentials: 'include',
          signal: controller.signal,
        })
        const body = response.ok ? ((await response.json()) as { totalDocs?: number }) : {}
        return [filter.key, body.totalDocs] as const
      }),
    )
      .then((entries) => setCounts(Object.fromEntries(entries.filter(([, count]) => typeof count === 'number'))))
      .catch(() => {})
    return () => controller.abort()
  }, [api, search])

  const current = whereSignature(whereParams(query?.where))
  const active = PUBLICATION_FILTERS.find((filter) => whereSignature(whereParams(filter.where)) === current)?.key

  // Through the list's own query state: a plain link would get Payload's remembered filter back.
  const follow = (filter: PublicationFilter) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void refineListData({ where: filter.where, sort: filter.sort, page: 1 })
  }

  return (
    <nav aria-label={t('newsroom:publicationFilters')} className="newsroom-queues newsroom-pubfilters">
      {PUBLICATION_FILTERS.map((filter) => {
        const count = counts[filter.key]
        const alert = filter.key === 'problems' && (count ?? 0) > 0
        return (
          <a
            aria-current={filter.key === active ? 'page' : undefined}
            className={`newsroom-queues__tab${filter.key === active ? ' newsroom-queues__tab--active' : ''}`}
            data-filter={filter.key}
            href={`${pathname}?${encode([...whereParams(filter.where), ['sort', filter.sort]])}`}
            key={filter.key}
            onClick={follow(filter)}
          >
            <span>{t(filter.label)}</span>
            {count !== undefined ? (
              <span className={`newsroom-queues__count${alert ? ' newsroom-pubfilters__alert' : ''}`}>{count}</span>
            ) : null}
          </a>
        )
      })}
    </nav>
  )
}
