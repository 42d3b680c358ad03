import type { FieldHook } from 'payload'

import { newsroomFieldError } from '../../src/i18n/errors'
import { titleProblem } from '../../src/input/title'

/**
 * A new or changed title with hidden direction/zero-width characters, or too long for a post, is
 * refused (REST, GraphQL and the admin, which marks the field). A title stored before the rule is
 * left alone until someone changes it.
 */
export const refuseUnsafeTitle: FieldHook = ({ operation, previousValue, value, req }) => {
  if (typeof value !== 'string' || (operation === 'update' && value === previousValue)) return undefined
  const problem = titleProblem(value)
  if (problem) throw newsroomFieldError(req, problem, 'title')
  return undefined
}
