import type { Payload } from 'payload'

import type { Id } from '../workflow/roles'
import { type ContributionsSource, contributionsOf } from './contributions'
import { type Weights, rank, unitsOf, weightsFrom } from './scoring'

export const recognitionWeights = async (payload: Payload): Promise<Weights> =>
  weightsFrom(await payload.findGlobal({ slug: 'recognition-settings', depth: 0, overrideAccess: true }))

/**
 * The page's leaderboards of members and of units for [fromDay, toDay), top `limit` of each (`source`:
 * see `contributionsOf`; the bench compares both).
 */
export const leaderboard = async (
  payload: Payload,
  page: Id,
  fromDay: string,
  toDay: string,
  limit = 20,
  source: ContributionsSource = 'database',
) => {
  const weights = await recognitionWeights(payload)
  const members = await contributionsOf(payload, page, fromDay, toDay, source)
  const units = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const unitNames = new Map(units.docs.map((unit) => [String(unit.id), String(unit.name)]))
  const withUnitName = members.map((member) => ({
    ...member,
    unitName: member.unit ? (unitNames.get(member.unit) ?? '') : '',
  }))
  return {
    weights,
    members: rank(withUnitName, weights).slice(0, limit),
    units: rank(unitsOf(members, unitNames), weights).slice(0, limit),
  }
}
