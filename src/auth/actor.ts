import type { Actor, Id, Role } from '../workflow/roles'
import { ROLES } from '../workflow/roles'

type RelationValue = Id | { id: Id } | null | undefined

export const relationId = (value: RelationValue): Id | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

/** The signed-in user as the workflow and access rules see it, whatever the depth it was loaded at. */
export const toActor = (user: unknown): Actor | null => {
  if (!user || typeof user !== 'object' || !('id' in user)) return null
  const { id, roles, areas } = user as { id: Id; roles?: unknown; areas?: RelationValue[] | null }
  return {
    id,
    roles: Array.isArray(roles) ? roles.filter((role): role is Role => ROLES.includes(role)) : [],
    areas: (areas ?? []).map(relationId).filter((area): area is Id => area !== null),
  }
}
