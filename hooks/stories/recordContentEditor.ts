import type { CollectionBeforeChangeHook } from 'payload'

import { sameContent } from '../../src/workflow/sameContent'
import { WORKFLOW_TRANSITION } from './context'

/** What a post is made of: whoever last changed any of these may not approve the story (four-eyes). */
export const CONTENT_FIELDS = [
  'title',
  'summary',
  'body',
  'photos',
  'format',
  'falseClaim',
  'officialSources',
  'area',
] as const

/**
 * Records on the story who last changed its content: the creator, then anyone whose save changes a
 * content field (a save that changes nothing, as the admin's re-save, records no one). Server-set:
 * the field takes no client input (field access), and transitions do not count as edits.
 */
export const recordContentEditor: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context[WORKFLOW_TRANSITION] || !req.user) return data
  const changed =
    operation === 'create' ||
    CONTENT_FIELDS.some((name) => data[name] !== undefined && !sameContent(data[name], originalDoc?.[name]))
  return changed ? { ...data, contentEditedBy: req.user.id } : data
}
