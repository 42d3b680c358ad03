'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { checkChannel } from './api'
import { type Outcome, outcomeOf } from './checkOutcome'

export type Shown = Outcome & { name?: string; followers?: number | null }

/** Runs `POST /api/channels/:id/check` and keeps what it said for display. */
export const useConnectionCheck = (id: Id | undefined, language: string, needsReconnect: boolean) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [checking, setChecking] = useState(false)
  const [shown, setShown] = useState<Shown | null>(null)

  const check = useCallback(async () => {
    if (id == null) return
    setChecking(true)
    try {
      const result = await checkChannel(api, id, language)
      setShown({ ...outcomeOf(result), ...(result.ok ? { name: result.name, followers: result.followers } : {}) })
      // The server records a rejected token on the channel (and a new token clears it): the banner
      // must follow at once.
      const tokenRejected = !result.ok && 'kind' in result && result.kind === 'token'
      if (tokenRejected !== needsReconnect) router.refresh()
    } catch {
      setShown({ ok: false, headline: 'newsroom:networkError', detail: null })
    } finally {
      setChecking(false)
    }
  }, [api, id, language, needsReconnect, router])

  return { api, check, checking, shown }
}
