import type { Access, FieldAccess, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { homePage, isOperator, pagesWhereRole, perPage, rolesInPage } from '../src/fanpages/membership'
import { type Actor, type Role, hasAnyRole, hasRole, sameId } from '../src/workflow/roles'

/**
 * Members of the party network: a page's board (and admins) manage all of them, a unit lead the
 * members of their own unit, and a member linked to a login their own record.
 */
const membersInPage = (actor: Actor, roles: readonly Role[]): Where | boolean => {
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  if (hasRole({ roles }, 'unit_lead') && actor.unit != null) return { unit: { equals: actor.unit } }
  return false
}

const self = (actor: Actor): Where => ({ user: { equals: actor.id } })

const orSelf = (actor: Actor, managed: Where | boolean): Where | boolean =>
  managed === true ? true : managed === false ? self(actor) : { or: [managed, self(actor)] }

/** Read and change: the page's board, the unit's lead, the member themself. */
export const canReadMembers: Access = ({ req }) => {
  const actor = toActor(req.user)
  return actor ? orSelf(actor, perPage(actor, (roles) => membersInPage(actor, roles)) as Where | boolean) : false
}

/** Delete (a member's data removed on request): the board and the unit's lead, not the member alone. */
export const canDeleteMembers: Access = ({ req }) => {
  const actor = toActor(req.user)
  return actor ? (perPage(actor, (roles) => membersInPage(actor, roles)) as Where | boolean) : false
}

/** Add a member: the page's board, or a unit lead into their own unit. */
export const canCreateMembers: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const roles = rolesInPage(actor, relationId(data?.page) ?? homePage(actor))
  if (hasAnyRole({ roles }, ['board'])) return true
  return (
    hasRole({ roles }, 'unit_lead') && actor.unit != null && (!data?.unit || sameId(relationId(data.unit), actor.unit))
  )
}

/** Moving a member to another unit is the board's decision; a unit lead keeps their members in their unit. */
export const canChangeMemberUnit: FieldAccess = ({ req, doc, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const roles = rolesInPage(actor, relationId(doc?.page ?? data?.page) ?? homePage(actor))
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  return hasRole({ roles }, 'unit_lead') && sameId(relationId(data?.unit ?? doc?.unit), actor.unit)
}

/**
 * Phones, emails and the consent record: personal data, read only by the roles that manage members
 * and by the member themself (the board of the page, the unit's lead, admins).
 */
export const canReadMemberContact: FieldAccess = ({ req, doc }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (doc && sameId(relationId(doc.user), actor.id)) return true
  const roles = rolesInPage(actor, relationId(doc?.page) ?? homePage(actor))
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  return hasRole({ roles }, 'unit_lead') && (!doc || sameId(relationId(doc.unit), actor.unit))
}

/** A login is linked to a member by those who manage the member, never by the member themself. */
export const canLinkMemberLogin: FieldAccess = ({ req, doc, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const roles = rolesInPage(actor, relationId(doc?.page ?? data?.page) ?? homePage(actor))
  return hasAnyRole({ roles }, ['board', 'admin', 'unit_lead'])
}

/** Social accounts, through their member: the page's board, the member's unit lead, the member themself. */
const accountsInPage = (actor: Actor, roles: readonly Role[]): Where | boolean => {
  if (hasAnyRole({ roles }, ['board', 'admin'])) return true
  if (hasRole({ roles }, 'unit_lead') && actor.unit != null) return { 'member.unit': { equals: actor.unit } }
  return false
}

/** Read, change and remove a social account (a member removes their own). */
export const canManageSocialAccounts: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const managed = perPage(actor, (roles) => accountsInPage(actor, roles)) as Where | boolean
  const own: Where = { 'member.user': { equals: actor.id } }
  return managed === true ? true : managed === false ? own : { or: [managed, own] }
}

/**
 * Add a social account: whoever manages some members, or a member linked to this login. Which
 * member it may go to is checked on the document (`hooks/socialAccounts/keepMemberInReach.ts`).
 */
export const canCreateSocialAccounts: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor) || pagesWhereRole(actor, ['board', 'unit_lead']).length > 0) return true
  const { totalDocs } = await req.payload.count({
    collection: 'members',
    where: { user: { equals: actor.id } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
