import type { CollectionBeforeValidateHook } from 'payload'

import { newsroomError } from '../../src/i18n/errors'
import { sameContent } from '../../src/workflow/sameContent'
import { WORKFLOW_TRANSITION } from './context'

const WORKFLOW_FIELDS = ['stage', 'history', 'stageChangedAt'] as const

/**
 * `stage` and `history` change only through `POST /api/stories/:id/transition`. A client that sends
 * them unchanged (the admin form does) is fine; one that tries to change them is told so.
 */
export const refuseWorkflowFieldWrites: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, context }) => {
  if (context[WORKFLOW_TRANSITION] || !req.user || !data) return data
  const current: Record<string, unknown> =
    operation === 'create' ? { stage: 'draft', history: [], stageChangedAt: undefined } : (originalDoc ?? {})
  for (const field of WORKFLOW_FIELDS) {
    if (field in data && data[field] !== undefined && !sameContent(data[field], current[field])) {
      if (field === 'stageChangedAt' && operation === 'create') continue
      throw newsroomError(req, 'workflow_field_read_only', 403)
    }
  }
  return data
}
