import type { Payload, Where } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'

export interface CampaignDoc {
  id: Id
  title: string
  message?: string | null
  page?: unknown
  publication?: unknown
  targetUnits?: unknown
  allUnits?: boolean | null
  startsAt?: string | null
  endsAt?: string | null
  state?: string | null
  launchedAt?: string | null
  createdBy?: unknown
}

export interface TargetMember {
  id: Id
  fullName: string
  unit: Id | null
  user: Id | null
  email: string | null
  contactConsentAt: string | null
}

const unitIds = (campaign: CampaignDoc) =>
  Array.isArray(campaign.targetUnits)
    ? campaign.targetUnits.map((unit) => relationId(unit)).filter((id) => id !== null)
    : []

/** The active members a campaign targets, optionally only in some units. */
export const targetMembers = async (
  payload: Payload,
  campaign: CampaignDoc,
  onlyUnits: 'all' | readonly string[] = 'all',
): Promise<TargetMember[]> => {
  const conditions: Where[] = [{ page: { equals: relationId(campaign.page as never) } }, { active: { equals: true } }]
  if (!campaign.allUnits) conditions.push({ unit: { in: unitIds(campaign) } })
  if (onlyUnits !== 'all') conditions.push({ unit: { in: [...onlyUnits] } })
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: conditions },
    select: { fullName: true, unit: true, user: true, email: true, contactConsentAt: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as unknown as (TargetMember & { unit: unknown; user: unknown })[]).map((doc) => ({
    id: doc.id,
    fullName: doc.fullName,
    unit: relationId(doc.unit as never),
    user: relationId(doc.user as never),
    email: doc.email ?? null,
    contactConsentAt: doc.contactConsentAt ?? null,
  }))
}

/** Whether one member is among those a campaign targets. */
export const isTargeted = (
  campaign: CampaignDoc,
  member: { unit?: unknown; page?: unknown; active?: boolean | null },
) =>
  member.active !== false &&
  String(relationId(member.page as never)) === String(relationId(campaign.page as never)) &&
  (Boolean(campaign.allUnits) ||
    unitIds(campaign).some((unit) => String(unit) === String(relationId(member.unit as never))))

/** The members (ids as strings) who recorded any action for a campaign. */
export const membersWhoActed = async (payload: Payload, campaign: Id): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: 'campaign-actions',
    where: { campaign: { equals: campaign } },
    select: { member: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => String(relationId(doc.member as never))))
}
