import type { Id } from '../../../workflow/roles'
import { STORY_COLUMNS, type StoryRow, type Viewer, findAs } from './rows'

/** Every story of this author (a volunteer writes tens, not thousands), for the counts by stage. */
export const loadMyStories = (viewer: Viewer, author: Id) =>
  findAs<StoryRow>(viewer, 'stories', {
    where: { author: { equals: author } },
    sort: '-updatedAt',
    limit: 300,
    depth: 0,
    // The history only for the note of the latest "request changes".
    select: { ...STORY_COLUMNS, history: { action: true, note: true, at: true } },
  })

/** Sent back first (someone is waiting on the author), then drafts, each newest first. */
export const needsMyAction = (stories: readonly StoryRow[]) => [
  ...stories.filter((story) => story.stage === 'changes_requested'),
  ...stories.filter((story) => story.stage === 'draft'),
]

/** The note that came with the latest "request changes": what the author has to fix. */
export const latestRequest = (story: StoryRow): string | null =>
  [...(story.history ?? [])].reverse().find((entry) => entry.action === 'request_changes')?.note ?? null
