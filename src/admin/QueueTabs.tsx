'use client'
import { useAuth, useListQuery } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useRef } from 'react'

import { useNewsroomTranslation } from './i18n'
import { ListTabs } from './ListTabs'
import {
  ALL_MARKER,
  type Queue,
  activeQueue,
  countSearch,
  queueSearch,
  queuesFor,
  wantsMainQueue,
} from './queues/queues'

/** Per-role queues above the stories list; a bare list opens on the user's main queue. */
export const QueueTabs = () => {
  const { t } = useNewsroomTranslation()
  const { user } = useAuth()
  const { query, refineListData } = useListQuery()
  const search = useSearchParams().toString()
  const queues = useMemo(() => queuesFor(user), [user])
  const redirected = useRef(false)

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

  if (queues.length === 0) return null
  return (
    <ListTabs
      active={activeQueue(queues, query?.where)}
      collection="stories"
      dataName="queue"
      label={t('newsroom:queues')}
      tabs={queues.map((queue) => ({
        key: queue.key,
        label: t(queue.label),
        search: queueSearch(queue),
        countSearch: countSearch(queue),
        open: () => void open(queue),
      }))}
    />
  )
}
