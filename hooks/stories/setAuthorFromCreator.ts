import type { FieldHook } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'
import { sameId } from '../../src/workflow/roles'

/**
 * The author is whoever creates the story; it is never taken from input, and a different one is
 * refused. Server code without a user (seeding, imports) may set it explicitly.
 */
export const setAuthorFromCreator: FieldHook = ({ operation, previousValue, siblingData, req }) => {
  if (!req.user) return undefined
  const given = relationId(siblingData?.author)
  if (operation === 'create') {
    if (given !== null && !sameId(given, req.user.id)) throw newsroomError(req, 'author_set_by_server', 403)
    return req.user.id
  }
  if (given !== null && !sameId(given, relationId(previousValue))) throw newsroomError(req, 'author_set_by_server', 403)
  return undefined
}
