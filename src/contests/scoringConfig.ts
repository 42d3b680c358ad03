import type { CollectionConfig, Endpoint } from 'payload'

import { certificateEndpoint } from './certificates'
import { exportXlsxEndpoint } from './exportXlsx'
import { computeResultsEndpoint, judgingProgressEndpoint, jurorSheetEndpoint } from './resultsEndpoints'

const withEndpoints = (collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig => ({
  ...collection,
  endpoints: [...(Array.isArray(collection.endpoints) ? collection.endpoints : []), ...endpoints],
})

/** The judging endpoints on contests (progress, a juror's sheets, results, export) and on entries (certificates). */
export const withJudgingOnContests = (contests: CollectionConfig) =>
  withEndpoints(contests, [judgingProgressEndpoint, jurorSheetEndpoint, computeResultsEndpoint, exportXlsxEndpoint])

export const withJudgingOnEntries = (entries: CollectionConfig) => withEndpoints(entries, [certificateEndpoint])
