'use client'
import { useConfig } from '@payloadcms/ui'

import type { Id } from '../../workflow/roles'
import { useServerValue } from '../useServerValue'
import { fetchWorkflow } from './api'

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
  const { value, failed, reload } = useServerValue(
    id == null ? null : (signal) => fetchWorkflow(api, id, language, signal),
    [api, String(id), language, String(refreshKey)].join('|'),
  )
  return { state: value, failed, reload, apiRoute: api }
}
