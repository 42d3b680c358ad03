'use client'
import { useConfig } from '@payloadcms/ui'

import { type Id, sameId } from '../../workflow/roles'
import { useServerValue } from '../useServerValue'
import { fetchPhotos } from './api'

/** Each id in the story's order, with its photo, or null when this reader may not see it. */
export const usePhotos = (ids: readonly Id[]) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { value, failed } = useServerValue(
    ids.length === 0 ? null : (signal) => fetchPhotos(api, ids, signal),
    [api, ...ids.map(String)].join('|'),
  )
  const photos = ids.map((id) => ({ id, doc: value?.find((doc) => sameId(doc.id, id)) ?? null }))
  return { photos, loading: ids.length > 0 && value === null && !failed, failed }
}
