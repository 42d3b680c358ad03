import type { Actor, Id, Membership, Role } from '../workflow/roles'
import { ROLES } from '../workflow/roles'

type RelationValue = Id | { id: Id } | null | undefined

export const relationId = (value: RelationValue): Id | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

const knownRoles = (roles: unknown): Role[] =>
  Array.isArray(roles) ? roles.filter((role): role is Role => ROLES.includes(role)) : []

const membershipsOf = (value: unknown): Membership[] =>
  Array.isArray(value)
    ? value.flatMap((row) => {
        const page = relationId((row as { page?: RelationValue })?.page)
        return page === null ? [] : [{ page, roles: knownRoles((row as { roles?: unknown }).roles) }]
      })
    : []

/** The signed-in user as the workflow and access rules see it, whatever the depth it was loaded at. */
export const toActor = (user: unknown): Actor | null => {
  if (!user || typeof user !== 'object' || !('id' in user)) return null
  const { id, roles, areas, unit, memberships } = user as {
    id: Id
    roles?: unknown
    areas?: RelationValue[] | null
    unit?: RelationValue
    memberships?: unknown
  }
  return {
    id,
    roles: knownRoles(roles),
    areas: (areas ?? []).map(relationId).filter((area): area is Id => area !== null),
    unit: relationId(unit),
    memberships: membershipsOf(memberships),
  }
}
