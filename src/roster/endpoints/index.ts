import type { Endpoint } from 'payload'

import { copyWeekEndpoint } from './copyWeek'
import { readWeekEndpoint, writeWeekEndpoint } from './week'

/** The roster's week-at-a-time operations, on the shifts collection. */
export const rosterEndpoints: Endpoint[] = [readWeekEndpoint, writeWeekEndpoint, copyWeekEndpoint]
