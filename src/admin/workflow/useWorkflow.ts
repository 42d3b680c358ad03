'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { type WorkflowState, fetchWorkflow } from './api'

/**
 * The story's workflow as the server sees it for this user. `refreshKey` changes whenever the saved
 * document may have changed (a save can change the area, hence who may act).
 */
export const useWorkflow = (id: Id | undefined, language: string, refreshKey: unknown) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [state, setState] = useState<WorkflowState | null>(null)
  const [failed, setFailed] = useState(false)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    if (id == null) return
    const controller = new AbortController()
    fetchWorkflow(api, id, language, controller.signal)
      .then((next) => {
        setState(next)
        setFailed(false)
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true)
      })
    return () => controller.abort()
  }, [api, id, language, refreshKey, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { state, failed, reload, apiRoute: api }
}
