import { matchEngagement, nameKey } from '../../src/campaigns/engagement'
import { mayLaunch, unitsFollowed } from '../../src/campaigns/permissions'
import { monthBounds, participationByUnit, rateOf, reminderDay, tapRefusal, totalOf } from '../../src/campaigns/rules'
import { signTap, verifyTap } from '../../src/campaigns/token'
import type { Actor } from '../../src/workflow/roles'

describe('one-tap tokens', () => {
  const secret = 's3cret'

  test('a signed token names its campaign and member', () => {
    expect(verifyTap(secret, signTap(secret, 12, 345))).toEqual({ campaign: '12', member: '345' })
    expect(verifyTap(secret, signTap(secret, '65a1f0c2e4b0a1b2c3d4e5f6', 'abc'))).toEqual({
      campaign: '65a1f0c2e4b0a1b2c3d4e5f6',
      member: 'abc',
    })
  })

  test('anything altered, another secret or malformed is refused', () => {
    const token = signTap(secret, 12, 345)
    const [campaign, , signature] = token.split('.')
    expect(verifyTap(secret, `${campaign}.346.${signature}`)).toBeNull()
    expect(verifyTap('other', token)).toBeNull()
    expect(verifyTap(secret, `${token}x`)).toBeNull()
    expect(verifyTap(secret, `${token}.extra`)).toBeNull()
    for (const bad of [undefined, null, 12, '', '..', 'a.b', 'x'.repeat(500), '1.2.3'])
      expect(verifyTap(secret, bad)).toBeNull()
  })
})

describe('the tap window', () => {
  const now = new Date('2026-11-20T05:00:00Z')
  const open = { state: 'launched', startsAt: '2026-11-20T00:00:00Z', endsAt: '2026-11-21T00:00:00Z' }

  test('open between start and end of a launched campaign', () => {
    expect(tapRefusal(open, now)).toBeNull()
    expect(tapRefusal({ ...open, startsAt: now.toISOString() }, now)).toBeNull()
    expect(tapRefusal({ ...open, endsAt: now.toISOString() }, now)).toBeNull()
  })

  test('refused before launch, before start, after end', () => {
    expect(tapRefusal({ ...open, state: 'draft' }, now)).toBe('campaign_not_launched')
    expect(tapRefusal({ ...open, state: null }, now)).toBe('campaign_not_launched')
    expect(tapRefusal({ ...open, state: 'ended' }, now)).toBe('campaign_ended')
    expect(tapRefusal({ ...open, startsAt: '2026-11-20T06:00:00Z' }, now)).toBe('campaign_not_started')
    expect(tapRefusal({ ...open, endsAt: '2026-11-20T04:59:59Z' }, now)).toBe('campaign_ended')
  })

  test('reminders count Vietnam days', () => {
    expect(reminderDay(new Date('2026-11-20T16:59:59Z'))).toBe('2026-11-20')
    expect(reminderDay(new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21')
  })
})

describe('participation by unit', () => {
  test('targeted, acted and rate per unit, hand-computed', () => {
    const rows = participationByUnit(
      [
        { id: '1', unit: 'b' },
        { id: '2', unit: 'b' },
        { id: '3', unit: 'b' },
        { id: '4', unit: 'a' },
        { id: '5', unit: 'a' },
      ],
      ['2', '4', '5', '99'],
    )
    expect(rows).toEqual([
      { unit: 'a', targeted: 2, acted: 2, rate: 1 },
      { unit: 'b', targeted: 3, acted: 1, rate: 0.3333 },
    ])
    expect(totalOf(rows)).toEqual({ targeted: 5, acted: 3, rate: 0.6 })
    expect(totalOf([])).toEqual({ targeted: 0, acted: 0, rate: 0 })
    expect(rateOf(2, 3)).toBe(0.6667)
  })

  test('months', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-12-01' })
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' })
    for (const bad of ['2026-13', '2026-1', '26-11', 11, undefined]) expect(monthBounds(bad)).toBeNull()
  })
})

describe('who manages a campaign', () => {
  const actor = (roles: Actor['roles'], unit: string | null = null, id = 'u1'): Actor => ({
    id,
    roles,
    areas: [],
    unit,
    memberships: [{ page: 'p1', roles }],
  })
  const campaign = { page: 'p1', createdBy: 'u1', targetUnits: ['x'], allUnits: false }

  test('the board of the page, or the unit lead who made it', () => {
    expect(mayLaunch(actor(['board'], null, 'u9'), campaign)).toBe(true)
    expect(mayLaunch(actor(['unit_lead'], 'x'), campaign)).toBe(true)
    expect(mayLaunch(actor(['unit_lead'], 'x', 'u2'), campaign)).toBe(false)
    expect(mayLaunch(actor(['board']), { ...campaign, page: 'p2' })).toBe(false)
    expect(mayLaunch(actor(['collaborator']), campaign)).toBe(false)
  })

  test('figures: every unit for the board, the lead’s own unit when targeted', () => {
    expect(unitsFollowed(actor(['board']), campaign)).toBe('all')
    expect(unitsFollowed(actor(['unit_lead'], 'x', 'u3'), campaign)).toEqual(['x'])
    expect(unitsFollowed(actor(['unit_lead'], 'y'), campaign)).toBeNull()
    expect(unitsFollowed(actor(['unit_lead'], 'y'), { ...campaign, allUnits: true })).toEqual(['y'])
    expect(unitsFollowed(actor(['collaborator'], 'x'), campaign)).toBeNull()
  })
})

describe('matching Facebook names to registered accounts', () => {
  const accounts = [
    { member: '1', displayName: 'Hoàng Thị Én' },
    { member: '2', displayName: 'Nguyễn Văn An' },
    { member: '3', displayName: 'nguyễn văn an' },
    { member: '4', displayName: '' },
  ]

  test('one member per name, case, spacing and Unicode form ignored, once per kind', () => {
    const decomposed = 'Hoàng Thị Én'.normalize('NFD')
    expect(
      matchEngagement(
        [
          { name: decomposed, kind: 'reacted' },
          { name: ' hoàng  thị én ', kind: 'reacted' },
          { name: 'Hoàng Thị Én', kind: 'commented' },
          { name: 'Người lạ', kind: 'commented' },
        ],
        accounts,
      ),
    ).toEqual([
      { member: '1', kind: 'reacted' },
      { member: '1', kind: 'commented' },
    ])
    expect(nameKey('  Lê   Văn ')).toBe('lê văn')
  })

  test('a name two members share proves nothing', () => {
    expect(matchEngagement([{ name: 'Nguyễn Văn An', kind: 'reacted' }], accounts)).toEqual([])
    expect(matchEngagement([{ name: '', kind: 'reacted' }], accounts)).toEqual([])
  })
})
