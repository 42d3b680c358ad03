import type { Payload, PayloadRequest, Where } from 'payload'

import { relationId } from '../auth/actor'
import { type Id, sameId } from '../workflow/roles'

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
 * claim, withdraw, reject and unschedule tell nobody: either the actor is the only one who cares, or
 * (reject) there is no kind for it yet.
 *
 * "On duty now" means a member of a `shifts` row with startsAt ≤ now < endsAt who holds the board role.
 * The area-editor fallback to the board exists because the board may review any area: a story in an
 * area nobody edits would otherwise wait unseen.
 */

const ids = (docs: { id: Id }[]) => docs.map((doc) => doc.id)

const findUserIds = async (payload: Payload, where: Where, req?: PayloadRequest) =>
  ids(
    (await payload.find({ collection: 'users', where, depth: 0, limit: 0, pagination: false, req }))
      .docs as unknown as { id: Id }[],
  )

export const boardMembers = (payload: Payload, req?: PayloadRequest) =>
  findUserIds(payload, { roles: { in: ['board'] } }, req)

export const areaEditors = (payload: Payload, areaId: Id, req?: PayloadRequest) =>
  findUserIds(payload, { and: [{ roles: { in: ['editor'] } }, { areas: { in: [areaId] } }] }, req)

/** Board members who are members of a shift running at `now`. */
export const boardOnDuty = async (payload: Payload, now: Date, req?: PayloadRequest) => {
  const at = now.toISOString()
  const shifts = await payload.find({
    collection: 'shifts',
    where: { and: [{ startsAt: { less_than_equal: at } }, { endsAt: { greater_than: at } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const members = shifts.docs.flatMap((shift) =>
    ((shift as { members?: unknown[] | null }).members ?? []).map((member) => relationId(member as never)),
  )
  const onDuty = members.filter((id): id is Id => id !== null)
  if (onDuty.length === 0) return []
  return findUserIds(payload, { and: [{ id: { in: onDuty } }, { roles: { in: ['board'] } }] }, req)
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
