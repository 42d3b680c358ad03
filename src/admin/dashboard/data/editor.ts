import type { Actor } from '../../../workflow/roles'
import { inPagesWithRole } from '../../queues/pageScope'
import { STORY_COLUMNS, type StoryRow, type Viewer, findAs } from './rows'

/** Stories of the editor's areas waiting for them, in the pages where they edit, the longest-waiting first. */
export const loadAreaQueue = (viewer: Viewer, actor: Actor) =>
  findAs<StoryRow>(viewer, 'stories', {
    where: inPagesWithRole(actor, ['editor'], {
      and: [{ area: { in: [...actor.areas] } }, { stage: { in: ['submitted', 'in_review'] } }],
    }),
    sort: 'stageChangedAt',
    limit: 30,
    depth: 1,
    select: STORY_COLUMNS,
  })
