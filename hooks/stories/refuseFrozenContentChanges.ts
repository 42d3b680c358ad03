import type { CollectionBeforeValidateHook } from 'payload'

import { newsroomError } from '../../src/i18n/errors'
import { sameContent } from '../../src/workflow/sameContent'
import { FROZEN_FIELDS, isFrozen } from '../../src/workflow/stages'

/** From approval on, what is published is exactly what was approved. */
export const refuseFrozenContentChanges: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data || !isFrozen(originalDoc?.stage)) return data
  const changed = FROZEN_FIELDS.some((field) => field in data && !sameContent(data[field], originalDoc?.[field]))
  if (changed) throw newsroomError(req, 'content_frozen', 409)
  return data
}
