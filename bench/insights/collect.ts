/**
 * The collector's part of `npm run bench -- insights`: the figures of 5,000 Facebook posts read from
 * the Graph API simulator (with a per-call latency, as the real API has), stored as post-metrics rows.
 * Measured in the same run against a baseline that reads them one post at a time (one engagement call
 * and one insights call per post, eight in flight): Graph calls, time, and the process's peak RSS.
 */
import { createInsightsCollector } from '../../src/insights/collector'
import { readEngagement, readPostInsights } from '../../src/insights/graphInsights'
import { POST_INSIGHT_METRICS } from '../../src/insights/metricNames'
import { pageAccess } from '../../src/insights/pageAccess'
import { upsertPostMetrics, type PostMetricRow } from '../../src/insights/store'
import { localDay } from '../../src/time/vietnam'
import { type GraphSimulator, startGraphSimulator } from '../../tests/graph-simulator'
import { startNewsroom, type TestNewsroom } from '../../tests/helpers/newsroom'
import { createFacebookChannel, PAGE_ID } from '../../tests/helpers/publishing'
import { peakResidentMB } from '../lib/processMemory'
import { type BenchContext, numberFlag } from '../lib/types'

type Id = string | number

interface SqlDatabase {
  insert: (table: unknown) => {
    values: (rows: object[]) => { returning: (fields: object) => Promise<{ id: Id }[]> }
  }
  delete: (table: unknown) => Promise<unknown>
}

interface Post {
  publication: Id
  story: Id
  externalId: string
}

