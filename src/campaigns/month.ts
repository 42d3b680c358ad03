import type { PayloadRequest } from 'payload'

import type { Actor } from '../workflow/roles'
import { unitsFollowed } from './permissions'
import { participationByUnit, totalOf } from './rules'
import { type CampaignDoc, membersWhoActed, targetMembers } from './targets'

/**
 * Participation by unit over the campaigns launched in [from, to) that the user follows: a member
 * counts once as targeted (by any of them) and once as having acted (on any of them).
 * Null when the user follows none of the page's campaigns as board or unit lead.
 */
export const monthParticipation = async (req: PayloadRequest, actor: Actor, from: Date, to: Date) => {
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { state: { not_equals: 'draft' } },
        { launchedAt: { greater_than_equal: from.toISOString() } },
        { launchedAt: { less_than: to.toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
  })
  const targeted = new Map<string, string>()
  const acted = new Set<string>()
  let followedAny = false
  for (const campaign of docs as unknown as CampaignDoc[]) {
    const units = unitsFollowed(actor, campaign)
    if (!units) continue
    followedAny = true
    const members = await targetMembers(req.payload, campaign, units)
    const actedHere = await membersWhoActed(req.payload, campaign.id)
    for (const member of members) {
      targeted.set(String(member.id), String(member.unit))
      if (actedHere.has(String(member.id))) acted.add(String(member.id))
    }
  }
  if (!followedAny && docs.length > 0) return null
  const rows = participationByUnit(
    [...targeted].map(([id, unit]) => ({ id, unit })),
    acted,
  )
  return { campaigns: docs.length, units: rows, total: totalOf(rows) }
}
