import type { PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Accepted } from '../workflow/machine'
import type { Id } from '../workflow/roles'
import { type StoryFacts, messages, storyLink } from './messages'
import { type Notice, notify } from './notify'
import { areaEditors, boardMembers, boardOnDuty, except, firstNonEmpty } from './recipients'

/** The story as the transition endpoint read it, before the change. */
export interface TransitionStory {
  id: Id
  title?: string | null
  author?: unknown
  area?: unknown
  format?: string | null
  falseClaim?: { text?: string | null; link?: string | null } | null
  page?: unknown
}

export const displayName = (user: unknown) => {
  const { name, email } = (user ?? {}) as { name?: unknown; email?: unknown }
  return typeof name === 'string' && name.trim() ? name.trim() : typeof email === 'string' ? email : undefined
}

const areaName = async (req: PayloadRequest, areaId: Id | null) => {
  if (areaId === null) return undefined
  const area = await req.payload.findByID({ collection: 'areas', id: areaId, depth: 0, req, disableErrors: true })
  return (area as { name?: string } | null)?.name ?? undefined
}

/**
 * Tells the people a transition concerns (table in recipients.ts). Runs inside the transition's
 * transaction, with `req`: if anything later refuses the transition, these rows roll back with it and
 * no email is ever sent for a change that did not happen.
 */
export const notifyTransition = async (req: PayloadRequest, story: TransitionStory, decision: Accepted) => {
  const { payload } = req
  const actor = decision.entry.by
  const author = relationId(story.author as never)
  const areaId = relationId(story.area as never)
  // Recipients come from the story's page only, and the notices belong to it.
  const page = relationId(story.page as never)!
  const facts: StoryFacts = {
    title: story.title,
    link: storyLink(payload.config.routes.admin, story.id),
    actorName: displayName(req.user),
    note: decision.entry.note,
  }
  const others = (ids: Id[]) => except(ids, actor)
  const tell = (recipients: readonly Id[], notice: Notice) => notify(payload, recipients, { ...notice, page }, req)
  const toAuthor = (notice: Notice) => tell(except([author], actor), notice)

  switch (decision.entry.action) {
    case 'submit': {
      if (decision.to === 'awaiting_approval') {
        const recipients = await firstNonEmpty(
          async () => others(await boardOnDuty(payload, page, new Date(decision.entry.at), req)),
          async () => others(await boardMembers(payload, page, req)),
        )
        return tell(recipients, messages.rebuttalWaiting(facts, story.falseClaim?.text))
      }
      const recipients = await firstNonEmpty(
        async () => (areaId === null ? [] : others(await areaEditors(payload, page, areaId, req))),
        async () => others(await boardMembers(payload, page, req)),
      )
      return tell(recipients, messages.submitted(facts, await areaName(req, areaId)))
    }
    case 'forward':
      return tell(others(await boardMembers(payload, page, req)), messages.forwarded(facts))
    case 'request_changes':
      return toAuthor(messages.changesRequested(facts))
    case 'approve':
      return toAuthor(messages.approved(facts))
    case 'schedule':
    case 'publish_now':
      return toAuthor(
        messages.scheduled(
          facts,
          decision.publication?.publishAt ?? decision.entry.at,
          decision.entry.action === 'publish_now',
        ),
      )
    default:
      return undefined
  }
}
