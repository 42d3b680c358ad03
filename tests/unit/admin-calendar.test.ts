import { calendarSearch, parseCalendarQuery, periodOf, stepAnchor } from '../../src/admin/calendar/calendarRange'
import { dayStart, vnClock, vnDateTime, weekdayIndex } from '../../src/time/vietnam'
import { outcomeOf } from '../../src/admin/channels/checkOutcome'
import { formatDuration } from '../../src/admin/dashboard/duration'
import { safeLink } from '../../src/admin/publications/safeLink'

describe('publishing calendar periods', () => {
  const today = '2026-11-28' // a Saturday

  test('falls back to this week and ignores malformed parameters', () => {
    expect(parseCalendarQuery({ view: 'year', date: '2026-02-30', area: 'x y' }, today)).toEqual({
      mode: 'week',
      anchor: today,
      area: null,
    })
    expect(parseCalendarQuery({ view: 'month', date: '2026-12-03', area: '7' }, today)).toEqual({
      mode: 'month',
      anchor: '2026-12-03',
      area: '7',
    })
  })

  test('a week runs Monday to Sunday', () => {
    const period = periodOf({ mode: 'week', anchor: today, area: null })
    expect([period.from, period.to]).toEqual(['2026-11-23', '2026-11-29'])
    expect(period.days).toHaveLength(7)
    expect(weekdayIndex(period.from)).toBe(0)
  })

  test('a month shows whole weeks around it', () => {
    const period = periodOf({ mode: 'month', anchor: today, area: null })
    expect([period.from, period.to]).toEqual(['2026-11-01', '2026-11-30'])
    expect([period.first, period.last]).toEqual(['2026-10-26', '2026-12-06'])
    expect(period.days).toHaveLength(42)
  })

  test('previous and next cross month and year ends', () => {
    expect(stepAnchor({ mode: 'week', anchor: '2026-12-30', area: null }, 1)).toBe('2027-01-04')
    expect(stepAnchor({ mode: 'month', anchor: '2026-12-31', area: null }, 1)).toBe('2027-01-01')
    expect(stepAnchor({ mode: 'month', anchor: '2026-01-15', area: null }, -1)).toBe('2025-12-01')
  })

  test('links keep only what differs from "this week, every area"', () => {
    expect(calendarSearch({ mode: 'week', anchor: null, area: null })).toBe('')
    expect(calendarSearch({ mode: 'month', anchor: '2026-12-01', area: '3' })).toBe(
      '?view=month&date=2026-12-01&area=3',
    )
  })
})

describe('Vietnam time', () => {
  test('days start at midnight in Asia/Ho_Chi_Minh, whatever the server zone', () => {
    expect(dayStart('2026-11-28').toISOString()).toBe('2026-11-27T17:00:00.000Z')
    expect(vnClock('2026-11-28T01:30:00Z')).toBe('08:30')
    expect(vnDateTime('2026-11-28T17:05:00Z')).toBe('29/11/2026 00:05')
  })
})

describe('dashboard durations', () => {
  test('two units at most, in the reader’s language', () => {
    expect(formatDuration(30_000, 'vi')).toBe('dưới 1 phút')
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000, 'vi')).toBe('3 giờ 5 phút')
    expect(formatDuration(3 * 3_600_000, 'vi')).toBe('3 giờ')
    expect(formatDuration(26 * 3_600_000 + 7 * 60_000, 'en')).toBe('1 d 2 h')
    expect(formatDuration(-12 * 60_000, 'vi')).toBe('12 phút')
  })
})

describe('channel check outcome', () => {
  test('an expired token says so, with Facebook’s own code and words', () => {
    expect(outcomeOf({ ok: false, kind: 'token', code: 190, subcode: 463, message: 'Session has expired' })).toEqual({
      ok: false,
      headline: 'newsroom:checkToken',
      detail: '#190/463 · Session has expired',
    })
    expect(outcomeOf({ ok: false, message: 'Facebook không trả lời (timeout)' }).headline).toBe('newsroom:checkFailed')
    expect(outcomeOf({ ok: false, refused: 'Không được phép' })).toEqual({
      ok: false,
      headline: 'newsroom:checkRefused',
      detail: 'Không được phép',
    })
    expect(outcomeOf({ ok: true, name: 'Trang', followers: 3 }).ok).toBe(true)
  })
})

describe('permalinks', () => {
  test('only web links and local paths become links', () => {
    expect(safeLink('https://www.facebook.com/1000_1')).toBe('https://www.facebook.com/1000_1')
    expect(safeLink('/fanpage?bai=3#bai-3')).toBe('/fanpage?bai=3#bai-3')
    expect(safeLink('javascript:alert(1)')).toBeNull()
    expect(safeLink('//evil.example')).toBeNull()
    expect(safeLink(null)).toBeNull()
  })
})
