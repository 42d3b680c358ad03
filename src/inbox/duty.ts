import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { compareAndSet } from '../db/compareAndSet'
import type { Id } from '../workflow/roles'
import { type BoardCandidate, coveringShift, memberInTurn, pickBoardMember, type ShiftRow } from './assignment'

export const OPEN_STATES = ['new', 'assigned', 'escalated'] as const

type UserDoc = { id: Id; roles?: string[] | null }
type ShiftDoc = { id: Id; startsAt: string; endsAt: string; members?: unknown[] | null; nextAssignee?: number | null }

const usersWithRole = async (payload: Payload, role: string, req: PayloadRequest, ids?: Id[]) => {
  const found = await payload.find({
    collection: 'users',
    where: ids ? { and: [{ id: { in: ids } }, { roles: { in: [role] } }] } : { roles: { in: [role] } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  return found.docs as unknown as UserDoc[]
}

/** The shifts whose window holds `at`, with members narrowed to people who still hold the duty role. */
const shiftsAt = async (payload: Payload, at: Date, req: PayloadRequest): Promise<ShiftRow[]> => {
  const iso = at.toISOString()
  const found = await payload.find({
    collection: 'shifts',
    where: { and: [{ startsAt: { less_than_equal: iso } }, { endsAt: { greater_than: iso } }] },
    depth: 0,
    limit: 10,
    pagination: false,
    req,
  })
  const shifts = found.docs as unknown as ShiftDoc[]
  const memberIds = shifts.flatMap((shift) => (shift.members ?? []).map((member) => relationId(member as never)!))
  const onDuty = new Set(
    memberIds.length > 0 ? (await usersWithRole(payload, 'duty', req, memberIds)).map((user) => String(user.id)) : [],
  )
  return shifts.map((shift) => ({
    id: shift.id,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    nextAssignee: shift.nextAssignee,
    members: (shift.members ?? []).map((member) => relationId(member as never)!).filter((id) => onDuty.has(String(id))),
  }))
}

const boardCandidates = async (payload: Payload, req: PayloadRequest): Promise<BoardCandidate[]> => {
  const board = await usersWithRole(payload, 'board', req)
  return Promise.all(
    board.map(async (user) => {
      const mine = { assignee: { equals: user.id } }
      const open = await payload.count({
        collection: 'inbox',
        where: { and: [mine, { state: { in: [...OPEN_STATES] } }] },
        req,
      })
      const last = await payload.find({ collection: 'inbox', where: mine, sort: '-createdAt', limit: 1, depth: 0, req })
      const lastDoc = last.docs[0] as { createdAt?: string } | undefined
      return { id: user.id, open: open.totalDocs, lastAssignedAt: lastDoc?.createdAt ?? null }
    }),
  )
}

/**
 * Takes the turn on a shift: the counter moves only if nobody else moved it meanwhile, so two items
 * arriving together go to two different members.
 */
const takeTurn = async (payload: Payload, at: Date, req: PayloadRequest): Promise<Id | null | 'none'> => {
  const shift = coveringShift(await shiftsAt(payload, at, req), at)
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
 * Who answers an item arriving at `at`: the member in turn on the shift then, round-robin; outside
 * every shift (or on an empty one) the least loaded board member. Null when there is no board either.
 */
export const resolveAssignee = async (payload: Payload, at: Date, req: PayloadRequest): Promise<Id | null> => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const turn = await takeTurn(payload, at, req)
    if (turn === 'none') break
    if (turn !== null) return turn
  }
  return pickBoardMember(await boardCandidates(payload, req))
}
