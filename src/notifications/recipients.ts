import type { Payload, PayloadRequest, Where } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { type Id, type Role, sameId } from '../workflow/roles'

/**
 * Who is told what. The actor is never among the recipients: they know what they just did.
 *
 * | event                                        | kind              | recipients                                            |
 * |----------------------------------------------|-------------------|-------------------------------------------------------|
 * | submit (news, photo story…) → submitted      | queue_entered     | editors holding the story's area; if none, the board  |
 * | submit of a rebuttal → awaiting_approval     | rebuttal_waiting  | board members on duty now; if none, the whole board   |
 * | forward → awaiting_approval                  | queue_entered     | the board                                             |
 * | request_changes                              | changes_requested | the author (the note is the body)                     |
 * | approve                                      | approved          | the author                                            |
 * | schedule / publish_now                       | scheduled         | the author                                            |
 * | every channel published, story → published   | published         | the author                                            |
 * | a publication failed for good                | publishing_failed | the board                                             |
 * | inbox item assigned / overdue                | inbox_assigned/…  | sent by the inbox code through notify()               |
 *
 * Everyone is chosen inside the story's (or item's) page: its editors, its board (the `board` role in
 * that page's membership, not the union of a user's roles), its duty roster. A board member of
 * another page hears nothing of this one.
 *
 * claim, withdraw, reject and unschedule tell nobody: either the actor is the only one who cares, or
 * (reject) there is no kind for it yet.
 *
 * "On duty now" means a member of one of the page's `shifts` rows with startsAt ≤ now < endsAt who holds
 * the board role there.
 * The area-editor fallback to the board exists because the board may review any area: a story in an
 * area nobody edits would otherwise wait unseen.
 */

type MemberRow = { id: Id; memberships?: unknown; roles?: unknown }

/**
 * The users holding `role` in `page` (by their membership there), optionally among `among`. The
 * database finds the page's members; the role is checked on the same membership row here, since a
 * query over array rows would match a role held in another page.
 */
export const pageMembersWithRole = async (
  payload: Payload,
  page: Id,
  role: Role,
  req?: PayloadRequest,
  among?: readonly Id[],
): Promise<Id[]> => {
  if (among && among.length === 0) return []
  const inPage: Where = { 'memberships.page': { equals: page } }
  const found = await payload.find({
    collection: 'users',
    where: among ? { and: [inPage, { id: { in: [...among] } }] } : inPage,
    select: { memberships: true, roles: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs as unknown as MemberRow[])
    .filter((user) =>
      (toActor(user)?.memberships ?? []).some(
        (membership) => sameId(membership.page, page) && membership.roles.includes(role),
      ),
    )
    .map((user) => user.id)
}

/** The page's board: who approves its stories, takes its escalations and hears of its failures. */
export const boardMembers = (payload: Payload, page: Id, req?: PayloadRequest) =>
  pageMembersWithRole(payload, page, 'board', req)

/** Every board member of every page: for what concerns the whole installation (its backups). */
export const everyBoardMember = async (payload: Payload, req?: PayloadRequest): Promise<Id[]> =>
  (
    await payload.find({
      collection: 'users',
      where: { roles: { in: ['board'] } },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs.map((user) => user.id as Id)

/** Editors of the area (areas belong to one page, so these are that page's editors). */
export const areaEditors = async (payload: Payload, page: Id, areaId: Id, req?: PayloadRequest) => {
  const found = await payload.find({
    collection: 'users',
    where: { areas: { in: [areaId] } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return pageMembersWithRole(
    payload,
    page,
    'editor',
    req,
    found.docs.map((user) => user.id as Id),
  )
}

/** The page's board members who are on one of its shifts running at `now`. */
export const boardOnDuty = async (payload: Payload, page: Id, now: Date, req?: PayloadRequest) => {
  const at = now.toISOString()
  const shifts = await payload.find({
    collection: 'shifts',
    where: {
      and: [{ page: { equals: page } }, { startsAt: { less_than_equal: at } }, { endsAt: { greater_than: at } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const members = shifts.docs.flatMap((shift) =>
    ((shift as { members?: unknown[] | null }).members ?? []).map((member) => relationId(member as never)),
  )
  const onDuty = members.filter((id): id is Id => id !== null)
  return onDuty.length === 0 ? [] : pageMembersWithRole(payload, page, 'board', req, onDuty)
}

/** The first non-empty group wins: a fallback is asked only when the preferred group is empty. */
export const firstNonEmpty = async (...groups: (() => Promise<Id[]>)[]) => {
  for (const group of groups) {
    const found = await group()
    if (found.length > 0) return found
  }
  return []
}

export const except = (recipients: readonly (Id | null | undefined)[], actor: Id | null | undefined) =>
  recipients.filter((id): id is Id => id != null && !sameId(id, actor))
