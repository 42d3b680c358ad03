import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { inTransaction } from '../db/transaction'
import { postLinksByStory } from '../publishing/postLinks'
import type { Id } from '../workflow/roles'
import { messages, storyLink } from './messages'
import { notify, notifyEach } from './notify'
import { boardMembers } from './recipients'

/**
 * The delivery engine records an outcome first and tells people second: a notification that cannot
 * be written is logged, never allowed to undo or repeat a delivery.
 */
const safely = async (payload: Payload, what: string, work: () => Promise<unknown>) => {
  try {
    await work()
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not notify: ${what}` })
  }
}

const storyFacts = async (payload: Payload, storyId: Id) => {
  const story = await payload.findByID({ collection: 'stories', id: storyId, depth: 0 })
  return {
    story,
    facts: { title: story.title, link: storyLink(payload.config.routes.admin, storyId) },
  }
}

interface PublishedStory {
  id: Id
  title: string
  author?: unknown
  /** The story's page: the notice belongs to it. */
  page?: unknown
}

/** Each author is told where their story can be read now. */
const tellAuthors = async (payload: Payload, stories: readonly PublishedStory[], req?: PayloadRequest) => {
  const posts = await postLinksByStory(
    payload,
    stories.map((story) => story.id),
    req,
  )
  const notices = stories.map((story) => {
    const author = relationId(story.author as never)
    const facts = { title: story.title, link: storyLink(payload.config.routes.admin, story.id) }
    return {
      userIds: author === null ? [] : [author],
      notice: {
        ...messages.published(facts, posts.get(String(story.id)) ?? []),
        page: relationId(story.page as never),
      },
    }
  })
  await notifyEach(payload, notices, req)
}

/**
 * These stories have just moved to `published` (by the engine, nobody acted): each author is told
 * where to read theirs. One transaction writes them all (one commit); should it fail, each story is
 * told on its own, so that one bad notice does not silence the others.
 */
export const notifyStoriesPublished = async (payload: Payload, stories: readonly PublishedStory[]) => {
  try {
    await inTransaction(payload, (req) => tellAuthors(payload, stories, req))
  } catch {
    for (const story of stories) await safely(payload, 'story published', () => tellAuthors(payload, [story]))
  }
}

/** A publication has just been recorded as failed for good: the board, who can retry it, is told. */
export const notifyPublishingFailed = (
  payload: Payload,
  publication: { story: unknown; channel: unknown },
  error: string,
) =>
  safely(payload, 'publishing failed', async () => {
    const storyId = relationId(publication.story as never)
    const channelId = relationId(publication.channel as never)
    if (storyId === null) return
    const { story, facts } = await storyFacts(payload, storyId)
    // The board of the story's page: only they can retry it.
    const page = relationId(story.page as never)
    const channel =
      channelId === null
        ? null
        : await payload.findByID({ collection: 'channels', id: channelId, depth: 0, disableErrors: true })
    const notice = messages.publishingFailed(facts, channel?.name ?? 'kênh đăng', error)
    await notify(payload, page === null ? [] : await boardMembers(payload, page), { ...notice, page })
  })
