import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import { pageAccess } from '../insights/pageAccess'
import { readEngagement } from '../insights/graphInsights'
import { type GraphSettings, graphCall, graphSettingsFromEnv } from '../publishing/graphClient'
import { type EngagedPerson, matchEngagement } from './engagement'
import { recordAction } from './record'
import { type CampaignDoc, targetMembers } from './targets'

const DAY_MS = 86_400_000

const asList = (body: Record<string, unknown>) =>
  Array.isArray(body.data) ? (body.data as Record<string, unknown>[]) : []

/** The names Facebook gives on one edge of the post (reactors only when page-scoped; commenters' `from`). */
const peopleOn = async (graph: GraphSettings, token: string, postId: string, edge: 'reactions' | 'comments') => {
  const result = await graphCall(graph, {
    method: 'GET',
    path: `${postId}/${edge}`,
    token,
    query:
      edge === 'reactions' ? { fields: 'id,name,type', limit: '500' } : { fields: 'from,created_time', limit: '500' },
  })
  if (!result.ok) return []
  const kind: EngagedPerson['kind'] = edge === 'reactions' ? 'reacted' : 'commented'
  return asList(result.body).flatMap((row) => {
    const name = edge === 'reactions' ? row.name : (row.from as { name?: unknown } | undefined)?.name
    return typeof name === 'string' && name.trim() ? [{ name, kind }] : []
  })
}

export interface VerificationRound {
  campaigns: number
  /** Members matched by name, each once per kind. */
  matched: number
  /** Facebook's share count of each campaign's post, by campaign id. */
  shares: Record<string, number>
}

/**
 * One round over launched campaigns on a Facebook post (open now, or ended within a day): reads the
 * post's share count, its reactors and commenters, and records a verified action (source `graph`)
 * for each targeted member whose registered Facebook account's display name matches.
 */
export const verifyCampaignsOnce = async (
  payload: Payload,
  graph: GraphSettings = graphSettingsFromEnv(),
  now = new Date(),
): Promise<VerificationRound> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { state: { equals: 'launched' } },
        { startsAt: { less_than_equal: now.toISOString() } },
        { endsAt: { greater_than_equal: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const round: VerificationRound = { campaigns: 0, matched: 0, shares: {} }
  for (const campaign of docs as unknown as CampaignDoc[]) {
    const publication = await payload.findByID({
      collection: 'publications',
      id: relationId(campaign.publication as never)!,
      depth: 0,
      select: { channel: true, externalId: true, state: true },
      overrideAccess: true,
      disableErrors: true,
    })
    const postId = publication?.externalId
    if (!publication || publication.state !== 'published' || typeof postId !== 'string') continue
    const access = await pageAccess(payload, relationId(publication.channel as never)!)
    if (!access) continue
    round.campaigns += 1
    const figures = await readEngagement(graph, access.token, [postId])
    if (figures.ok) round.shares[String(campaign.id)] = figures.value.get(postId)?.shares ?? 0
    const people = [
      ...(await peopleOn(graph, access.token, postId, 'reactions')),
      ...(await peopleOn(graph, access.token, postId, 'comments')),
    ]
    if (people.length === 0) continue
    const members = await targetMembers(payload, campaign)
    const accounts = await payload.find({
      collection: 'social-accounts',
      where: { and: [{ platform: { equals: 'facebook' } }, { member: { in: members.map((member) => member.id) } }] },
      select: { member: true, displayName: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const matches = matchEngagement(
      people,
      accounts.docs.flatMap((account) =>
        typeof account.displayName === 'string'
          ? [{ member: String(relationId(account.member as never)), displayName: account.displayName }]
          : [],
      ),
    )
    const idOf = new Map(members.map((member) => [String(member.id), member.id]))
    for (const match of matches) {
      await recordAction(payload, {
        campaign: campaign.id,
        member: idOf.get(match.member)!,
        kind: match.kind,
        source: 'graph',
        verified: true,
      })
      round.matched += 1
    }
  }
  return round
}

/** Every `intervalMs` (15 minutes by default) until `signal` aborts. */
export const runCampaignVerificationLoop = async (payload: Payload, signal: AbortSignal, intervalMs = 15 * 60_000) => {
  while (!signal.aborted) {
    try {
      await verifyCampaignsOnce(payload)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Campaign verification round failed; retrying next round' })
    }
    await sleep(intervalMs, undefined, { signal }).catch(() => {})
  }
}
