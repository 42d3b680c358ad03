import type { HistoryEntry } from '../../workflow/machine'
import type { Id } from '../../workflow/roles'
import type { Stage } from '../../workflow/stages'
import type { Action } from '../../workflow/transitions'

export interface WorkflowState {
  stage: Stage
  actions: Action[]
  history: (Omit<HistoryEntry, 'by'> & { by: unknown; id?: string })[]
}

export interface TransitionInput {
  action: Action
  note?: string
  publishAt?: string
  channels?: Id[]
}

export type TransitionResult = { ok: true; story: Record<string, unknown> } | { ok: false; message: string | null }

const headers = (language: string) => ({ 'Accept-Language': language, 'Content-Type': 'application/json' })

/** The first `errors[].message` of a Payload error body: the server already wrote it in the user's language. */
const errorMessage = async (response: Response): Promise<string | null> => {
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[] }
    const message = body.errors?.[0]?.message
    return typeof message === 'string' && message !== '' ? message : null
  } catch {
    return null
  }
}

export const fetchWorkflow = async (apiRoute: string, id: Id, language: string, signal?: AbortSignal) => {
  const response = await fetch(`${apiRoute}/stories/${encodeURIComponent(String(id))}/workflow`, {
    credentials: 'include',
    headers: headers(language),
    signal,
  })
  if (!response.ok) throw new Error((await errorMessage(response)) ?? `HTTP ${response.status}`)
  return (await response.json()) as WorkflowState
}

/** A refusal is an answer, not an exception: only a network failure throws. */
export const postTransition = async (
  apiRoute: string,
  id: Id,
  input: TransitionInput,
  language: string,
): Promise<TransitionResult> => {
  const response = await fetch(`${apiRoute}/stories/${encodeURIComponent(String(id))}/transition?depth=0`, {
    method: 'POST',
    credentials: 'include',
    headers: headers(language),
    body: JSON.stringify(input),
  })
  if (response.ok) return { ok: true, story: (await response.json()) as Record<string, unknown> }
  return { ok: false, message: await errorMessage(response) }
}

/** A user's display name, or null when this user may not read that account (collaborators only see themselves). */
export const fetchUserName = async (apiRoute: string, id: Id): Promise<string | null> => {
  const response = await fetch(`${apiRoute}/users/${encodeURIComponent(String(id))}?depth=0`, {
    credentials: 'include',
  })
  if (!response.ok) return null
  const user = (await response.json()) as { name?: unknown; email?: unknown }
  return typeof user.name === 'string' && user.name ? user.name : typeof user.email === 'string' ? user.email : null
}

export interface ChannelOption {
  id: Id
  name: string
}

export const fetchEnabledChannels = async (apiRoute: string): Promise<ChannelOption[]> => {
  const response = await fetch(`${apiRoute}/channels?where[enabled][equals]=true&depth=0&limit=100&sort=name`, {
    credentials: 'include',
  })
  if (!response.ok) return []
  const body = (await response.json()) as { docs?: { id: Id; name?: string }[] }
  return (body.docs ?? []).map((channel) => ({ id: channel.id, name: channel.name ?? String(channel.id) }))
}