/** `count` stories with a published Facebook publication each, and their posts on the simulated page. */
const seedPublished = async (
  newsroom: TestNewsroom,
  simulator: GraphSimulator,
  channel: Id,
  count: number,
  log: (line: string) => void,
): Promise<Post[]> => {
  const db = newsroom.payload.db as unknown as { drizzle: SqlDatabase; tables: Record<string, unknown> }
  const { page } = (await newsroom.payload.findByID({ collection: 'channels', id: channel, depth: 0 })) as unknown as {
    page: Id
  }
  const area = (await newsroom.payload.create({ collection: 'areas', data: { name: 'Kinh tế', page } as never })).id
  const author = await newsroom.makeUser(['collaborator'])
  const posts: Post[] = []
  const batch = 250
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done)
    // Published over the last 80 days, so the collector's whole window is covered.
    const times = Array.from(
      { length: size },
      (_, k) => new Date(Date.now() - ((done + k) % 80) * 86_400_000 - 3_600_000),
    )
    const now = new Date().toISOString()
    const stories = await db.drizzle
      .insert(db.tables.stories)
      .values(
        times.map((at, k) => ({
          title: `Bài ${done + k + 1}: Phú Riềng ra quân làm đường giao thông nông thôn`,
          format: 'news',
          area,
          author: author.id,
          page,
          stage: 'published',
          stageChangedAt: at.toISOString(),
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: (db.tables.stories as { id: unknown }).id })
    const externalIds = times.map((at) => simulator.seedPost({ pageId: PAGE_ID, at }).id)
    const publications = await db.drizzle
      .insert(db.tables.publications)
      .values(
        stories.map(({ id }, k) => ({
          label: 'Bench → Facebook',
          story: id,
          channel,
          page,
          state: 'published',
          scheduledFor: times[k]!.toISOString(),
          publishedAt: times[k]!.toISOString(),
          externalId: externalIds[k],
          attempts: 1,
          reconcileRetries: 0,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: (db.tables.publications as { id: unknown }).id })
    publications.forEach(({ id }, k) =>
      posts.push({ publication: id, story: stories[k]!.id, externalId: externalIds[k]! }),
    )
    if ((done + size) % 1000 === 0 || done + size === count) log(`  seeded ${done + size} / ${count} published posts`)
  }
  return posts
}

/** The baseline: every post on its own, an engagement call and an insights call each, `inFlight` posts at once. */
const unbatched = async (
  newsroom: TestNewsroom,
  simulator: GraphSimulator,
  channel: Id,
  posts: readonly Post[],
  inFlight: number,
) => {
  const access = (await pageAccess(newsroom.payload, channel))!
  const graph = { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 30_000 }
  const day = localDay(new Date())
  let next = 0
  let calls = 0
  const rows: PostMetricRow[] = []
  const worker = async () => {
    while (next < posts.length) {
      const post = posts[next++]!
      const engagement = await readEngagement(graph, access.token, [post.externalId])
      const insights = await readPostInsights(graph, access.token, post.externalId, POST_INSIGHT_METRICS)
      calls += 2
      const figures = {
        ...(engagement.ok ? engagement.value.get(post.externalId) : {}),
        ...(insights.ok ? insights.value : {}),
      }
      for (const [metric, value] of Object.entries(figures)) {
        rows.push({
          page: access.networkPage,
          publication: post.publication,
          story: post.story,
          channel,
          metric,
          day,
          value,
        })
      }
      if (rows.length >= 2000) await upsertPostMetrics(newsroom.payload, rows.splice(0))
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker))
  await upsertPostMetrics(newsroom.payload, rows)
  return calls
}

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now()
  const { value, peakMB } = await peakResidentMB(process.pid, work)
  return { value, seconds: (performance.now() - started) / 1000, peakMB }
}

export const runCollectPart = async ({ db, flags, log }: BenchContext) => {
  const count = numberFlag(flags, 'posts', 5000)
  const latencyMs = numberFlag(flags, 'latency', 20)
  const inFlight = numberFlag(flags, 'in-flight', 8)
  log(`collector: ${count} posts on ${db}, Graph latency ${latencyMs} ms a call`)
  const simulator = await startGraphSimulator({ latencyMs })
  const newsroom = await startNewsroom()
  try {
    const admin = await newsroom.makeUser(['admin'])
    const channel = await createFacebookChannel(newsroom, admin, simulator)
    const posts = await seedPublished(newsroom, simulator, channel, count, log)
    const rowTable = (newsroom.payload.db as unknown as { tables: Record<string, unknown> }).tables.post_metrics

    log(`  baseline: one post at a time (${inFlight} in flight)…`)
    const before = simulator.requests.length
    const baseline = await timed(() => unbatched(newsroom, simulator, channel, posts, inFlight))
    const baselineCalls = simulator.requests.length - before
    log(`    ${baselineCalls} calls, ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakMB.toFixed(0)} MB`)
    await (newsroom.payload.db as unknown as { drizzle: SqlDatabase }).drizzle.delete(rowTable)

    log('  collector: batched (?ids= and the batch endpoint), rounds of 1,000 posts…')
    const collector = createInsightsCollector(newsroom.payload, {
      graph: { baseUrl: simulator.url, version: 'v24.0', timeoutMs: 30_000 },
      postsPerRound: 1000,
    })
    const start = simulator.requests.length
    const collected = await timed(async () => {
      let read = 0
      let rounds = 0
      for (;;) {
        const round = await collector.runOnce()
        rounds += 1
        read += round.posts.read
        log(`    round ${rounds}: ${round.posts.read} posts, ${round.posts.calls + round.pages.calls} calls`)
        if (round.posts.read === 0) return { read, rounds }
      }
    })
    const calls = simulator.requests.length - start
    const stored = await newsroom.payload.count({ collection: 'post-metrics' })
    log(
      `    ${collected.value.read} posts in ${collected.value.rounds - 1} rounds: ${calls} calls, ` +
        `${collected.seconds.toFixed(1)} s, peak RSS ${collected.peakMB.toFixed(0)} MB, ${stored.totalDocs} rows`,
    )
    const result = {
      posts: count,
      latencyMs,
      collector: {
        postsRead: collected.value.read,
        graphCalls: calls,
        seconds: Number(collected.seconds.toFixed(2)),
        peakRssMB: Math.round(collected.peakMB),
        rows: stored.totalDocs,
      },
      baseline: {
        inFlight,
        graphCalls: baselineCalls,
        seconds: Number(baseline.seconds.toFixed(2)),
        peakRssMB: Math.round(baseline.peakMB),
      },
      ratio: {
        calls: Number((baselineCalls / calls).toFixed(1)),
        time: Number((baseline.seconds / collected.seconds).toFixed(1)),
      },
    }
    log(
      `  collector vs one post at a time: ${result.ratio.calls}× fewer calls, ${result.ratio.time}× faster ` +
        `(${calls} vs ${baselineCalls} calls, ${result.collector.seconds} vs ${result.baseline.seconds} s)`,
    )
    return {
      pass: collected.value.read === count ? (calls <= Math.ceil(count / 50) * 2 + 1 ? true : false) : false,
      headline: `collector: ${count} posts in ${calls} calls (${result.ratio.calls}× fewer than one post at a time), ${result.collector.seconds} s (${result.ratio.time}× faster), peak RSS ${result.collector.peakRssMB} MB`,
      result,
    }
  } finally {
    await newsroom.stop()
    await simulator.close()
  }
}

export const part = { name: 'collect', run: runCollectPart }
