import type { Id } from '../../workflow/roles'
import { apiGet, apiRequest, pathId } from '../request'

export interface InboxReply {
  id?: string
  text: string
  by?: unknown
  at: string
  externalId?: string | null
  tag?: string | null
}

/** An inbox item as the REST API returns it at depth 1 (relations this user may read are populated). */
export interface InboxItem {
  id: Id
  kind: 'comment' | 'message'
  text?: string | null
  state: string
  from?: { id?: string | null; name?: string | null } | null
  externalId: string
  facebookPageId?: string | null
  postId?: string | null
  receivedAt: string
  dueAt?: string | null
  assignee?: unknown
  story?: unknown
  rebuttal?: unknown
  replies?: InboxReply[] | null
}

export type InboxAction = 'reply' | 'close' | 'escalate' | 'mark-false'

export type ActionAnswer =
  { ok: true; message: string | null; story?: { id: Id } } | { ok: false; message: string | null }

export const fetchItem = (apiRoute: string, id: Id, language: string, signal?: AbortSignal) =>
  apiGet<InboxItem>(`${apiRoute}/inbox/${pathId(id)}?depth=1`, { language, signal })

/** A refusal is an answer with the server's message in the user's language; only the network throws. */
export const postAction = async (
  apiRoute: string,
  id: Id,
  action: InboxAction,
  language: string,
  body: Record<string, unknown> = {},
): Promise<ActionAnswer> => {
  const answer = await apiRequest<{ message?: unknown; story?: { id: Id } }>(
    `${apiRoute}/inbox/${pathId(id)}/${action}`,
    { method: 'POST', language, body },
  )
  if (!answer.ok) return answer
  const { message, story } = answer.body
  return { ok: true, message: typeof message === 'string' && message !== '' ? message : null, story }
}
