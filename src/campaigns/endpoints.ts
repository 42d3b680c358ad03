import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import type { Actor, Id } from '../workflow/roles'
import { findVisible } from '../auth/visible'
import { compareAndSet } from '../db/compareAndSet'
import { jsonBody } from '../endpoints/jsonBody'
import { dayStart } from '../time/vietnam'
import { deliverInvitations, emailChannel, inAppChannel, type Invitation } from './channels'
import { linkedMembers } from './linkedMembers'
import { refuse } from './messages'
import { monthParticipation } from './month'
import { mayLaunch, unitsFollowed } from './permissions'
import { postOf } from './postOf'
import { recordAction } from './record'
import {
  type ActionKind,
  ACTION_KINDS,
  monthBounds,
  participationByUnit,
  reminderDay,
  TAP_KINDS,
  tapRefusal,
  totalOf,
} from './rules'
import { type CampaignDoc, isTargeted, membersWhoActed, type TargetMember, targetMembers } from './targets'
import { signTap, tapPath } from './token'
import { tokenTarget } from './tokenTarget'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

const invitationsFor = (
  req: PayloadRequest,
  campaign: CampaignDoc,
  members: readonly TargetMember[],
  postUrl: string,
  reminder: boolean,
): Invitation[] =>
  members.map((member) => ({
    member,
    title: reminder ? `Nhắc: hưởng ứng chiến dịch “${campaign.title}”` : `Chiến dịch chia sẻ: “${campaign.title}”`,
    body: campaign.message?.trim() || 'Đồng chí hãy chia sẻ và tương tác với bài viết, rồi bấm báo đã làm.',
    tapPath: tapPath(signTap(req.payload.secret, campaign.id, member.id)),
    postUrl,
    page: relationId(campaign.page as never),
  }))

const channelsOf = (req: PayloadRequest) => [inAppChannel(req.payload), emailChannel()]

/** `POST /api/campaigns/:id/launch`: once; a second call (or a racing one) changes nothing and notifies nobody. */
const launch: Endpoint = {
  path: '/:id/launch',
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return refuse(req, 'not_permitted', 401)
    const campaign = await findVisible<CampaignDoc>(req, 'campaigns', String(req.routeParams?.id))
    if (!campaign) return refuse(req, 'campaign_not_found', 404)
    if (!mayLaunch(actor, campaign)) return refuse(req, 'not_permitted', 403)
    const post = await postOf(req.payload, campaign.publication)
    if (!post) return refuse(req, 'no_publication', 409)
    const launchedAt = new Date().toISOString()
    const won =
      campaign.state === 'draft' &&
      (await compareAndSet(req.payload, {
        collection: 'campaigns',
        id: campaign.id,
        expect: { state: 'draft' },
        set: { state: 'launched', launchedAt },
      }))
    if (!won) return Response.json({ state: campaign.state, alreadyLaunched: true, notified: {} }, noStore)
    const members = await targetMembers(req.payload, campaign)
    const notified = await deliverInvitations(channelsOf(req), invitationsFor(req, campaign, members, post.url, false))
    return Response.json({ state: 'launched', launchedAt, targeted: members.length, notified }, noStore)
  },
}

