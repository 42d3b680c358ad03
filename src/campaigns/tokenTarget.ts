import type { PayloadRequest } from 'payload'

import { type CampaignDoc, isTargeted } from './targets'
import { verifyTap } from './token'

const campaignById = async (req: PayloadRequest, id: unknown) =>
  (await req.payload.findByID({
    collection: 'campaigns',
    id: String(id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as CampaignDoc | null

/** The member and campaign a one-tap token names, when the signature holds and the member is targeted. */
export const tokenTarget = async (req: PayloadRequest) => {
  const target = verifyTap(req.payload.secret, req.routeParams?.token)
  if (!target) return null
  const campaign = await campaignById(req, target.campaign)
  const member = await req.payload.findByID({
    collection: 'members',
    id: target.member,
    depth: 0,
    select: { fullName: true, unit: true, page: true, active: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return campaign && member && isTargeted(campaign, member as never) ? { campaign, member } : null
}
