import type { CollectionBeforeChangeHook } from 'payload'

import { sameContent } from '../../src/workflow/sameContent'
import { FROZEN_FIELDS } from '../../src/workflow/stages'
import { WORKFLOW_TRANSITION } from './context'

/**
 * Records on the story who last changed its content (the fields frozen from approval: what a post is
 * made of): the creator, then anyone whose save changes one of them (a save that changes nothing, as
 * the admin's re-save, records no one), and whoever changes one of its photos
 * (`hooks/media/recordPhotoEditor.ts`). Four-eyes keeps that person from approving. Server-set:
 * the field takes no client input (field access), and transitions do not count as edits.
 */
export const recordContentEditor: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context[WORKFLOW_TRANSITION] || !req.user) return data
  const changed =
    operation === 'create' ||
    FROZEN_FIELDS.some((name) => data[name] !== undefined && !sameContent(data[name], originalDoc?.[name]))
  return changed ? { ...data, contentEditedBy: req.user.id } : data
}
