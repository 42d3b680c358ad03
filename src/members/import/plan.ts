import { restoreCell } from '../../input/formulaSafe'
import { normalizePhone, profileKey } from '../profileKey'
import { fold, type ImportRow } from './columns'

type Id = string | number

/** A member already in the page, with the profile keys of their accounts. */
export interface ExistingMember {
  id: Id
  fullName: string
  unit: Id
  position?: string | null
  phone?: string | null
  email?: string | null
  accountKeys: readonly string[]
}

export interface PlanContext {
  /** The units by name, as `fold` gives it. */
  units: ReadonlyMap<string, Id>
  members: readonly ExistingMember[]
  /** Every profile key of the page, with the member who holds it. */
  accountOwners: ReadonlyMap<string, Id>
  /** A unit lead's unit: rows (and members) of other cells are refused. Null for the board and admins. */
  onlyUnit: Id | null
}

export type RefusalReason =
  | 'name_missing'
  | 'unit_unknown'
  | 'unit_not_yours'
  | 'phone_invalid'
  | 'email_invalid'
  | 'profile_invalid'
  | 'profile_taken'
  | 'duplicate_row'

export interface MemberValues {
  fullName: string
  unit: Id
  position: string | null
  phone: string | null
  email: string | null
}

export interface NewAccount {
  platform: 'facebook' | 'zalo'
  url: string
  profileKey: string
}

export type RowPlan =
  | { line: number; fullName: string; action: 'refused'; reason: RefusalReason }
  | { line: number; fullName: string; action: 'unchanged'; member: Id }
  | { line: number; fullName: string; action: 'create'; values: MemberValues; accounts: NewAccount[] }
  | {
      line: number
      fullName: string
      action: 'update'
      member: Id
      /** Only the fields that change. */
      changes: Partial<MemberValues>
      accounts: NewAccount[]
    }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const same = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)
const nameKey = (fullName: string, unit: Id) => `${fold(fullName)}|${unit}`

/** A leading apostrophe an export added before `=`, `+`, `-`, `@` is taken off again. */
const cell = (value: string) => restoreCell(value).trim()

/**
 * What importing `rows` into a page would do, row by row, without touching anything. A row names a
 * member by phone, else email, else the same name in the same cell; a member found is updated with
 * the row's non-empty cells and gets the row's Facebook and Zalo accounts they lack; a member not
 * found is created. A row is refused, with its reason, when it has no name, names an unknown cell
 * (or, for a unit lead, another cell), has a bad phone, email or profile, names a profile another
 * member holds, or repeats a member or a profile of an earlier row.
 */
export const planImport = (rows: readonly ImportRow[], context: PlanContext): RowPlan[] => {
  const byPhone = new Map<string, ExistingMember>()
  const byEmail = new Map<string, ExistingMember>()
  const byName = new Map<string, ExistingMember>()
  for (const member of context.members) {
    const phone = member.phone ? normalizePhone(member.phone) : null
    if (phone) byPhone.set(phone, member)
    if (member.email) byEmail.set(member.email.toLowerCase(), member)
    byName.set(nameKey(member.fullName, member.unit), member)
  }
  const seenMembers = new Set<string>()
  const seenProfiles = new Set<string>()

  return rows.map((row): RowPlan => {
    const fullName = cell(row.fullName).replace(/\s+/g, ' ')
    const refuse = (reason: RefusalReason): RowPlan => ({ line: row.line, fullName, action: 'refused', reason })
    if (!fullName) return refuse('name_missing')
    const unit = context.units.get(fold(cell(row.unit)))
    if (unit === undefined) return refuse('unit_unknown')
    if (context.onlyUnit != null && !same(unit, context.onlyUnit)) return refuse('unit_not_yours')
    const phoneCell = cell(row.phone)
    const phone = phoneCell ? normalizePhone(phoneCell) : null
    if (phoneCell && !phone) return refuse('phone_invalid')
    const emailCell = cell(row.email).toLowerCase()
    if (emailCell && !EMAIL.test(emailCell)) return refuse('email_invalid')
    const email = emailCell || null

    const wanted: NewAccount[] = []
    for (const platform of ['facebook', 'zalo'] as const) {
      const url = cell(row[platform])
      if (!url) continue
      const key = profileKey(platform, url)
      if (!key) return refuse('profile_invalid')
      wanted.push({ platform, url, profileKey: key })
    }

    const found =
      (phone ? byPhone.get(phone) : undefined) ??
      (email ? byEmail.get(email) : undefined) ??
      byName.get(nameKey(fullName, unit))
    if (found && context.onlyUnit != null && !same(found.unit, context.onlyUnit)) return refuse('unit_not_yours')
    for (const account of wanted) {
      const owner = context.accountOwners.get(account.profileKey)
      if (owner !== undefined && !same(owner, found?.id)) return refuse('profile_taken')
    }

    const identities = [
      found ? `id:${found.id}` : null,
      phone ? `phone:${phone}` : null,
      email ? `email:${email}` : null,
      `name:${nameKey(fullName, unit)}`,
    ].filter((identity): identity is string => identity !== null)
    if (identities.some((identity) => seenMembers.has(identity))) return refuse('duplicate_row')
    if (wanted.some((account) => seenProfiles.has(account.profileKey))) return refuse('duplicate_row')
    identities.forEach((identity) => seenMembers.add(identity))
    wanted.forEach((account) => seenProfiles.add(account.profileKey))

    const position = cell(row.position) || null
    if (!found) {
      return {
        line: row.line,
        fullName,
        action: 'create',
        values: { fullName, unit, position, phone, email },
        accounts: wanted,
      }
    }
    const changes: Partial<MemberValues> = {}
    if (fullName !== found.fullName) changes.fullName = fullName
    if (!same(unit, found.unit)) changes.unit = unit
    if (position && position !== (found.position ?? null)) changes.position = position
    if (phone && phone !== (found.phone ?? null)) changes.phone = phone
    if (email && email !== (found.email?.toLowerCase() ?? null)) changes.email = email
    const accounts = wanted.filter((account) => !found.accountKeys.includes(account.profileKey))
    if (Object.keys(changes).length === 0 && accounts.length === 0) {
      return { line: row.line, fullName, action: 'unchanged', member: found.id }
    }
    return { line: row.line, fullName, action: 'update', member: found.id, changes, accounts }
  })
}

/** How many rows of each action. */
export const summarisePlan = (plan: readonly RowPlan[]) => {
  const counts = { create: 0, update: 0, unchanged: 0, refused: 0 }
  for (const row of plan) counts[row.action] += 1
  return counts
}
