import crypto from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import { PAYLOAD_HASH } from '../auth/unknownAccountCheck'
import { brandFromEnv } from '../branding/brand'
import { inTransaction } from '../db/transaction'
import { type DutySlot, shiftWindow } from '../inbox/dutySlots'
import { DEFAULT_PAGE_SLUG } from '../fanpages/defaultPage'
import { shiftLabel } from '../roster/labels'
import { DEFAULT_SLOTS, usableSlots } from '../roster/slots'
import { localDay, mondayOf, weekDays } from '../time/vietnam'
import type { Id, Role } from '../workflow/roles'
import { DISTRICT_AREAS, GRASSROOTS_AREAS, GRASSROOTS_PAGES, type NetworkPageSpec, personName } from './networkPages'

/** Each page's team: the "board 2, editors 2 with areas, collaborators ~8, duty 3". */
export const NETWORK_TEAM = { board: 2, editor: 2, collaborator: 8, duty: 3 } as const
type TeamRole = keyof typeof NETWORK_TEAM
const TEAM_ROLES = Object.keys(NETWORK_TEAM) as TeamRole[]

export interface NetworkSeedOptions {
  /** Pages in all, the district page included (at most 1 + 39). */
  pages?: number
  /** The one password of every account this seed makes (never a demo password; see seedNetwork.ts). */
  password: string
  /** E-mail domain of the seeded accounts. */
  emailDomain?: string
  /** A facebook_page channel on every `every`-th grassroots page (and the district), pointing at this page. */
  facebook?: { pageId: string; accessToken: string; every: number } | null
  /** The day whose week gets a roster (today by default). */
  rosterDay?: string
  log?: (line: string) => void
}

export interface SeededPage {
  id: Id
  slug: string
  name: string
  level: 'district' | 'grassroots'
  areas: Id[]
  channels: { localFeed: Id; facebook: Id | null }
  people: Record<TeamRole, Id[]>
}

export interface NetworkSeedReport {
  pages: SeededPage[]
  created: { pages: number; units: number; areas: number; channels: number; users: number; shifts: number }
  seconds: number
}

type Row = Record<string, any>

