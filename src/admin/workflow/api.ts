import type { PostLink } from '../../publishing/postLinks'
import type { HistoryEntry } from '../../workflow/machine'
import type { Id } from '../../workflow/roles'
import type { Stage } from '../../workflow/stages'
import type { Action } from '../../workflow/transitions'
import { apiGet, apiRequest, pathId } from '../request'

export interface WorkflowState {
  stage: Stage
  actions: Action[]
  /** `otherPage`: the page a share came from or went to (src/sharing). */
  history: (Omit<HistoryEntry, 'by'> & { by: unknown; id?: string; otherPage?: string | null })[]
  /** Where the story went out so far (empty before it did). */
  posts?: PostLink[]
}

export interface TransitionInput {
  action: Action
  note?: string
  publishAt?: string
  channels?: Id[]
}

export const fetchWorkflow = (apiRoute: string, id: Id, language: string, signal?: AbortSignal) =>
  apiGet<WorkflowState>(`${apiRoute}/stories/${pathId(id)}/workflow`, { language, signal })

/** A refusal is an answer, not an exception: only a network failure throws. */
export const postTransition = (apiRoute: string, id: Id, input: TransitionInput, language: string) =>
  apiRequest<Record<string, unknown>>(`${apiRoute}/stories/${pathId(id)}/transition?depth=0`, {
    method: 'POST',
    language,
    body: input,
  })

/** A user's display name, or null when this user may not read that account (collaborators only see themselves). */
export const fetchUserName = async (apiRoute: string, id: Id): Promise<string | null> => {
  const answer = await apiRequest<{ name?: unknown; email?: unknown }>(`${apiRoute}/users/${pathId(id)}?depth=0`)
  if (!answer.ok) return null
  const user = answer.body
  return typeof user.name === 'string' && user.name ? user.name : typeof user.email === 'string' ? user.email : null
}

export interface ChannelOption {
  id: Id
  name: string
}

export const fetchEnabledChannels = async (apiRoute: string): Promise<ChannelOption[]> => {
  const answer = await apiRequest<{ docs?: { id: Id; name?: string }[] }>(
    `${apiRoute}/channels?where[enabled][equals]=true&depth=0&limit=100&sort=name`,
  )
  if (!answer.ok) return []
  return (answer.body.docs ?? []).map((channel) => ({ id: channel.id, name: channel.name ?? String(channel.id) }))
}
