import type { Payload, PayloadRequest, Where } from 'payload'

import { toActor } from '../auth/actor'
import { type Id, sameId } from '../workflow/roles'

export interface RosterPerson {
  id: Id
  name: string
  /** Still holds the duty role in the roster's page: only such members answer its inbox during their shift. */
  onDuty: boolean
}

type UserRow = { id: Id; name?: string | null; memberships?: unknown }

const dutyIn = (user: UserRow, page: Id) =>
  (toActor(user)?.memberships ?? []).some(
    (membership) => sameId(membership.page, page) && membership.roles.includes('duty'),
  )

const toPerson = (user: UserRow, page: Id): RosterPerson => ({
  id: user.id,
  name: user.name || `#${user.id}`,
  onDuty: dutyIn(user, page),
})

const byName = (a: RosterPerson, b: RosterPerson) => a.name.localeCompare(b.name, 'vi')

/**
 * The people a filter finds, by name and their roles in `page` only. Read past the users collection's access on
 * purpose: a duty member may not list the newsroom's users, yet needs to see who shares their shift.
 */
const findPeople = async (payload: Payload, page: Id, where: Where, req?: PayloadRequest): Promise<RosterPerson[]> => {
  const found = await payload.find({
    collection: 'users',
    where,
    select: { name: true, memberships: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs as unknown as UserRow[]).map((user) => toPerson(user, page))
}

/** People named on a page's roster, by id. Only names leave here. */
export const peopleByIds = async (payload: Payload, page: Id, ids: readonly Id[], req?: PayloadRequest) => {
  const wanted = [...new Set(ids.map(String))]
  if (wanted.length === 0) return new Map<string, RosterPerson>()
  const people = await findPeople(payload, page, { id: { in: wanted } }, req)
  return new Map(people.map((person) => [String(person.id), person]))
}

/** Everyone who holds the duty role in the page: its roster's candidates, by name. */
export const dutyPeople = async (payload: Payload, page: Id, req?: PayloadRequest): Promise<RosterPerson[]> =>
  (await findPeople(payload, page, { 'memberships.page': { equals: page } }, req))
    .filter((person) => person.onDuty)
    .sort(byName)
