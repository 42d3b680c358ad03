import type { Id } from '../../workflow/roles'

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
  pageId?: string | null
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

const headers = (language: string) => ({ 'Accept-Language': language, 'Content-Type': 'application/json' })

export const fetchItem = async (apiRoute: string, id: Id, language: string, signal?: AbortSignal) => {
  const response = await fetch(`${apiRoute}/inbox/${encodeURIComponent(String(id))}?depth=1`, {
    credentials: 'include',
    headers: headers(language),
    signal,
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as InboxItem
}

/** A refusal is an answer with the server's message in the user's language; only the network throws. */
export const postAction = async (
  apiRoute: string,
  id: Id,
  action: InboxAction,
  language: string,
  body: Record<string, unknown> = {},
): Promise<ActionAnswer> => {
  const response = await fetch(`${apiRoute}/inbox/${encodeURIComponent(String(id))}/${action}`, {
    method: 'POST',
    credentials: 'include',
    headers: headers(language),
    body: JSON.stringify(body),
  })
  const parsed = (await response.json().catch(() => null)) as {
    message?: unknown
    story?: { id: Id }
    errors?: { message?: unknown }[]
  } | null
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
  if (response.ok) return { ok: true, message: text(parsed?.message), story: parsed?.story }
  return { ok: false, message: text(parsed?.errors?.[0]?.message) }
}
