import type { Id } from '../../workflow/roles'
import type { OfferReply } from '../../workflow/sharing'
import { apiGet, apiRequest, pathId } from '../request'

export interface ShareOrigin {
  direction?: 'up' | 'down' | null
  pageName?: string | null
  authorName?: string | null
  sharedByName?: string | null
  sharedAt?: string | null
}

/** `GET /api/stories/:id/share`: what this user sees and may do about sharing this story. */
export interface ShareOptions {
  origin: ShareOrigin | null
  offer: { state: 'pending' | 'accepted' | 'declined'; publishAt: string | null } | null
  replies: OfferReply[]
  share: {
    direction: 'up' | 'down'
    pages: { id: Id; name: string; shared: boolean }[]
    areas: { id: Id; name: string }[]
  } | null
}

export const fetchShareOptions = (apiRoute: string, id: Id, language: string, signal?: AbortSignal) =>
  apiGet<ShareOptions>(`${apiRoute}/stories/${pathId(id)}/share`, { language, signal })

export const postShare = (apiRoute: string, id: Id, body: { to: 'parent' | Id[]; area?: Id }, language: string) =>
  apiRequest<unknown>(`${apiRoute}/stories/${pathId(id)}/share`, { method: 'POST', language, body })

export const postOfferReply = (
  apiRoute: string,
  id: Id,
  body: { reply: OfferReply; note?: string },
  language: string,
) => apiRequest<unknown>(`${apiRoute}/stories/${pathId(id)}/offer?depth=0`, { method: 'POST', language, body })
