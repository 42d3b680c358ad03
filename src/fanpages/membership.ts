import { type Actor, type Id, type Role, hasRole, sameId } from '../workflow/roles'

/** What a page condition looks like to the rules below; Payload's `Where` has this shape. */
export type PageWhere = Record<string, unknown>

/** Admins run the installation: every page is theirs. */
export const isOperator = (actor: Pick<Actor, 'roles'> | null | undefined): boolean => hasRole(actor, 'admin')

/** The user's roles in one page (plus `admin` for an operator): what they may do to that page's documents. */
export const rolesInPage = (actor: Actor, page: Id | null | undefined): Role[] => {
  const inPage = (actor.memberships ?? []).filter((membership) => sameId(membership.page, page))
  const roles = new Set<Role>(inPage.flatMap((membership) => membership.roles))
  if (isOperator(actor)) roles.add('admin')
  return [...roles]
}

/** The actor as one page's workflow sees them: their roles in that page only. */
export const actorInPage = (actor: Actor, page: Id | null | undefined): Actor => ({
  ...actor,
  roles: rolesInPage(actor, page),
})

/** The pages where the user holds any of these roles (every membership when no roles are named). */
export const pagesWhereRole = (actor: Actor, roles?: readonly Role[]): Id[] =>
  (actor.memberships ?? [])
    .filter((membership) => !roles || membership.roles.some((role) => roles.includes(role)))
    .map((membership) => membership.page)

/**
 * How the users' `pageKeys` column names a page: between bars, so that the key of page 5 is never
 * found inside `|15|`.
 */
export const pageKey = (page: Id): string => `|${String(page)}|`

/** A user's `pageKeys`: every page of theirs as one text (`|5|12|`), null for none. */
export const pageKeysOf = (pages: readonly Id[]): string | null =>
  pages.length ? `|${[...new Set(pages.map(String))].join('|')}|` : null

/** Where a user's new document goes when they name no page: their first page. */
export const homePage = (actor: Actor): Id | null => actor.memberships?.[0]?.page ?? null

export const belongsTo = (actor: Actor, page: Id | null | undefined): boolean =>
  (actor.memberships ?? []).some((membership) => sameId(membership.page, page))

/**
 * A collection's access rule, page by page: `rule` says what a user with these roles may reach inside
 * one page (everything, a condition, or nothing); the result adds "and it is in that page" to each
 * and joins them. Pages where the user holds the same roles share one condition. Operators get the
 * rule for their own roles, in every page.
 */
export const perPage = (actor: Actor, rule: (roles: readonly Role[]) => PageWhere | boolean): PageWhere | boolean => {
  if (isOperator(actor)) return rule(actor.roles)
  const pagesByRoles = new Map<string, { roles: Role[]; pages: Id[] }>()
  for (const membership of actor.memberships ?? []) {
    const roles = [...new Set(membership.roles)].sort()
    const key = roles.join(',')
    const group = pagesByRoles.get(key) ?? { roles, pages: [] }
    group.pages.push(membership.page)
    pagesByRoles.set(key, group)
  }
  const reachable: PageWhere[] = []
  for (const { roles, pages } of pagesByRoles.values()) {
    const inside = rule(roles)
    if (inside === false) continue
    const inPages = { page: { in: pages } }
    reachable.push(inside === true ? inPages : { and: [inPages, inside] })
  }
  if (reachable.length === 0) return false
  return reachable.length === 1 ? reachable[0] : { or: reachable }
}
