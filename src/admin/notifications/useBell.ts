'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { type BellItem, fetchBell, markAllRead, markRead } from './api'

const POLL_MS = 30_000

/**
 * The bell's data: polled every 30 s while the tab is visible, and at once when the tab comes back.
 * Marking read updates the list straight away; the next poll brings the server's word.
 */
export const useBell = (api: string, enabled: boolean) => {
  const [items, setItems] = useState<BellItem[]>([])
  const [unread, setUnread] = useState(0)
  const [failed, setFailed] = useState(false)
  const [now, setNow] = useState(() => Date.now())
  const inFlight = useRef<AbortController | null>(null)

  const refresh = useCallback(async () => {
    inFlight.current?.abort()
    const controller = new AbortController()
    inFlight.current = controller
    try {
      const next = await fetchBell(api, controller.signal)
      setItems(next.items)
      setUnread(next.unread)
      setFailed(false)
    } catch {
      if (!controller.signal.aborted) setFailed(true)
    } finally {
      setNow(Date.now())
    }
  }, [api])

  useEffect(() => {
    if (!enabled) return
    void refresh()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, POLL_MS)
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
      inFlight.current?.abort()
    }
  }, [enabled, refresh])

  const read = useCallback(
    async (id: Id) => {
      const readAt = new Date().toISOString()
      const item = items.find((candidate) => String(candidate.id) === String(id))
      if (!item || item.readAt) return
      setItems((current) => current.map((entry) => (entry === item ? { ...entry, readAt } : entry)))
      setUnread((count) => Math.max(0, count - 1))
      await markRead(api, id, readAt).catch(() => undefined)
    },
    [api, items],
  )

  const readAll = useCallback(async () => {
    const readAt = new Date().toISOString()
    setItems((current) => current.map((entry) => (entry.readAt ? entry : { ...entry, readAt })))
    setUnread(0)
    await markAllRead(api, readAt).catch(() => undefined)
    void refresh()
  }, [api, refresh])

  return { items, unread, failed, now, refresh, read, readAll }
}
