import type { Id } from '../../workflow/roles'
import { apiRequest, pathId } from '../request'

/** What the connection checks answer (src/endpoints/checkChannel.ts). */
export type CheckAnswer =
  | { ok: true; name?: string; followers?: number | null }
  | { ok: false; kind?: string; code?: number; subcode?: number; message?: string }

export type CheckResult = CheckAnswer | { ok: false; refused: string | null }

const asResult = (answer: Awaited<ReturnType<typeof apiRequest<CheckAnswer>>>): CheckResult =>
  answer.ok ? answer.body : { ok: false, refused: answer.message }

/** A saved channel, with its stored token. */
export const checkChannel = async (apiRoute: string, id: Id, language: string): Promise<CheckResult> =>
  asResult(await apiRequest<CheckAnswer>(`${apiRoute}/channels/${pathId(id)}/check`, { method: 'POST', language }))

/** A page id and token as typed, before saving; without a token, the stored one of `channel`. */
export const checkConnection = async (
  apiRoute: string,
  input: { pageId: string; accessToken?: string; channel?: Id },
  language: string,
): Promise<CheckResult> =>
  asResult(
    await apiRequest<CheckAnswer>(`${apiRoute}/channels/check-connection`, { method: 'POST', language, body: input }),
  )
