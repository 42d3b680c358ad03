import type { ActionKind } from './rules'

/** A person Facebook names as having reacted to or commented on the post. */
export interface EngagedPerson {
  name: string
  kind: Extract<ActionKind, 'reacted' | 'commented'>
}

export interface RegisteredAccount {
  member: string
  displayName: string
}

/** Names compared as people write them: Unicode-composed, case and spacing ignored. */
export const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()

/**
 * The verified actions Facebook's answer supports: a reaction or comment by a name that exactly one
 * targeted member's registered Facebook account shows (two members with the same display name: no
 * one is credited, a name is no proof of which of them it was). One per member and kind.
 */
export const matchEngagement = (people: readonly EngagedPerson[], accounts: readonly RegisteredAccount[]) => {
  const membersByName = new Map<string, Set<string>>()
  for (const account of accounts) {
    const key = nameKey(account.displayName)
    if (!key) continue
    membersByName.set(key, (membersByName.get(key) ?? new Set()).add(account.member))
  }
  const found = new Map<string, { member: string; kind: EngagedPerson['kind'] }>()
  for (const person of people) {
    const members = membersByName.get(nameKey(person.name))
    if (!members || members.size !== 1) continue
    const [member] = members
    found.set(`${member}:${person.kind}`, { member, kind: person.kind })
  }
  return [...found.values()]
}
