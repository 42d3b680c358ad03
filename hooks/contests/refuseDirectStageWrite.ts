import type { FieldHook } from 'payload'

import { ContestRefusal, contestMessage } from '../../src/contests/errors'
import { APIError } from 'payload'

/**
 * A contest's or an entry's `stage` changes only through its transition endpoint. A client sending
 * the stage unchanged (the admin form does) passes; one trying to change it is told so. The
 * newsroom's own writes (no user) are the transitions and the public form.
 */
export const refuseDirectStageWrite =
  (initial: string): FieldHook =>
  ({ operation, previousValue, siblingData, req }) => {
    if (!req.user) return undefined
    const given = siblingData?.stage
    if (given === undefined) return undefined
    const current = operation === 'create' ? initial : previousValue
    if (given !== current) {
      const refusal = new ContestRefusal('stage_read_only', 403)
      throw new APIError(contestMessage(refusal.code, req.i18n?.language), 403, { code: refusal.code }, true)
    }
    return undefined
  }
