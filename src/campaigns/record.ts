import type { Payload } from 'payload'

import type { Id } from '../workflow/roles'
import type { ActionKind } from './rules'

export interface ActionInput {
  campaign: Id
  member: Id
  kind: ActionKind
  at?: Date
  link?: string | null
  source: 'tap' | 'graph'
  verified?: boolean
}

type ActionRow = { id: Id; verified?: boolean | null; at: string; link?: string | null }

const existing = async (payload: Payload, input: ActionInput) =>
  (
    await payload.find({
      collection: 'campaign-actions',
      where: {
        and: [
          { campaign: { equals: input.campaign } },
          { member: { equals: input.member } },
          { kind: { equals: input.kind } },
        ],
      },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
    })
  ).docs[0] as unknown as ActionRow | undefined

/**
 * Records one action of a kind for a member and campaign, once: a repeated tap finds the row, and
 * of two taps at once the unique index (campaign, member, kind) lets one insert win; the other finds
 * the winner's row. A verified reading from Facebook marks an existing tap verified.
 */
export const recordAction = async (
  payload: Payload,
  input: ActionInput,
): Promise<{ action: ActionRow; created: boolean }> => {
  const found = await existing(payload, input)
  if (found) return { action: await markVerified(payload, found, input), created: false }
  try {
    const action = await payload.create({
      collection: 'campaign-actions',
      data: {
        campaign: input.campaign,
        member: input.member,
        kind: input.kind,
        at: (input.at ?? new Date()).toISOString(),
        link: input.link ?? null,
        source: input.source,
        verified: input.verified ?? false,
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    return { action: action as unknown as ActionRow, created: true }
  } catch (error) {
    const winner = await existing(payload, input)
    if (!winner) throw error
    return { action: await markVerified(payload, winner, input), created: false }
  }
}

const markVerified = async (payload: Payload, row: ActionRow, input: ActionInput): Promise<ActionRow> => {
  if (!input.verified || row.verified) return row
  return (await payload.update({
    collection: 'campaign-actions',
    id: row.id,
    data: { verified: true } as never,
    depth: 0,
    overrideAccess: true,
  })) as unknown as ActionRow
}
