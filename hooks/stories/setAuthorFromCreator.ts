import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'
import { sameId } from '../../src/workflow/roles'

/**
 * The author is whoever creates the story; it is never taken from input. Server code without a user
 * (seeding, imports) may set it explicitly.
 */
export const setAuthorFromCreator: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  if (!req.user || !data) return data
  const given = 'author' in data ? relationId(data.author) : null
  if (operation === 'create') {
    if (given !== null && !sameId(given, req.user.id)) throw newsroomError(req, 'author_set_by_server', 403)
    return { ...data, author: req.user.id }
  }
  if (given !== null && !sameId(given, relationId(originalDoc?.author))) {
    throw newsroomError(req, 'author_set_by_server', 403)
  }
  return data
}
