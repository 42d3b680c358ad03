import type { Id } from '../../workflow/roles'
import { apiRequest, pathId } from '../request'

/** `POST /api/publications/:id/retry|cancel`; a refusal is an answer, only a network failure throws. */
export const postPublicationAction = (apiRoute: string, id: Id, action: 'retry' | 'cancel', language: string) =>
  apiRequest<Record<string, unknown>>(`${apiRoute}/publications/${pathId(id)}/${action}`, { method: 'POST', language })
