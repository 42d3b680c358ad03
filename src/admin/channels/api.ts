import type { Id } from '../../workflow/roles'
import { errorMessage } from '../publications/api'

/** What `POST /api/channels/:id/check` answers (src/endpoints/checkChannel.ts). */
export type CheckAnswer =
  | { ok: true; name?: string; followers?: number | null }
  | { ok: false; kind?: string; code?: number; subcode?: number; message?: string }

export type CheckResult = CheckAnswer | { ok: false; refused: string | null }

export const checkChannel = async (apiRoute: string, id: Id, language: string): Promise<CheckResult> => {
  const response = await fetch(`${apiRoute}/channels/${encodeURIComponent(String(id))}/check`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Accept-Language': language },
  })
  if (!response.ok) return { ok: false, refused: await errorMessage(response) }
  return (await response.json()) as CheckAnswer
}

/** Stores a new page token (sealed by the server, never sent back); a refusal's message is returned. */
export const saveToken = async (apiRoute: string, id: Id, token: string, language: string): Promise<string | null> => {
  const response = await fetch(`${apiRoute}/channels/${encodeURIComponent(String(id))}?depth=0`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
    body: JSON.stringify({ accessToken: token }),
  })
  return response.ok ? null : ((await errorMessage(response)) ?? `HTTP ${response.status}`)
}
