import type { Payload, PayloadRequest, Where } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import { boardMembers, pageMembersWithRole } from '../notifications/recipients'
import type { Id } from '../workflow/roles'
import { type BoardCandidate, coveringShift, memberInTurn, pickBoardMember, type ShiftRow } from './assignment'

export const OPEN_STATES = ['new', 'assigned', 'escalated'] as const

type ShiftDoc = { id: Id; startsAt: string; endsAt: string; members?: unknown[] | null; nextAssignee?: number | null }

/** The page's shifts whose window holds `at`, with members narrowed to who holds the duty role in that page. */
const shiftsAt = async (payload: Payload, page: Id, at: Date, req: PayloadRequest): Promise<ShiftRow[]> => {
  const iso = at.toISOString()
  const found = await payload.find({
    collection: 'shifts',
    where: {
      and: [{ page: { equals: page } }, { startsAt: { less_than_equal: iso } }, { endsAt: { greater_than: iso } }],
    },
    depth: 0,
    limit: 10,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const shifts = found.docs as unknown as ShiftDoc[]
  const memberIds = shifts.flatMap((shift) => (shift.members ?? []).map((member) => relationId(member as never)!))
  const onDuty = new Set(
    memberIds.length > 0 ? (await pageMembersWithRole(payload, page, 'duty', req, memberIds)).map(String) : [],
  )
  return shifts.map((shift) => ({
    id: shift.id,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    nextAssignee: shift.nextAssignee,
    members: (shift.members ?? []).map((member) => relationId(member as never)!).filter((id) => onDuty.has(String(id))),
  }))
}

/** The page's board, each with their open items in that page and when they were last given one there. */
const boardCandidates = async (payload: Payload, page: Id, req: PayloadRequest): Promise<BoardCandidate[]> => {
  const board = await boardMembers(payload, page, req)
  return Promise.all(
    board.map(async (id) => {
      const mine: Where = { and: [{ page: { equals: page } }, { assignee: { equals: id } }] }
      const open = await payload.count({
        collection: 'inbox',
        where: { and: [mine, { state: { in: [...OPEN_STATES] } }] },
        overrideAccess: true,
        req,
      })
      const last = await payload.find({
        collection: 'inbox',
        where: mine,
        sort: '-createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const lastDoc = last.docs[0] as { createdAt?: string } | undefined
      return { id, open: open.totalDocs, lastAssignedAt: lastDoc?.createdAt ?? null }
    }),
  )
}

/**
 * Takes the turn on a shift: the counter moves only if nobody else moved it meanwhile, so two items
 * arriving together go to two different members.
 */
const takeTurn = async (payload: Payload, page: Id, at: Date, req: PayloadRequest): Promise<Id | null | 'none'> => {
  const shift = coveringShift(await shiftsAt(payload, page, at, req), at)
  if (!shift) return 'none'
  const counter = shift.nextAssignee ?? null
  const won = await compareAndSet(
    payload,
    {
      collection: 'shifts',
      id: shift.id,
      expect: { nextAssignee: counter },
      set: { nextAssignee: (counter ?? 0) + 1 },
    },
    req,
  )
  return won ? memberInTurn(shift) : null
}

/**
 * Who in `page` answers an item arriving at `at`: the member in turn on that page's shift then,
 * round-robin; outside its shifts (or on an empty one) the page's least loaded board member. Null
 * when the page has no board either. Nobody of another page is ever chosen.
 */
export const resolveAssignee = async (
  payload: Payload,
  page: Id,
  at: Date,
  req: PayloadRequest,
): Promise<Id | null> => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const turn = await takeTurn(payload, page, at, req)
    if (turn === 'none') break
    if (turn !== null) return turn
  }
  return pickBoardMember(await boardCandidates(payload, page, req))
}
