import type { CollectionBeforeChangeHook } from 'payload'

import { relationId, toActor } from '../../src/auth/actor'
import { campaignError } from '../../src/campaigns/messages'
import { rolesInPage } from '../../src/fanpages/membership'
import { hasAnyRole, sameId } from '../../src/workflow/roles'

const ids = (value: unknown) =>
  Array.isArray(value) ? value.map((unit) => relationId(unit)).filter((unit) => unit !== null) : []

/**
 * Before a campaign is saved: who made it (on create), whether it targets every unit (no unit
 * named), a unit lead's campaign targeting exactly their own unit, and an end after the start.
 */
export const prepareCampaign: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const merged = { ...originalDoc, ...data }
  const units = ids(merged.targetUnits)
  const actor = toActor(req.user)
  if (actor) {
    const roles = rolesInPage(actor, relationId(merged.page))
    const manager = hasAnyRole({ roles }, ['board', 'admin'])
    if (!manager && !(units.length === 1 && sameId(units[0], actor.unit))) {
      throw campaignError(req, 'unit_lead_own_unit', 403)
    }
  }
  if (merged.startsAt && merged.endsAt && new Date(merged.endsAt) <= new Date(merged.startsAt)) {
    throw campaignError(req, 'bad_dates', 400)
  }
  return {
    ...data,
    allUnits: units.length === 0,
    ...(operation === 'create' ? { createdBy: actor?.id ?? null, state: 'draft', launchedAt: null } : {}),
  }
}
