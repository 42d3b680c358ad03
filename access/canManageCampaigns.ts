import type { Access, Where } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { linkedMembers } from '../src/campaigns/linkedMembers'
import { homePage, isOperator, perPage, rolesInPage } from '../src/fanpages/membership'
import { type Actor, type Id, type Role, hasAnyRole, hasRole } from '../src/workflow/roles'

/**
 * Share campaigns: a page's board (and admins) manage all of them; a unit lead makes and launches
 * campaigns for their own unit (`hooks/campaigns/keepUnitLeadToOwnUnit.ts`) and sees those that
 * target it; a member linked to a login sees the launched campaigns that target their unit.
 */
const isManager = (roles: readonly Role[]) => hasAnyRole({ roles }, ['board', 'admin'])

const targeting = (units: readonly Id[]): Where => ({
  or: [{ allUnits: { equals: true } }, { targetUnits: { in: [...units] } }],
})

const join = (conditions: (Where | boolean)[]): Where | boolean => {
  if (conditions.includes(true)) return true
  const wheres = conditions.filter((condition): condition is Where => condition !== false)
  if (wheres.length === 0) return false
  return wheres.length === 1 ? wheres[0] : { or: wheres }
}

const asTeam = (actor: Actor, rule: (roles: readonly Role[]) => Where | boolean) =>
  perPage(actor, rule) as Where | boolean

export const canReadCampaigns: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const team = asTeam(actor, (roles) =>
    isManager(roles) ? true : hasRole({ roles }, 'unit_lead') && actor.unit != null ? targeting([actor.unit]) : false,
  )
  if (team === true) return true
  const own = await linkedMembers(req.payload, actor.id, req)
  const asMember: Where[] = own.map((member) => ({
    and: [
      { page: { equals: member.page } },
      { state: { not_equals: 'draft' } },
      targeting(member.unit == null ? [] : [member.unit]),
    ],
  }))
  return join([team, ...asMember])
}

/** Make a campaign: the page's board, or a unit lead (for their own unit, checked on save). */
export const canCreateCampaigns: Access = ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const roles = rolesInPage(actor, relationId(data?.page) ?? homePage(actor))
  return isManager(roles) || (hasRole({ roles }, 'unit_lead') && actor.unit != null)
}

/** Change, launch or delete: the page's board, or the unit lead who made it. */
export const canUpdateCampaigns: Access = ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  return asTeam(actor, (roles) =>
    isManager(roles) ? true : hasRole({ roles }, 'unit_lead') ? { createdBy: { equals: actor.id } } : false,
  )
}

/**
 * Campaign actions: the board sees all of its page's, a unit lead those of their unit's members,
 * a member their own.
 */
export const canReadCampaignActions: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const team = asTeam(actor, (roles) =>
    isManager(roles)
      ? true
      : hasRole({ roles }, 'unit_lead') && actor.unit != null
        ? { unit: { equals: actor.unit } }
        : false,
  )
  if (team === true) return true
  const own = await linkedMembers(req.payload, actor.id, req)
  return join([team, own.length > 0 ? { member: { in: own.map((member) => member.id) } } : false])
}
