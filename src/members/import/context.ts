import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../../auth/actor'
import type { Id } from '../../workflow/roles'
import { fold } from './columns'
import type { ExistingMember, PlanContext } from './plan'
import type { MemberScope } from './scope'

/**
 * What the planner compares a file with: the units by name, and every member and profile key of the
 * page (all cells: a profile another cell's member holds is refused all the same, without saying whose).
 * Three reads at the database level, whatever the file's size.
 */
export const loadPlanContext = async (
  payload: Payload,
  scope: MemberScope,
  req?: PayloadRequest,
): Promise<PlanContext> => {
  // At the database level: no access rules (the page's data is all needed) and no read hooks on
  // tens of thousands of rows.
  const everything = { limit: 0, pagination: false, req } as const
  const [units, members, accounts] = await Promise.all([
    payload.db.find({ collection: 'units', select: { name: true }, ...everything }),
    payload.db.find({
      collection: 'members',
      where: { page: { equals: scope.page } },
      select: { fullName: true, unit: true, position: true, phone: true, email: true },
      ...everything,
    }),
    payload.db.find({
      collection: 'social-accounts',
      where: { page: { equals: scope.page } },
      select: { member: true, profileKey: true },
      ...everything,
    }),
  ])
  type Row = { id: Id; [field: string]: unknown }
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const keysOf = new Map<string, string[]>()
  const accountOwners = new Map<string, Id>()
  for (const account of accounts.docs as unknown as Row[]) {
    const member = relationId(account.member as never)
    const key = text(account.profileKey)
    if (member === null || !key) continue
    accountOwners.set(key, member)
    const held = keysOf.get(String(member))
    if (held) held.push(key)
    else keysOf.set(String(member), [key])
  }
  return {
    units: new Map((units.docs as unknown as Row[]).map((unit) => [fold(String(unit.name)), unit.id])),
    members: (members.docs as unknown as Row[]).map((member): ExistingMember => ({
      id: member.id,
      fullName: text(member.fullName) ?? '',
      unit: relationId(member.unit as never)!,
      position: text(member.position),
      phone: text(member.phone),
      email: text(member.email),
      accountKeys: keysOf.get(String(member.id)) ?? [],
    })),
    accountOwners,
    onlyUnit: scope.onlyUnit,
  }
}