const findAll = async (payload: Payload, collection: string, where: Where, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: collection as never,
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs as Row[]

/** Payload's stored form of a password, computed once: every account of this seed shares it. */
const storedPassword = (password: string) => {
  const salt = crypto.randomBytes(32).toString('hex')
  const key = crypto.pbkdf2Sync(password, salt, PAYLOAD_HASH.iterations, PAYLOAD_HASH.keyLength, PAYLOAD_HASH.digest)
  return { salt, hash: `${PAYLOAD_HASH.prefix}${key.toString('hex')}` }
}

/** An array row id as Payload makes them (24 hex characters). */
const rowId = () => crypto.randomBytes(12).toString('hex')

export const networkEmail = (role: TeamRole, index: number, slug: string, domain = 'mangluoi.local') =>
  `${role}${index + 1}.${slug}@${domain}`

const pageSpecs = (count: number): NetworkPageSpec[] => {
  const grassroots = Math.max(0, Math.min(GRASSROOTS_PAGES.length, count - 1))
  return GRASSROOTS_PAGES.slice(0, grassroots)
}

/** The district page: the one there is (an upgraded or demo installation has it), else a new one. */
export const ensureDistrict = async (payload: Payload): Promise<{ doc: Row; created: boolean }> => {
  const [existing] = await findAll(payload, 'pages', { level: { equals: 'district' } })
  if (existing) return { doc: existing, created: false }
  const doc = await payload.create({
    collection: 'pages',
    data: { name: brandFromEnv().name, slug: DEFAULT_PAGE_SLUG, level: 'district' },
    overrideAccess: true,
  })
  return { doc: doc as Row, created: true }
}

/**
 * The network of pages with their teams, areas, channels and this week's roster. Idempotent: pages
 * are found by slug, units and areas by name, channels by name, accounts by e-mail, shifts by day and
 * slot; only what is missing is made. Pages, units, areas and channels go through the local API (a
 * few hundred documents, with their hooks: page placement, token sealing); the ~600 accounts and
 * ~900 shifts are written through Payload's database adapter (`payload.db.create`, one transaction
 * per page, no hooks), since the local API would hash each password (PBKDF2, 600,000 rounds) and
 * take minutes. Those rows are written exactly as the hooks would leave them: `roles` is the union
 * of the memberships' roles, shifts carry their page, label and times from the page's slots.
 */
export const seedNetwork = async (payload: Payload, options: NetworkSeedOptions): Promise<NetworkSeedReport> => {
  const started = performance.now()
  const log = options.log ?? (() => {})
  const domain = options.emailDomain ?? 'mangluoi.local'
  const created = { pages: 0, units: 0, areas: 0, channels: 0, users: 0, shifts: 0 }
  const specs = pageSpecs(options.pages ?? 40)

  const district = await ensureDistrict(payload)
  if (district.created) created.pages += 1

  // Units: one per grassroots page, named as the page.
  const units = new Map((await findAll(payload, 'units', {})).map((unit) => [String(unit.name), unit.id as Id]))
  for (const spec of specs) {
    if (units.has(spec.name)) continue
    units.set(spec.name, (await payload.create({ collection: 'units', data: { name: spec.name } })).id)
    created.units += 1
  }

  const pagesBySlug = new Map(
    (await findAll(payload, 'pages', { slug: { in: specs.map((spec) => spec.slug) } })).map((page) => [
      String(page.slug),
      page,
    ]),
  )
  for (const spec of specs) {
    if (pagesBySlug.has(spec.slug)) continue
    const page = await payload.create({
      collection: 'pages',
      data: { ...spec, parent: district.doc.id, units: [units.get(spec.name)!] } as never,
      overrideAccess: true,
    })
    pagesBySlug.set(spec.slug, page as Row)
    created.pages += 1
  }
  const pages: Row[] = [district.doc, ...specs.map((spec) => pagesBySlug.get(spec.slug)!)]
  const pageIds = pages.map((page) => page.id as Id)

  const existingAreas = await findAll(payload, 'areas', { page: { in: pageIds } })
  const existingChannels = await findAll(payload, 'channels', { page: { in: pageIds } })
  const emails = pages.flatMap((page) =>
    TEAM_ROLES.flatMap((role) =>
      Array.from({ length: NETWORK_TEAM[role] }, (_, index) => networkEmail(role, index, page.slug, domain)),
    ),
  )
  const existingUsers = new Map(
    (await findAll(payload, 'users', { email: { in: emails } })).map((user) => [String(user.email), user.id as Id]),
  )
  const rosterDays = weekDays(mondayOf(options.rosterDay ?? localDay(new Date())))
  const existingShifts = new Set(
    (await findAll(payload, 'shifts', { and: [{ page: { in: pageIds } }, { day: { in: rosterDays } }] })).map(
      (shift) => `${String(shift.page)}|${shift.day}|${shift.slot}`,
    ),
  )
  const stored = storedPassword(options.password)

  const seeded: SeededPage[] = []
  for (const [index, page] of pages.entries()) {
    const level = page.level as SeededPage['level']
    const pageCreated = { ...created }

    const areas: Id[] = []
    for (const area of level === 'district' ? DISTRICT_AREAS : GRASSROOTS_AREAS) {
      const found = existingAreas.find((row) => String(row.page) === String(page.id) && row.name === area.name)
      if (found) {
        areas.push(found.id)
        continue
      }
      areas.push((await payload.create({ collection: 'areas', data: { ...area, page: page.id } as never })).id)
      created.areas += 1
    }

    const channel = async (name: string, data: Row): Promise<Id> => {
      const found = existingChannels.find((row) => String(row.page) === String(page.id) && row.name === name)
      if (found) return found.id
      created.channels += 1
      return (
        await payload.create({
          collection: 'channels',
          data: { name, enabled: true, page: page.id, ...data } as never,
          overrideAccess: true,
        })
      ).id
    }
    const localFeed = await channel(`Trang tin ${page.name}`, { kind: 'local_feed' })
    const facebookWanted = options.facebook && (level === 'district' || index % options.facebook.every === 0)
    const facebook = facebookWanted
      ? await channel(`Fanpage ${page.name}`, {
          kind: 'facebook_page',
          pageId: options.facebook!.pageId,
          accessToken: options.facebook!.accessToken,
        })
      : null

    const people = Object.fromEntries(TEAM_ROLES.map((role) => [role, [] as Id[]])) as Record<TeamRole, Id[]>
    const slots: DutySlot[] = usableSlots(page.dutySlots ?? DEFAULT_SLOTS)
    await inTransaction(payload, async (req) => {
      for (const role of TEAM_ROLES) {
        for (let member = 0; member < NETWORK_TEAM[role]; member += 1) {
          const email = networkEmail(role, member, page.slug, domain)
          const known = existingUsers.get(email)
          if (known !== undefined) {
            people[role].push(known)
            continue
          }
          const roles: Role[] = [role]
          const user = await payload.db.create({
            collection: 'users',
            data: {
              email,
              name: personName(index * 16 + TEAM_ROLES.indexOf(role) * 4 + member),
              roles,
              memberships: [{ id: rowId(), page: page.id, roles }],
              // Editors split the page's areas between them; collaborators belong to the page's unit.
              areas: role === 'editor' ? areas.filter((_, area) => area % NETWORK_TEAM.editor === member) : [],
              unit: role === 'collaborator' && level === 'grassroots' ? (units.get(String(page.name)) ?? null) : null,
              salt: stored.salt,
              hash: stored.hash,
              loginAttempts: 0,
            },
            req,
          })
          people[role].push(user.id as Id)
          created.users += 1
        }
      }
      // This week's roster: each slot of each day to one duty member, in turn.
      let turn = 0
      for (const day of rosterDays) {
        for (const slot of slots) {
          turn += 1
          if (existingShifts.has(`${String(page.id)}|${day}|${slot.name}`) || people.duty.length === 0) continue
          const window = shiftWindow(day, slot)
          await payload.db.create({
            collection: 'shifts',
            data: {
              page: page.id,
              day,
              slot: slot.name,
              label: shiftLabel(day, slot),
              startsAt: window.startsAt.toISOString(),
              endsAt: window.endsAt.toISOString(),
              members: [people.duty[turn % people.duty.length]!],
              nextAssignee: 0,
            },
            req,
          })
          created.shifts += 1
        }
      }
    })

    seeded.push({
      id: page.id,
      slug: page.slug,
      name: page.name,
      level,
      areas,
      channels: { localFeed, facebook },
      people,
    })
    const made = (key: keyof typeof created) => created[key] - pageCreated[key]
    log(
      `  [${String(index + 1).padStart(2)}/${pages.length}] ${String(page.slug).padEnd(44)} ` +
        `+${made('users')} người, +${made('areas')} mảng, +${made('channels')} kênh, +${made('shifts')} ca trực`,
    )
  }
  return { pages: seeded, created, seconds: (performance.now() - started) / 1000 }
}
