import type { FieldHook } from 'payload'

import { newsroomError } from '../../src/i18n/errors'
import { sameContent } from '../../src/workflow/sameContent'
import { WORKFLOW_TRANSITION } from './context'

/** What a new story starts with; a client may send these, nothing else. */
const INITIAL_VALUES: Record<string, unknown> = {
  stage: 'draft',
  history: [],
  stageChangedAt: null,
  urgent: false,
  submittedAt: null,
}

/**
 * `stage`, `history` and `stageChangedAt` change only through `POST /api/stories/:id/transition`.
 * A field hook, because Payload drops fields the user may not update before collection hooks run:
 * a client that sends them unchanged (the admin form does) passes; one that tries to change them is
 * told so instead of being silently ignored.
 */
export const refuseDirectWorkflowWrite: FieldHook = ({
  field,
  operation,
  previousValue,
  siblingData,
  context,
  req,
}) => {
  if (context[WORKFLOW_TRANSITION] || !req.user) return undefined
  const name = 'name' in field ? field.name : undefined
  if (!name) return undefined
  const given = siblingData?.[name]
  if (given === undefined) return undefined
  const current = operation === 'create' ? INITIAL_VALUES[name] : previousValue
  if (!sameContent(given, current)) throw newsroomError(req, 'workflow_field_read_only', 403)
  return undefined
}
