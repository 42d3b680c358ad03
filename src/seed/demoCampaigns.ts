import type { Payload } from 'payload'

import type { AdapterInternals } from '../db/compareAndSet'
import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import { richText } from './richText'

const DAY = 86_400_000
/** Rows per INSERT, as the member import writes them. */
const CHUNK = 500

/** The demo's campaigns, relative to the seed's clock: one over, one running, one drafted for later. */
const DEMO_CAMPAIGNS = [
  {
    title: 'Lan tỏa: Phú Riềng ra quân làm đường giao thông nông thôn',
    state: 'ended',
    startsDaysAgo: 20,
    days: 7,
    reach: 1,
  },
  { title: 'Chia sẻ tuyên truyền Ngày hội Đại đoàn kết', state: 'launched', startsDaysAgo: 3, days: 7, reach: 0.6 },
  { title: 'Chiến dịch tháng tới (nháp)', state: 'draft', startsDaysAgo: -7, days: 7, reach: 0 },
] as const

/** The same numbers on every run (a small xorshift). */
const sequence = (seed: number) => {
  let state = seed || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

/** A published post of the page's local feed, or one made for the demo (the feed is the newsroom's own site). */
const localFeedPost = async (payload: Payload, page: Id, now: Date): Promise<Id | null> => {
  const channel = (
    await payload.find({
      collection: 'channels',
      where: { and: [{ page: { equals: page } }, { kind: { equals: 'local_feed' } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  if (!channel) return null
  const published = await payload.find({
    collection: 'publications',
    where: { and: [{ channel: { equals: channel.id } }, { state: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
  })
  if (published.docs[0]) return published.docs[0].id as Id
  const at = new Date(now.getTime() - 21 * DAY).toISOString()
  const story = await payload.create({
    collection: 'stories',
    data: {
      title: 'Phú Riềng ra quân làm đường giao thông nông thôn (đã đăng)',
      body: richText('Bà con các ấp góp công, góp đất mở rộng tuyến đường liên ấp.'),
      stage: 'published',
      stageChangedAt: at,
      page,
      format: 'news',
    } as never,
  })
  const publication = await payload.create({
    collection: 'publications',
    data: {
      story: story.id,
      channel: channel.id,
      state: 'published',
      scheduledFor: at,
      publishedAt: at,
      page,
    } as never,
  })
  return publication.id as Id
}

type ActionRow = { campaign: Id; member: Id; unit: Id; kind: string; at: string; page: Id; source: 'tap' }

/** Many rows at once: multi-row INSERTs on the SQL adapters, the local API elsewhere. */
const insertActions = async (payload: Payload, rows: ActionRow[]) => {
  const internals = payload.db as unknown as AdapterInternals & {
    drizzle: { insert: (table: unknown) => { values: (rows: object[]) => Promise<unknown> } }
  }
  if (internals.name !== 'sqlite' && internals.name !== 'postgres') {
    for (const row of rows) await payload.create({ collection: 'campaign-actions', data: row as never })
    return
  }
  const now = new Date().toISOString()
  for (let start = 0; start < rows.length; start += CHUNK) {
    await internals.drizzle
      .insert(internals.tables!.campaign_actions)
      .values(
        rows.slice(start, start + CHUNK).map((row) => ({ ...row, verified: false, createdAt: now, updatedAt: now })),
      )
  }
}

/**
 * The demo's share campaigns (issue 10) on the page's local feed: one ended, one running, one draft,
 * with members' actions spread unevenly over the units (some units nearly all, some few) so the
 * participation screen and the leaderboards show volume. Skipped when the page has no members
 * (`DEMO_MEMBERS=0`) or no local feed; a second run finds the campaigns and writes nothing.
 */
export const seedDemoCampaigns = async (
  payload: Payload,
  options: { page: Id; log?: (line: string) => void; now?: Date },
) => {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const { page } = options
  const members = await payload.find({
    collection: 'members',
    where: { page: { equals: page } },
    select: { unit: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  if (members.docs.length === 0) return { campaigns: 0, actions: 0 }
  const existing = await payload.count({
    collection: 'campaigns',
    where: { and: [{ page: { equals: page } }, { title: { in: DEMO_CAMPAIGNS.map((campaign) => campaign.title) } }] },
  })
  if (existing.totalDocs > 0) {
    log(`  chiến dịch chia sẻ: đã có`)
    return { campaigns: 0, actions: 0 }
  }
  const publication = await localFeedPost(payload, page, now)
  if (publication === null) return { campaigns: 0, actions: 0 }

  const units = [...new Set(members.docs.map((member) => String(relationId(member.unit as never))))].sort()
  const random = sequence(members.docs.length)
  let actions = 0
  for (const spec of DEMO_CAMPAIGNS) {
    const startsAt = new Date(now.getTime() - spec.startsDaysAgo * DAY)
    const endsAt = new Date(startsAt.getTime() + spec.days * DAY)
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        title: spec.title,
        publication,
        message: 'Đề nghị các đồng chí chia sẻ, bày tỏ cảm xúc và bình luận tích cực về bài viết.',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        page,
      } as never,
    })
    if (spec.state !== 'draft') {
      await payload.update({
        collection: 'campaigns',
        id: campaign.id,
        data: { state: spec.state, launchedAt: startsAt.toISOString() } as never,
      })
    }
    const until = Math.min(endsAt.getTime(), now.getTime())
    const rows: ActionRow[] = []
    for (const member of members.docs) {
      const unit = relationId(member.unit as never) as Id
      // From about 90 % of a unit down to about 25 %, by the unit's place in the list.
      const rate = spec.reach * (0.9 - (0.65 * units.indexOf(String(unit))) / Math.max(units.length - 1, 1))
      if (random() >= rate) continue
      const at = () => new Date(startsAt.getTime() + random() * (until - startsAt.getTime())).toISOString()
      const base = { campaign: campaign.id as Id, member: member.id as Id, unit, page, source: 'tap' as const }
      rows.push({ ...base, kind: 'shared', at: at() })
      if (random() < 0.7) rows.push({ ...base, kind: 'reacted', at: at() })
      if (random() < 0.25) rows.push({ ...base, kind: 'commented', at: at() })
    }
    await insertActions(payload, rows)
    actions += rows.length
    log(`  chiến dịch “${spec.title}”: ${rows.length} lượt tương tác`)
  }
  return { campaigns: DEMO_CAMPAIGNS.length, actions }
}
