import type { FieldHook } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'
import { hasRole } from '../../src/workflow/roles'
import { sameContent } from '../../src/workflow/sameContent'

/** A membership row compares by its page and roles (its row id says nothing about what it grants). */
const comparableItem = (item: unknown): string =>
  item && typeof item === 'object' && 'page' in item
    ? `${relationId((item as { page: never }).page)}:${[...((item as { roles?: string[] }).roles ?? [])].sort()}`
    : String(relationId(item as never))

const comparable = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(comparableItem).sort() : relationId(value as never)

/**
 * Roles, page memberships, areas and unit decide what a user may do, so only admins set them. Field access alone would
 * drop such a change silently; a user who tries gets a clear refusal instead. Unchanged values (the
 * account form sends them back) pass.
 */
export const refusePrivilegeChanges: FieldHook = ({ field, operation, previousValue, siblingData, req }) => {
  if (!req.user || hasRole(toActor(req.user), 'admin')) return undefined
  const name = 'name' in field ? field.name : undefined
  if (!name) return undefined
  const given = siblingData?.[name]
  if (given === undefined) return undefined
  const current = operation === 'create' ? undefined : previousValue
  if (!sameContent(comparable(given), comparable(current))) throw newsroomError(req, 'privilege_admin_only', 403)
  return undefined
}
