import type { Id } from '../../../workflow/roles'
import { STORY_COLUMNS, type StoryRow, type Viewer, findAs } from './rows'

/** Stories of the editor's areas waiting for them, the longest-waiting first. */
export const loadAreaQueue = (viewer: Viewer, areas: readonly Id[]) =>
  findAs<StoryRow>(viewer, 'stories', {
    where: { and: [{ area: { in: [...areas] } }, { stage: { in: ['submitted', 'in_review'] } }] },
    sort: 'stageChangedAt',
    limit: 30,
    depth: 1,
    select: STORY_COLUMNS,
  })
