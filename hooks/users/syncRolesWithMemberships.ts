import type { CollectionBeforeValidateHook } from 'payload'

import { toActor } from '../../src/auth/actor'
import { defaultPageId } from '../../src/fanpages/defaultPage'
import type { Membership, Role } from '../../src/workflow/roles'

type MembershipRow = { page: unknown; roles?: unknown; id?: unknown }

const asRoles = (value: unknown): Role[] => (Array.isArray(value) ? (value as Role[]) : [])
const pageRoles = (roles: readonly Role[]): Role[] => roles.filter((role) => role !== 'admin')

const unionOf = (rows: readonly MembershipRow[], admin: boolean): Role[] => {
  const roles = new Set<Role>(rows.flatMap((row) => asRoles(row.roles)))
  if (admin) roles.add('admin')
  return [...roles]
}

/**
 * `memberships` (a page and the roles held in it) is what access reads; `roles` (the contract's
 * multi-select) stays their union plus `admin`, which is installation-wide. A script that sets only
 * `roles` sets them in the user's first page (the district page for a new user), and drops from
 * the other pages the roles it no longer names, so `roles` always reads back as it was set.
 */
/** A membership list as comparable text: its pages and roles, not its row ids. */
const membershipKey = (value: unknown): string =>
  JSON.stringify(
    (toActor({ id: 0, memberships: value })?.memberships ?? []).map((row) => [String(row.page), [...row.roles].sort()]),
  )
const rolesKey = (value: unknown): string => JSON.stringify([...asRoles(value)].sort())

export const syncRolesWithMemberships: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const admin = asRoles(data.roles ?? originalDoc?.roles).includes('admin')
  // Payload fills fields a write leaves out with their stored values before this hook: what changed
  // is what was sent.
  const membershipsSent =
    Array.isArray(data.memberships) &&
    (!originalDoc || data.memberships.length > 0) &&
    membershipKey(data.memberships) !== membershipKey(originalDoc?.memberships)
  if (membershipsSent) {
    return { ...data, roles: unionOf(data.memberships as MembershipRow[], admin) }
  }
  if (!Array.isArray(data.roles) || (originalDoc && rolesKey(data.roles) === rolesKey(originalDoc.roles))) return data
  const wanted = pageRoles(data.roles as Role[])
  const current = (toActor({ id: 0, ...originalDoc })?.memberships ?? []) as Membership[]
  const rows: MembershipRow[] = current.length
    ? current
        .map((membership, index) => ({
          page: membership.page,
          roles: index === 0 ? wanted : membership.roles.filter((role) => wanted.includes(role)),
        }))
        // A page where no role is left is a page the user has left (an editor made an admin only).
        .filter((row) => asRoles(row.roles).length > 0)
    : wanted.length
      ? [{ page: await defaultPageId(req), roles: wanted }]
      : []
  return { ...data, memberships: rows, roles: unionOf(rows, admin) }
}
