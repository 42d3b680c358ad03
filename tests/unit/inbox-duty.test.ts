import { describe, expect, it } from '@jest/globals'

import { DEFAULT_SLOTS } from '../../src/roster/slots'
import { chooseAssignee, coveringShift, memberInTurn, pickBoardMember, type ShiftRow } from '../../src/inbox/assignment'
import { shiftWindow, slotAt } from '../../src/inbox/dutySlots'
import { localDay, zonedInstant } from '../../src/time/vietnam'

/** An instant given as Vietnam wall-clock time (UTC+7, no daylight saving). */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`)
const DAY = '2026-03-02'

const rosterFor = (day: string, members: Record<string, (string | number)[]>): ShiftRow[] =>
  DEFAULT_SLOTS.map((slot, index) => {
    const window = shiftWindow(day, slot)
    return {
      id: index + 1,
      startsAt: window.startsAt,
      endsAt: window.endsAt,
      members: members[slot.name] ?? [],
      nextAssignee: 0,
    }
  })

describe('local time in Asia/Ho_Chi_Minh', () => {
  it('turns a local day and time into the instant, whatever the server zone', () => {
    expect(zonedInstant(DAY, '06:00').toISOString()).toBe('2026-03-01T23:00:00.000Z')
    expect(zonedInstant(DAY, '00:00').toISOString()).toBe('2026-03-01T17:00:00.000Z')
    expect(zonedInstant(DAY, '24:00').toISOString()).toBe('2026-03-02T17:00:00.000Z')
  })

  it('names the local day of an instant, which is not the UTC day before 07:00', () => {
    expect(localDay(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02')
    expect(localDay(new Date('2026-03-02T16:59:59Z'))).toBe('2026-03-02')
    expect(localDay(new Date('2026-03-02T17:00:00Z'))).toBe('2026-03-03')
  })

  it('gives a slot its absolute window; an overnight slot ends the next day', () => {
    expect(shiftWindow(DAY, { name: 'Sáng', start: '06:00', end: '11:00' })).toEqual({
      day: DAY,
      slot: 'Sáng',
      startsAt: local(`${DAY}T06:00:00`),
      endsAt: local(`${DAY}T11:00:00`),
    })
    const night = shiftWindow(DAY, { name: 'Đêm', start: '22:00', end: '06:00' })
    expect(night.endsAt).toEqual(local('2026-03-03T06:00:00'))
  })

  it('rejects a malformed time', () => {
    expect(() => zonedInstant(DAY, '6h')).toThrow(/HH:mm/)
    expect(() => zonedInstant(DAY, '25:00')).toThrow()
  })
})

describe('slotAt: which slot an instant falls in (half-open windows)', () => {
  it.each([
    ['05:59:59', null],
    ['06:00:00', 'Sáng'],
    ['10:59:59', 'Sáng'],
    ['11:00:00', 'Chiều'],
    ['16:59:00', 'Chiều'],
    ['17:00:00', 'Tối'],
    ['21:59:59', 'Tối'],
    ['22:00:00', null],
    ['23:30:00', null],
    ['00:00:00', null],
  ])('at %s local → %s', (time, expected) => {
    expect(slotAt(DEFAULT_SLOTS, local(`${DAY}T${time}`))?.slot ?? null).toBe(expected)
  })

  it('finds an overnight slot after midnight, as the previous day’s', () => {
    const slots = [...DEFAULT_SLOTS, { name: 'Đêm', start: '22:00', end: '06:00' }]
    expect(slotAt(slots, local(`${DAY}T22:00:00`))).toMatchObject({ day: DAY, slot: 'Đêm' })
    expect(slotAt(slots, local('2026-03-03T02:00:00'))).toMatchObject({ day: DAY, slot: 'Đêm' })
    expect(slotAt(slots, local('2026-03-03T06:00:00'))).toMatchObject({ day: '2026-03-03', slot: 'Sáng' })
  })
})

describe('chooseAssignee', () => {
  const shifts = rosterFor(DAY, { Sáng: ['an', 'binh'], Chiều: ['chi'], Tối: ['dung'] })
  const board = [
    { id: 'bbt-1', open: 0, lastAssignedAt: null },
    { id: 'bbt-2', open: 0, lastAssignedAt: null },
  ]
  const at = (time: string) => chooseAssignee({ at: local(`${DAY}T${time}`), shifts, board })

  it('05:59 is outside every slot: the board', () => {
    expect(at('05:59:00')).toEqual({ via: 'board', assignee: 'bbt-1' })
  })
  it('06:00 is the morning shift', () => {
    expect(at('06:00:00')).toEqual({ via: 'shift', assignee: 'an', shiftId: 1, counter: 0 })
  })
  it('11:00 belongs to the afternoon, not the morning', () => {
    expect(at('11:00:00')).toMatchObject({ via: 'shift', assignee: 'chi' })
  })
  it('21:59 is still the evening shift; 22:00 is the board', () => {
    expect(at('21:59:59')).toMatchObject({ via: 'shift', assignee: 'dung' })
    expect(at('22:00:00')).toMatchObject({ via: 'board' })
  })
  it('an empty shift sends items to the board', () => {
    const empty = rosterFor(DAY, { Sáng: [] })
    expect(chooseAssignee({ at: local(`${DAY}T07:00:00`), shifts: empty, board })).toMatchObject({ via: 'board' })
  })
  it('no shift and no board: nobody (the item stays new)', () => {
    expect(chooseAssignee({ at: local(`${DAY}T23:00:00`), shifts, board: [] })).toEqual({ via: 'none' })
  })
  it('no shift covers an instant before the first slot starts', () => {
    expect(coveringShift(shifts, local(`${DAY}T05:00:00`))).toBeNull()
  })
})

describe('round-robin within a shift', () => {
  it('takes members in roster order by the shift counter, wrapping around', () => {
    const shift: ShiftRow = { id: 1, startsAt: '', endsAt: '', members: ['an', 'binh', 'chi'], nextAssignee: 0 }
    const turns = [0, 1, 2, 3, 4, 5].map((counter) => memberInTurn({ ...shift, nextAssignee: counter }))
    expect(turns).toEqual(['an', 'binh', 'chi', 'an', 'binh', 'chi'])
  })
  it('keeps working when the roster shrinks under the counter, and treats an unset counter as 0', () => {
    expect(memberInTurn({ id: 1, startsAt: '', endsAt: '', members: ['an', 'binh'], nextAssignee: 7 })).toBe('binh')
    expect(memberInTurn({ id: 1, startsAt: '', endsAt: '', members: ['an', 'binh'], nextAssignee: null })).toBe('an')
  })
})

describe('board fallback: least loaded, then longest waiting', () => {
  it('picks the board member with the fewest open items', () => {
    expect(
      pickBoardMember([
        { id: 1, open: 3, lastAssignedAt: null },
        { id: 2, open: 1, lastAssignedAt: '2026-03-02T10:00:00Z' },
        { id: 3, open: 2, lastAssignedAt: null },
      ]),
    ).toBe(2)
  })
  it('between equals, the one never given an item, then the one given one longest ago', () => {
    expect(
      pickBoardMember([
        { id: 1, open: 0, lastAssignedAt: '2026-03-02T10:00:00Z' },
        { id: 2, open: 0, lastAssignedAt: null },
      ]),
    ).toBe(2)
    expect(
      pickBoardMember([
        { id: 1, open: 0, lastAssignedAt: '2026-03-02T10:00:00Z' },
        { id: 2, open: 0, lastAssignedAt: '2026-03-02T09:00:00Z' },
      ]),
    ).toBe(2)
  })
  it('has nobody to pick from an empty board', () => {
    expect(pickBoardMember([])).toBeNull()
  })
})