const isHttpLink = (value: unknown) => {
  if (value == null || value === '') return true
  if (typeof value !== 'string' || value.length > 500) return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** Checks and records one tap of `member` for `campaign`. */
const tap = async (req: PayloadRequest, campaign: CampaignDoc, memberId: Id, kinds: readonly ActionKind[]) => {
  const body = await jsonBody(req)
  if (!kinds.includes(body.kind as ActionKind)) return refuse(req, 'bad_kind', 400)
  if (!isHttpLink(body.link)) return refuse(req, 'bad_link', 400)
  const refusal = tapRefusal(campaign, new Date())
  if (refusal) return refuse(req, refusal, 409)
  const { action, created } = await recordAction(req.payload, {
    campaign: campaign.id,
    member: memberId,
    kind: body.kind as ActionKind,
    link: (body.link as string | undefined) || null,
    source: 'tap',
  })
  return Response.json({ kind: body.kind, at: action.at, created }, { status: created ? 201 : 200, ...noStore })
}

const doneKinds = async (req: PayloadRequest, campaign: CampaignDoc, member: unknown) => {
  const { docs } = await req.payload.find({
    collection: 'campaign-actions',
    where: { and: [{ campaign: { equals: campaign.id } }, { member: { equals: relationId(member as never) } }] },
    select: { kind: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.kind)
}

/** `GET /api/campaigns/tap/:token`: what the one-tap page shows (no login; no personal data but the member's name). */
const tapInfo: Endpoint = {
  path: '/tap/:token',
  method: 'get',
  handler: async (req) => {
    const found = await tokenTarget(req)
    if (!found) return refuse(req, 'bad_token', 404)
    const { campaign, member } = found
    const post = await postOf(req.payload, campaign.publication)
    const refusal = tapRefusal(campaign, new Date())
    return Response.json(
      {
        campaign: {
          title: campaign.title,
          message: campaign.message ?? '',
          startsAt: campaign.startsAt,
          endsAt: campaign.endsAt,
        },
        member: { fullName: member.fullName },
        post: post ? { url: post.url, kind: post.kind } : null,
        done: await doneKinds(req, campaign, member.id),
        refusal: refusal
          ? { code: refusal, message: (await refuse(req, refusal, 409).json()).errors[0].message }
          : null,
      },
      noStore,
    )
  },
}

/** `POST /api/campaigns/tap/:token` `{ kind: "shared" | "reacted", link? }`: the one-tap button. */
const tapWithToken: Endpoint = {
  path: '/tap/:token',
  method: 'post',
  handler: async (req) => {
    const found = await tokenTarget(req)
    if (!found) return refuse(req, 'bad_token', 404)
    return tap(req, found.campaign, found.member.id, TAP_KINDS)
  },
}

/** `POST /api/campaigns/:id/tap`: the same for a signed-in member, from the admin. */
const tapSignedIn: Endpoint = {
  path: '/:id/tap',
  method: 'post',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return refuse(req, 'not_permitted', 401)
    const campaign = await findVisible<CampaignDoc>(req, 'campaigns', String(req.routeParams?.id))
    if (!campaign) return refuse(req, 'campaign_not_found', 404)
    const own = (await linkedMembers(req.payload, actor.id)).find((member) => isTargeted(campaign, member as never))
    if (!own) return refuse(req, 'not_a_member', 403)
    return tap(req, campaign, own.id, ACTION_KINDS)
  },
}

/** The campaign and the units this user follows in it, or a refusal. */
type Followed = { refusal: Response } | { campaign: CampaignDoc; units: 'all' | string[]; actor: Actor }

const followed = async (req: PayloadRequest): Promise<Followed> => {
  const actor = toActor(req.user)
  if (!actor) return { refusal: refuse(req, 'not_permitted', 401) }
  const campaign = await findVisible<CampaignDoc>(req, 'campaigns', String(req.routeParams?.id))
  if (!campaign) return { refusal: refuse(req, 'campaign_not_found', 404) }
  const units = unitsFollowed(actor, campaign)
  if (!units) return { refusal: refuse(req, 'not_permitted', 403) }
  return { campaign, units, actor }
}

/**
 * `GET /api/campaigns/:id/participation[?unit=<id>]`: targeted members, members who acted and the
 * rate by unit (a unit lead: their unit only), with who has not acted yet for a single unit.
 */
const participation: Endpoint = {
  path: '/:id/participation',
  method: 'get',
  handler: async (req) => {
    const found = await followed(req)
    if ('refusal' in found) return found.refusal
    const { campaign } = found
    const asked = typeof req.query?.unit === 'string' ? [req.query.unit] : null
    const units = asked && (found.units === 'all' || found.units.includes(asked[0])) ? asked : found.units
    const members = await targetMembers(req.payload, campaign, units)
    const acted = await membersWhoActed(req.payload, campaign.id)
    const rows = participationByUnit(
      members.map((member) => ({ id: String(member.id), unit: String(member.unit) })),
      acted,
    )
    const single = units !== 'all' && units.length === 1
    return Response.json(
      {
        campaign: { id: campaign.id, title: campaign.title, state: campaign.state },
        units: rows,
        total: totalOf(rows),
        notActed: single
          ? members.filter((member) => !acted.has(String(member.id))).map(({ id, fullName }) => ({ id, fullName }))
          : undefined,
      },
      noStore,
    )
  },
}

/**
 * `POST /api/campaigns/:id/remind`: tells the followed unit's members who have not acted yet, at most
 * once per member, campaign and Vietnam day (the unique key of `campaign-reminders`).
 */
const remind: Endpoint = {
  path: '/:id/remind',
  method: 'post',
  handler: async (req) => {
    const found = await followed(req)
    if ('refusal' in found) return found.refusal
    const { campaign, units, actor } = found
    const refusal = tapRefusal(campaign, new Date())
    if (refusal) return refuse(req, refusal, 409)
    const post = await postOf(req.payload, campaign.publication)
    if (!post) return refuse(req, 'no_publication', 409)
    const acted = await membersWhoActed(req.payload, campaign.id)
    const day = reminderDay(new Date())
    const due: TargetMember[] = []
    for (const member of await targetMembers(req.payload, campaign, units)) {
      if (acted.has(String(member.id))) continue
      if (await claimReminder(req, campaign, member.id, day, actor.id)) due.push(member)
    }
    const notified = await deliverInvitations(channelsOf(req), invitationsFor(req, campaign, due, post.url, true))
    return Response.json({ day, reminded: due.length, notified }, noStore)
  },
}

/** Takes today's reminder slot of one member: false when it is already taken (now or by a racing request). */
const claimReminder = async (
  req: PayloadRequest,
  campaign: CampaignDoc,
  member: string | number,
  day: string,
  by: string | number,
) => {
  try {
    await req.payload.create({
      collection: 'campaign-reminders',
      data: { campaign: campaign.id, member, day, by, page: relationId(campaign.page as never) } as never,
      depth: 0,
      overrideAccess: true,
    })
    return true
  } catch (error) {
    const taken = await req.payload.count({
      collection: 'campaign-reminders',
      where: { and: [{ campaign: { equals: campaign.id } }, { member: { equals: member } }, { day: { equals: day } }] },
      overrideAccess: true,
    })
    if (taken.totalDocs > 0) return false
    throw error
  }
}

/** `GET /api/campaigns/participation?month=YYYY-MM`: by unit over the campaigns launched in a month. */
const month: Endpoint = {
  path: '/participation',
  method: 'get',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return refuse(req, 'not_permitted', 401)
    const bounds = monthBounds(req.query?.month)
    if (!bounds) return refuse(req, 'bad_month', 400)
    const figures = await monthParticipation(req, actor, dayStart(bounds.from), dayStart(bounds.to))
    if (!figures) return refuse(req, 'not_permitted', 403)
    return Response.json({ month: req.query.month, ...figures }, noStore)
  },
}

export const campaignEndpoints: Endpoint[] = [month, tapInfo, tapWithToken, launch, tapSignedIn, participation, remind]
