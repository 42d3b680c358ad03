import type { Payload, PayloadRequest, Where } from 'payload'

import type { Id } from '../workflow/roles'

export interface RosterPerson {
  id: Id
  name: string
  /** Still holds the duty role: only such members answer the inbox during their shift. */
  onDuty: boolean
}

type UserRow = { id: Id; name?: string | null; roles?: string[] | null }

const toPerson = (user: UserRow): RosterPerson => ({
  id: user.id,
  name: user.name || `#${user.id}`,
  onDuty: Array.isArray(user.roles) && user.roles.includes('duty'),
})

const byName = (a: RosterPerson, b: RosterPerson) => a.name.localeCompare(b.name, 'vi')

/**
 * The people a filter finds, by name and roles only. Read past the users collection's access on
 * purpose: a duty member may not list the newsroom's users, yet needs to see who shares their shift.
 */
const findPeople = async (payload: Payload, where: Where, req?: PayloadRequest): Promise<RosterPerson[]> => {
  const found = await payload.find({
    collection: 'users',
    where,
    select: { name: true, roles: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs as unknown as UserRow[]).map(toPerson)
}

/** People named on the roster, by id. Only names leave here. */
export const peopleByIds = async (payload: Payload, ids: readonly Id[], req?: PayloadRequest) => {
  const wanted = [...new Set(ids.map(String))]
  if (wanted.length === 0) return new Map<string, RosterPerson>()
  const people = await findPeople(payload, { id: { in: wanted } }, req)
  return new Map(people.map((person) => [String(person.id), person]))
}

/** Everyone who holds the duty role: the roster's candidates, by name. */
export const dutyPeople = async (payload: Payload, req?: PayloadRequest): Promise<RosterPerson[]> =>
  (await findPeople(payload, { roles: { in: ['duty'] } }, req)).sort(byName)
