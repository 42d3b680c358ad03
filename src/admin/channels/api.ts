import type { Id } from '../../workflow/roles'
import { apiRequest, pathId } from '../request'

/** What `POST /api/channels/:id/check` answers (src/endpoints/checkChannel.ts). */
export type CheckAnswer =
  | { ok: true; name?: string; followers?: number | null }
  | { ok: false; kind?: string; code?: number; subcode?: number; message?: string }

export type CheckResult = CheckAnswer | { ok: false; refused: string | null }

export const checkChannel = async (apiRoute: string, id: Id, language: string): Promise<CheckResult> => {
  const answer = await apiRequest<CheckAnswer>(`${apiRoute}/channels/${pathId(id)}/check`, { method: 'POST', language })
  return answer.ok ? answer.body : { ok: false, refused: answer.message }
}

/** Stores a new page token (sealed by the server, never sent back); a refusal's message is returned. */
export const saveToken = async (apiRoute: string, id: Id, token: string, language: string): Promise<string | null> => {
  const answer = await apiRequest(`${apiRoute}/channels/${pathId(id)}?depth=0`, {
    method: 'PATCH',
    language,
    body: { accessToken: token },
  })
  return answer.ok ? null : (answer.message ?? `HTTP ${answer.status}`)
}
