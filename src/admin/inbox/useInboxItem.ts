'use client'
import type { Id } from '../../workflow/roles'
import { useServerValue } from '../useServerValue'
import { fetchItem } from './api'

/** The item as the server has it now; `reload` after an action or a refusal. */
export const useInboxItem = (apiRoute: string, id: Id | null | undefined, language: string) => {
  const { value, failed, reload } = useServerValue(
    id == null ? null : (signal) => fetchItem(apiRoute, id, language, signal),
    [apiRoute, String(id), language].join('|'),
  )
  return { item: value, failed, reload }
}
