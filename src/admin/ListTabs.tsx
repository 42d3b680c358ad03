'use client'
import { useConfig } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import type { MouseEvent } from 'react'
import { useEffect, useState } from 'react'

import { apiRequest } from './request'
import './ListTabs.scss'

export interface ListTab {
  key: string
  label: string
  /** The list's query string with this tab open: its filter and sort. */
  search: string
  /** The count endpoint's query string: this tab's filter. */
  countSearch: string
  /** Opens the tab through the list's own query state (see below). */
  open: () => void
  /** A count above zero is an alarm (failed posts). */
  alarming?: boolean
}

/**
 * Tabs above a collection's list, each a saved filter with its live count. A click goes through the
 * list's own query state, not the plain link: Payload merges its remembered query into the URL, so a
 * link would get the previous filter back. A new tab or window gets the plain link.
 */
export const ListTabs = ({
  label,
  className,
  collection,
  tabs,
  active,
  dataName,
}: {
  label: string
  className?: string
  collection: string
  tabs: readonly ListTab[]
  active: string | null
  /** The tab's key goes in `data-<dataName>`. */
  dataName: string
}) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const [counts, setCounts] = useState<Partial<Record<string, number>>>({})
  // A value, not the array: the counts are fetched again when the filters change, not on every render.
  const countSearches = JSON.stringify(tabs.map((tab) => [tab.key, tab.countSearch]))

  // Counted again on every list navigation, since that is when the user expects fresh numbers.
  useEffect(() => {
    const controller = new AbortController()
    void Promise.all(
      (JSON.parse(countSearches) as [string, string][]).map(async ([key, countSearch]) => {
        const answer = await apiRequest<{ totalDocs?: number }>(`${api}/${collection}/count?${countSearch}`, {
          signal: controller.signal,
        })
        return [key, answer.ok ? answer.body.totalDocs : undefined] as const
      }),
    )
      .then((entries) => setCounts(Object.fromEntries(entries.filter(([, count]) => typeof count === 'number'))))
      .catch(() => {})
    return () => controller.abort()
  }, [api, collection, countSearches, search])

  const follow = (tab: ListTab) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    tab.open()
  }

  return (
    <nav aria-label={label} className={className ? `newsroom-queues ${className}` : 'newsroom-queues'}>
      {tabs.map((tab) => {
        const count = counts[tab.key]
        const alarm = tab.alarming && (count ?? 0) > 0
        return (
          <a
            aria-current={tab.key === active ? 'page' : undefined}
            className={`newsroom-queues__tab${tab.key === active ? ' newsroom-queues__tab--active' : ''}`}
            {...{ [`data-${dataName}`]: tab.key }}
            href={`${pathname}?${tab.search}`}
            key={tab.key}
            onClick={follow(tab)}
          >
            <span>{tab.label}</span>
            {count !== undefined ? (
              <span className={`newsroom-queues__count${alarm ? ' newsroom-queues__count--alarm' : ''}`}>{count}</span>
            ) : null}
          </a>
        )
      })}
    </nav>
  )
}
