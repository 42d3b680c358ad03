import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { classifyGraphError, parseUsageHeaders } from '../../src/publishing/graphErrors'
import { startGraphSimulator, type GraphSimulator } from './index'
import { graphCall, postForm } from './testing'

const PAGE = '1000'
const TOKEN = 'tok-1000'
const HOUR = 3_600_000

let sim: GraphSimulator
let clock = Date.parse('2026-03-01T01:00:00Z')

const get = (path: string) =>
  graphCall(sim.url, `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(TOKEN)}`)

beforeAll(async () => {
  sim = await startGraphSimulator({ now: () => new Date(clock) })
})
afterAll(async () => {
  await sim.close()
})
beforeEach(() => {
  sim.reset()
  sim.setUsageBudget(null)
  sim.addPage({ pageId: PAGE, name: 'Phú Riềng đỏ', followers: 33_000, accessToken: TOKEN })
})

describe('post insights', () => {
  it('grow over simulated time, deterministically from the post id', async () => {
    const post = sim.seedPost({ pageId: PAGE, at: new Date(clock) })
    clock += HOUR
    const first = await get(`/v24.0/${post.id}/insights?metric=post_total_media_view_unique,post_media_view`)
    expect(first.status).toBe(200)
    expect(first.body.data.map((entry: any) => entry.name)).toEqual(['post_total_media_view_unique', 'post_media_view'])
    const reach = first.body.data[0].values[0].value
    expect(reach).toBe(sim.postFigures(post.id).post_total_media_view_unique)
    clock += 5 * HOUR
    const later = await get(`/v24.0/${post.id}/insights/post_total_media_view_unique`)
    expect(later.body.data[0].values[0].value).toBeGreaterThan(reach)
  })

  it('refuses retired and unknown metrics with #100 for the whole request', async () => {
    const post = sim.seedPost({ pageId: PAGE, at: new Date(clock) })
    for (const metric of ['post_impressions', 'post_impressions_unique,post_media_view']) {
      const answer = await get(`/v24.0/${post.id}/insights?metric=${metric}`)
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({
        code: 100,
        message: '(#100) The value must be a valid insights metric',
      })
      expect(classifyGraphError({ httpStatus: answer.status, body: answer.body }).kind).toBe('invalid')
    }
    sim.retireMetric('post_media_view')
    expect((await get(`/v24.0/${post.id}/insights?metric=post_media_view`)).status).toBe(400)
  })

  it('gives engagement totals for 50 posts in one ?ids= call, and refuses 51', async () => {
    const ids = Array.from({ length: 51 }, () => sim.seedPost({ pageId: PAGE, at: new Date(clock - 2 * HOUR) }).id)
    const fields = 'reactions.summary(total_count).limit(0),comments.summary(true).limit(0),shares'
    const answer = await get(`/v24.0/?ids=${ids.slice(0, 50).join(',')}&fields=${fields}`)
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body)).toHaveLength(50)
    const figures = sim.postFigures(ids[0]!)
    expect(answer.body[ids[0]!]).toMatchObject({
      reactions: { summary: { total_count: figures.reactions } },
      comments: { summary: { total_count: figures.comments } },
      shares: { count: figures.shares },
    })
    expect((await get(`/v24.0/?ids=${ids.join(',')}&fields=shares`)).body.error.code).toBe(100)
  })

  it('answers a batch of insights requests one by one, errors included', async () => {
    const post = sim.seedPost({ pageId: PAGE, at: new Date(clock - HOUR) })
    const batch = [
      { method: 'GET', relative_url: `${post.id}/insights?metric=post_total_media_view_unique` },
      { method: 'GET', relative_url: `${post.id}/insights?metric=page_fans` },
    ]
    const answer = await postForm(sim.url, '/v24.0/', { batch: JSON.stringify(batch), access_token: TOKEN })
    expect(answer.status).toBe(200)
    expect(answer.body.map((item: any) => item.code)).toEqual([200, 400])
    expect(JSON.parse(answer.body[0].body).data[0].values[0].value).toBe(
      sim.postFigures(post.id).post_total_media_view_unique,
    )
    expect(JSON.parse(answer.body[1].body).error.code).toBe(100)
  })
})

describe('page insights', () => {
  it('one value per local day, page_follows growing; page_fans is gone', async () => {
    const answer = await get(
      `/v24.0/${PAGE}/insights?metric=page_follows,page_total_media_view_unique&period=day&since=${Math.floor((clock - 3 * 24 * HOUR) / 1000)}&until=${Math.floor(clock / 1000)}`,
    )
    expect(answer.status).toBe(200)
    const [follows] = answer.body.data
    expect(follows.name).toBe('page_follows')
    expect(follows.values.length).toBeGreaterThanOrEqual(3)
    // Days end at midnight in Vietnam (17:00 UTC).
    expect(follows.values.every((value: any) => value.end_time.endsWith('T17:00:00+0000'))).toBe(true)
    expect((await get(`/v24.0/${PAGE}/insights?metric=page_fans&period=day`)).body.error.code).toBe(100)
  })
})

describe('usage and throttling', () => {
  it('reports usage per page and refuses calls beyond the budget with #80001 and a regain estimate', async () => {
    sim.setUsageBudget({ calls: 4, windowMs: HOUR })
    const post = sim.seedPost({ pageId: PAGE, at: new Date(clock) })
    let last
    for (let call = 0; call < 4; call += 1) last = await get(`/v24.0/${post.id}?fields=shares`)
    expect(parseUsageHeaders(last!.headers).maxPercent).toBe(100)
    const refused = await get(`/v24.0/${post.id}?fields=shares`)
    expect(refused.status).toBe(400)
    const error = classifyGraphError({ httpStatus: refused.status, body: refused.body, headers: refused.headers })
    expect(error).toMatchObject({ kind: 'throttled', code: 80001, retryAfterMs: 60 * 60_000 })
    clock += HOUR + 1
    expect((await get(`/v24.0/${post.id}?fields=shares`)).status).toBe(200)
  })
})
