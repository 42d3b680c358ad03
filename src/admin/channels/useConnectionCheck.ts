'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { NewsroomKey } from '../i18n'
import type { CheckResult } from './api'
import { type Outcome, outcomeOf } from './checkOutcome'

export type Shown = Outcome & { name?: string; followers?: number | null }

/**
 * Runs a connection check and keeps what it said for display. A check of the stored token may mark
 * the channel "needs reconnect" on the server: the banner must follow at once.
 */
export const useConnectionCheck = (needsReconnect: boolean) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [checking, setChecking] = useState(false)
  const [shown, setShown] = useState<Shown | null>(null)

  const say = useCallback((headline: NewsroomKey) => setShown({ ok: false, headline, detail: null }), [])

  const check = useCallback(
    async (run: (apiRoute: string) => Promise<CheckResult>, { storedToken }: { storedToken: boolean }) => {
      setChecking(true)
      try {
        const result = await run(api)
        setShown({ ...outcomeOf(result), ...(result.ok ? { name: result.name, followers: result.followers } : {}) })
        const tokenRejected = !result.ok && 'kind' in result && result.kind === 'token'
        if (storedToken && tokenRejected !== needsReconnect) router.refresh()
      } catch {
        say('newsroom:networkError')
      } finally {
        setChecking(false)
      }
    },
    [api, needsReconnect, router, say],
  )

  return { check, checking, shown, say }
}
