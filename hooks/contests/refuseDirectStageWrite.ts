import { APIError, type FieldHook } from 'payload'

import { contestMessage } from '../../src/contests/errors'

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
      throw new APIError(contestMessage('stage_read_only', req.i18n?.language), 403, { code: 'stage_read_only' }, true)
    }
    return undefined
  }
