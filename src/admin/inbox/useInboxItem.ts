'use client'
import { useCallback, useEffect, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { fetchItem, type InboxItem } from './api'

/** The item as the server has it now; `reload` after an action or a refusal. */
export const useInboxItem = (apiRoute: string, id: Id | null | undefined, language: string) => {
  const [item, setItem] = useState<InboxItem | null>(null)
  const [failed, setFailed] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (id == null) return
    const controller = new AbortController()
    fetchItem(apiRoute, id, language, controller.signal)
      .then((loaded) => {
        setItem(loaded)
        setFailed(false)
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(Boolean(error))
      })
    return () => controller.abort()
  }, [apiRoute, id, language, version])

  const reload = useCallback(() => setVersion((count) => count + 1), [])
  return { item, failed, reload }
}
