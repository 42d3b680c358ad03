import type { Endpoint } from 'payload'

import { closeEndpoint } from './close'
import { escalateEndpoint } from './escalate'
import { markFalseEndpoint } from './markFalse'
import { replyEndpoint } from './reply'

/** The inbox's actions; state changes happen only here and in the background worker. */
export const inboxEndpoints: Endpoint[] = [replyEndpoint, closeEndpoint, escalateEndpoint, markFalseEndpoint]
