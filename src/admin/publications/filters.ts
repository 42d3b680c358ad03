import type { Where } from 'payload'

import type { PublicationState } from '../../publishing/states'
import type { NewsroomKey } from '../i18n'

export type FilterKey = 'problems' | 'waiting' | 'published' | 'all'

export interface PublicationFilter {
  key: FilterKey
  label: NewsroomKey
  where?: Where
  sort: string
}

const inStates = (states: PublicationState[]): Where => ({ and: [{ state: { in: states } }] })

/**
 * SQL cannot sort "problems first", so the list gets one click per question instead. Problems and
 * history read newest first; the waiting line reads in the order it will go out.
 */
export const PUBLICATION_FILTERS: readonly PublicationFilter[] = [
  {
    key: 'problems',
    label: 'newsroom:filterProblems',
    where: inStates(['failed', 'unconfirmed']),
    sort: '-scheduledFor',
  },
  { key: 'waiting', label: 'newsroom:filterWaiting', where: inStates(['queued', 'publishing']), sort: 'scheduledFor' },
  { key: 'published', label: 'newsroom:filterPublished', where: inStates(['published']), sort: '-publishedAt' },
  { key: 'all', label: 'newsroom:filterAll', sort: '-scheduledFor' },
]
