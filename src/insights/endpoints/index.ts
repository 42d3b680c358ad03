import type { Endpoint } from 'payload'

import { myFiguresEndpoint } from './mine'
import { filtersEndpoint, overviewEndpoint } from './overview'
import { storyFiguresEndpoint } from './story'

/** `/api/insights/…`: the board's screen, a story's panel, a collaborator's own month. */
export const insightsEndpoints: Endpoint[] = [
  overviewEndpoint,
  filtersEndpoint,
  storyFiguresEndpoint,
  myFiguresEndpoint,
]
