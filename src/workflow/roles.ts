export const ROLES = ['collaborator', 'editor', 'board', 'duty', 'unit_lead', 'admin'] as const

export type Role = (typeof ROLES)[number]

export type Id = string | number

/** The acting user as the workflow sees it: no Payload types, ids compared as strings. */
export interface Actor {
  id: Id
  roles: readonly Role[]
  areas: readonly Id[]
  /** The party cell the user belongs to (`users.unit`): a unit lead manages that unit's members. */
  unit?: Id | null
  /** The pages the user belongs to, with their roles in each (`src/fanpages/membership.ts`). */
  memberships?: readonly Membership[]
}

/** A user's place in one page's team. `admin` is not a page role: admins run the whole installation. */
export interface Membership {
  page: Id
  roles: readonly Role[]
}

export const sameId = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a != null && b != null && String(a) === String(b)

export const hasRole = (actor: Pick<Actor, 'roles'> | null | undefined, role: Role): boolean =>
  Boolean(actor?.roles?.includes(role))

export const holdsArea = (actor: Pick<Actor, 'areas' | 'roles'>, areaId: Id | null | undefined): boolean =>
  hasRole(actor, 'editor') && actor.areas.some((area) => sameId(area, areaId))

export const hasAnyRole = (actor: Pick<Actor, 'roles'> | null | undefined, roles: readonly Role[]): boolean =>
  roles.some((role) => hasRole(actor, role))
