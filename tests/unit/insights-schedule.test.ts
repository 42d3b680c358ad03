import { chunk, insightsBatch, planPostCalls } from '../../src/insights/batchPlan'
import { POST_INSIGHT_METRICS } from '../../src/insights/metricNames'
import { DAY_MS, HOUR_MS, intervalForAge, isDue, MAX_AGE_MS, nextCollectionAt } from '../../src/insights/schedule'
import { pauseAfter, SLOW_DOWN_MS, THROTTLED_DEFAULT_MS } from '../../src/insights/throttle'

const published = new Date('2026-11-01T02:00:00Z')
const at = (ms: number) => new Date(published.getTime() + ms)

describe('collection schedule by age', () => {
  test('hourly in the first day, daily to day 28, weekly after', () => {
    expect(intervalForAge(0)).toBe(HOUR_MS)
    expect(intervalForAge(DAY_MS - 1)).toBe(HOUR_MS)
    expect(intervalForAge(DAY_MS)).toBe(DAY_MS)
    expect(intervalForAge(28 * DAY_MS - 1)).toBe(DAY_MS)
    expect(intervalForAge(28 * DAY_MS)).toBe(7 * DAY_MS)
    expect(intervalForAge(80 * DAY_MS)).toBe(7 * DAY_MS)
  })

  test('the next reading follows the band of the post’s age when it was read', () => {
    expect(nextCollectionAt(published, at(10 * 60_000))).toEqual(at(70 * 60_000))
    expect(nextCollectionAt(published, at(23.5 * HOUR_MS))).toEqual(at(24.5 * HOUR_MS))
    expect(nextCollectionAt(published, at(3 * DAY_MS))).toEqual(at(4 * DAY_MS))
    expect(nextCollectionAt(published, at(30 * DAY_MS))).toEqual(at(37 * DAY_MS))
  })

  test('the last reading falls just inside 90 days, then none', () => {
    expect(nextCollectionAt(published, at(86 * DAY_MS))).toEqual(at(MAX_AGE_MS - HOUR_MS))
    expect(nextCollectionAt(published, at(MAX_AGE_MS - HOUR_MS))).toBeNull()
    expect(nextCollectionAt(published, at(95 * DAY_MS))).toBeNull()
  })

  test('a whole life: 24 readings the first day, 27 to day 28, weekly to day 90', () => {
    const readings = [published]
    for (let next = nextCollectionAt(published, published); next; next = nextCollectionAt(published, next)) {
      readings.push(next)
    }
    const ages = readings.map((reading) => reading.getTime() - published.getTime())
    expect(ages.filter((age) => age < DAY_MS)).toHaveLength(24)
    expect(ages.filter((age) => age >= DAY_MS && age < 28 * DAY_MS)).toHaveLength(27)
    expect(ages.filter((age) => age >= 28 * DAY_MS)).toHaveLength(10)
    expect(Math.max(...ages)).toBe(MAX_AGE_MS - HOUR_MS)
  })

  test('due: never read, or its time has come; never past 90 days', () => {
    const now = at(2 * HOUR_MS)
    expect(isDue(published, { dueAt: null, collectedAt: null }, now)).toBe(true)
    expect(isDue(published, { dueAt: at(HOUR_MS), collectedAt: at(0) }, now)).toBe(true)
    expect(isDue(published, { dueAt: at(3 * HOUR_MS), collectedAt: at(HOUR_MS) }, now)).toBe(false)
    expect(isDue(published, { dueAt: null, collectedAt: at(HOUR_MS) }, now)).toBe(false)
    expect(isDue(published, { dueAt: null, collectedAt: null }, at(MAX_AGE_MS))).toBe(false)
  })
})

describe('batching plan', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, index) => `1000_${index + 1}`)

  test('1,000 posts: 20 ?ids= calls and 20 batch calls instead of 2,000', () => {
    const plan = planPostCalls(ids(1000), POST_INSIGHT_METRICS)
    expect(plan.filter((call) => call.kind === 'fields')).toHaveLength(20)
    expect(plan.filter((call) => call.kind === 'insights')).toHaveLength(20)
    expect(plan.every((call) => call.postIds.length === 50)).toBe(true)
  })

  test('chunk by chunk, so a page that must rest leaves whole posts read', () => {
    const plan = planPostCalls(ids(120), POST_INSIGHT_METRICS)
    expect(plan.map((call) => `${call.kind}:${call.postIds.length}`)).toEqual([
      'fields:50',
      'insights:50',
      'fields:50',
      'insights:50',
      'fields:20',
      'insights:20',
    ])
  })

  test('refused metrics are left out; with none left, engagement fields only; duplicates read once', () => {
    const plan = planPostCalls([...ids(3), '1000_1'], POST_INSIGHT_METRICS, ['post_media_view'])
    expect(plan).toEqual([
      { kind: 'fields', postIds: ids(3) },
      { kind: 'insights', postIds: ids(3), metrics: ['post_total_media_view_unique'] },
    ])
    expect(planPostCalls(ids(3), POST_INSIGHT_METRICS, [...POST_INSIGHT_METRICS])).toEqual([
      { kind: 'fields', postIds: ids(3) },
    ])
  })

  test('a batch body is one insights request per post', () => {
    expect(JSON.parse(insightsBatch(['1_2', '1_3'], ['a', 'b']))).toEqual([
      { method: 'GET', relative_url: '1_2/insights?metric=a,b' },
      { method: 'GET', relative_url: '1_3/insights?metric=a,b' },
    ])
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })
})

describe('pause after usage headers', () => {
  test('below 90 % go on; from 90 % rest; at 100 % wait as long as Facebook says', () => {
    expect(pauseAfter(undefined)).toBe(0)
    expect(pauseAfter({ businessUseCases: [], maxPercent: 89 })).toBe(0)
    expect(pauseAfter({ businessUseCases: [], maxPercent: 92 })).toBe(SLOW_DOWN_MS)
    expect(pauseAfter({ businessUseCases: [], maxPercent: 100, retryAfterMs: 420_000 })).toBe(420_000)
    expect(pauseAfter({ businessUseCases: [], maxPercent: 100 })).toBe(THROTTLED_DEFAULT_MS)
  })
})
