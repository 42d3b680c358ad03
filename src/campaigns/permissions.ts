import { relationId } from '../auth/actor'
import { rolesInPage } from '../fanpages/membership'
import { type Actor, hasAnyRole, hasRole, sameId } from '../workflow/roles'

export interface CampaignOwnership {
  page?: unknown
  createdBy?: unknown
  targetUnits?: unknown
  allUnits?: boolean | null
}

const ids = (value: unknown) =>
  Array.isArray(value) ? value.map((unit) => relationId(unit)).filter((unit) => unit !== null) : []

/** The page's board and admins manage every campaign of the page. */
export const managesPage = (actor: Actor, campaign: CampaignOwnership) =>
  hasAnyRole({ roles: rolesInPage(actor, relationId(campaign.page as never)) }, ['board', 'admin'])

/** Launch, change: the page's board, or the unit lead who made the campaign. */
export const mayLaunch = (actor: Actor, campaign: CampaignOwnership) =>
  managesPage(actor, campaign) ||
  (hasRole({ roles: rolesInPage(actor, relationId(campaign.page as never)) }, 'unit_lead') &&
    sameId(relationId(campaign.createdBy as never), actor.id))

/** Figures, reminders: the page's board (every unit) or a unit lead of a targeted unit (their unit only). */
export const unitsFollowed = (actor: Actor, campaign: CampaignOwnership): 'all' | string[] | null => {
  if (managesPage(actor, campaign)) return 'all'
  const roles = rolesInPage(actor, relationId(campaign.page as never))
  if (!hasRole({ roles }, 'unit_lead') || actor.unit == null) return null
  const targeted = campaign.allUnits || ids(campaign.targetUnits).some((unit) => sameId(unit, actor.unit))
  return targeted ? [String(actor.unit)] : null
}
