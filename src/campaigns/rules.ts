import { localDay } from '../time/vietnam'

/** What a member can record for a campaign; `shared` and `reacted` are the one-tap buttons. */
export const ACTION_KINDS = ['shared', 'reacted', 'commented'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]
export const TAP_KINDS: readonly ActionKind[] = ['shared', 'reacted']

export const CAMPAIGN_STATES = ['draft', 'launched', 'ended'] as const
export type CampaignState = (typeof CAMPAIGN_STATES)[number]

export interface CampaignWindow {
  state?: string | null
  startsAt?: string | null
  endsAt?: string | null
}

/** Why a tap is refused at `now`, or null when the campaign is open for taps. */
export const tapRefusal = (
  campaign: CampaignWindow,
  now: Date,
): 'campaign_not_launched' | 'campaign_not_started' | 'campaign_ended' | null => {
  if (campaign.state === 'draft' || !campaign.state) return 'campaign_not_launched'
  if (campaign.state === 'ended') return 'campaign_ended'
  if (campaign.startsAt && now < new Date(campaign.startsAt)) return 'campaign_not_started'
  if (campaign.endsAt && now > new Date(campaign.endsAt)) return 'campaign_ended'
  return null
}

/** The key that allows one reminder per member and campaign per Vietnam day. */
export const reminderDay = (now: Date) => localDay(now)

export interface UnitCount {
  unit: string
  targeted: number
  acted: number
  /** acted / targeted, 0 when nobody is targeted; rounded to 4 decimals. */
  rate: number
}

export interface TargetedMember {
  id: string
  unit: string
}

/**
 * Participation by unit: the members targeted, those among them who recorded at least one action
 * (of any kind), and the rate. Units with nobody targeted are left out; units sorted by name key.
 */
export const participationByUnit = (
  targeted: readonly TargetedMember[],
  actedMembers: Iterable<string>,
): UnitCount[] => {
  const acted = new Set(actedMembers)
  const byUnit = new Map<string, UnitCount>()
  for (const member of targeted) {
    const row = byUnit.get(member.unit) ?? { unit: member.unit, targeted: 0, acted: 0, rate: 0 }
    row.targeted += 1
    if (acted.has(member.id)) row.acted += 1
    byUnit.set(member.unit, row)
  }
  return [...byUnit.values()]
    .map((row) => ({ ...row, rate: rateOf(row.acted, row.targeted) }))
    .sort((a, b) => a.unit.localeCompare(b.unit))
}

export const rateOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000)

/** Totals over units. */
export const totalOf = (rows: readonly UnitCount[]) => {
  const targeted = rows.reduce((sum, row) => sum + row.targeted, 0)
  const acted = rows.reduce((sum, row) => sum + row.acted, 0)
  return { targeted, acted, rate: rateOf(acted, targeted) }
}

/** "2026-11" → the month's first instant and the next month's, Vietnam time; null when malformed. */
export const monthBounds = (month: unknown): { from: string; to: string } | null => {
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null
  const [year, index] = month.split('-').map(Number)
  const next = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`
  return { from: `${month}-01`, to: `${next}-01` }
}
