import type { FieldHook } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { homePage, rolesInPage } from '../../src/fanpages/membership'
import { newsroomError } from '../../src/i18n/errors'
import { sameContent } from '../../src/workflow/sameContent'
import { hasAnyRole } from '../../src/workflow/roles'

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * A story's channels and publish time are the board's choice (they prefill `schedule`). A field
 * hook, because Payload silently drops what field access refuses: someone else who sends them
 * unchanged (the admin form re-sends what it holds) passes; one who tries to set them is told so.
 */
export const refusePublishingChoiceByOthers: FieldHook = ({
  field,
  operation,
  originalDoc,
  previousValue,
  siblingData,
  req,
}) => {
  const actor = toActor(req.user)
  if (!actor) return undefined
  const page = relationId(originalDoc?.page ?? siblingData?.page) ?? homePage(actor)
  if (hasAnyRole({ roles: rolesInPage(actor, page) }, ['board', 'admin'])) return undefined
  const name = 'name' in field ? field.name : undefined
  if (!name) return undefined
  const given = siblingData?.[name]
  if (given === undefined) return undefined
  const current = operation === 'create' ? null : previousValue
  if (isEmpty(given) && isEmpty(current)) return undefined
  if (!sameContent(given, current)) throw newsroomError(req, 'publishing_choice_board_only', 403)
  return undefined
}
