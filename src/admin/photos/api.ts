import type { Id } from '../../workflow/roles'
import { apiGet } from '../request'

/** A photo as the reviewer's own media access lets them read it. */
export interface PhotoDoc {
  id: Id
  caption?: string | null
  credit?: string | null
  url?: string | null
  thumbnailURL?: string | null
}

/**
 * The story's photos through the media API with the reader's cookie: Payload's access rule decides
 * which ones come back, and their URLs (`/api/media/file/…`) answer only to readers it lets in.
 */
export const fetchPhotos = async (apiRoute: string, ids: readonly Id[], signal?: AbortSignal) => {
  const query = new URLSearchParams({ depth: '0', limit: String(ids.length), 'where[id][in]': ids.join(',') })
  const { docs } = await apiGet<{ docs: PhotoDoc[] }>(`${apiRoute}/media?${query}`, { signal })
  return docs
}
