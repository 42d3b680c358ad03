export const ROLES = ['collaborator', 'editor', 'board', 'duty', 'admin'] as const

export type Role = (typeof ROLES)[number]

export type Id = string | number

/** The acting user as the workflow sees it: no Payload types, ids compared as strings. */
export interface Actor {
  id: Id
  roles: readonly Role[]
  areas: readonly Id[]
}

export const sameId = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a != null && b != null && String(a) === String(b)

export const hasRole = (actor: Pick<Actor, 'roles'> | null | undefined, role: Role): boolean =>
  Boolean(actor?.roles?.includes(role))

export const holdsArea = (actor: Pick<Actor, 'areas' | 'roles'>, areaId: Id | null | undefined): boolean =>
  hasRole(actor, 'editor') && actor.areas.some((area) => sameId(area, areaId))

export const hasAnyRole = (actor: Pick<Actor, 'roles'> | null | undefined, roles: readonly Role[]): boolean =>
  roles.some((role) => hasRole(actor, role))
