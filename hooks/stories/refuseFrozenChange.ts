import type { FieldHook } from 'payload'

import { newsroomError } from '../../src/i18n/errors'
import { sameContent } from '../../src/workflow/sameContent'
import { isContentFrozen } from '../../src/workflow/sharing'

/** From approval on, what is published is exactly what was approved: a change is refused, not dropped. */
export const refuseFrozenChange: FieldHook = ({ field, operation, originalDoc, previousValue, siblingData, req }) => {
  if (operation !== 'update' || !isContentFrozen(originalDoc)) return undefined
  const name = 'name' in field ? field.name : undefined
  if (!name) return undefined
  const given = siblingData?.[name]
  if (given !== undefined && !sameContent(given, previousValue)) throw newsroomError(req, 'content_frozen', 409)
  return undefined
}
