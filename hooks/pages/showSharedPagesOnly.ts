import type { FieldHook } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { isOperator, pagesWhereRole } from '../../src/pages/membership'
import { type Id, type Role, sameId } from '../../src/workflow/roles'

type Row = { page?: unknown; roles?: Role[] | null }

/**
 * The pages a reader may see of another user's memberships: the ones they share. Null when the
 * reader sees everything (themselves, an admin, server code overriding access).
 */
const sharedPages = (args: Parameters<FieldHook>[0]): Id[] | null => {
  const reader = toActor(args.req.user)
  if (args.overrideAccess || !reader || isOperator(reader)) return null
  if (sameId(reader.id, (args.siblingData as { id?: Id } | undefined)?.id)) return null
  return pagesWhereRole(reader)
}

const rowsIn = (rows: unknown, pages: Id[]): Row[] =>
  (Array.isArray(rows) ? (rows as Row[]) : []).filter((row) =>
    pages.some((page) => sameId(page, relationId(row.page as never))),
  )

/** A member of A who is also in B shows A's board their place in A, not what they are in B. */
export const showSharedMemberships: FieldHook = (args) => {
  const pages = sharedPages(args)
  return pages ? rowsIn(args.value, pages) : args.value
}

/** `roles` (the union over pages) read by a member of another page: the roles held in shared pages. */
export const showSharedRoles: FieldHook = (args) => {
  const pages = sharedPages(args)
  if (!pages) return args.value
  const roles = new Set(rowsIn(args.siblingData?.memberships, pages).flatMap((row) => row.roles ?? []))
  if (Array.isArray(args.value) && args.value.includes('admin')) roles.add('admin')
  return [...roles]
}
