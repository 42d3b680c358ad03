import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defaultPublishConcurrency } from '../../src/publishing/engine/settings'
import { seedNetwork } from '../../src/seed/network'
import { seedNetworkActivity } from '../../src/seed/networkActivity'
import { startGraphSimulator } from '../../tests/graph-simulator'
import { startNewsroom } from '../../tests/helpers/newsroom'
import { ms, table } from '../lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from '../lib/types'
import { measureDashboard } from './dashboard'
import { type BurstTarget, PostClock, runBurst } from './delivery'

/** Delivery of a burst over 40 pages must stay within this of the single-page burst (p99 ratio). */
const TARGET_BURST_RATIO = 1.5

const seconds = (value: number) => (value / 1000).toFixed(2)

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const pageCount = numberFlag(flags, 'pages', 40)
  const days = numberFlag(flags, 'days', 365)
  const samples = numberFlag(flags, 'samples', 10)
  const posts = numberFlag(flags, 'posts', 500)
  const latencyMs = numberFlag(flags, 'latency', 80)

  log(`starting a fresh ${db} newsroom and the Graph API simulator (latency ${latencyMs} ms)…`)
  const newsroom = await startNewsroom()
  const clock = new PostClock()
  const simulator = await startGraphSimulator({
    latencyMs,
    onRequest: (entry) =>
      clock.record(entry.method, entry.path, entry.status, entry.fields.message ?? entry.fields.caption),
  })
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-network-media-'))
  try {
    log(`\nseeding ${pageCount} pages with their teams (seedNetwork)…`)
    const network = await seedNetwork(newsroom.payload, {
      pages: pageCount,
      password: crypto.randomBytes(12).toString('base64url'),
      facebook: null,
      log: () => {},
    })
    log(`  ${network.created.users} accounts, ${network.created.shifts} shifts in ${network.seconds.toFixed(1)} s`)
    log(`seeding ${days} days of activity per page (seedNetworkActivity)…`)
    const now = new Date()
    const activity = await seedNetworkActivity(newsroom.payload, network.pages, {
      days,
      storiesPerDay: 2,
      commentsPerDay: 3,
      now,
      log: (line) => {
        if (/\[\s*(10|20|30|40)\//.test(line)) log(line)
      },
    })
    const rows = activity.rows
    log(
      `  ${rows.stories} stories, ${rows.history} history rows, ${rows.publications} publications, ` +
        `${rows.inbox} comments, ${rows.replies} replies in ${activity.seconds.toFixed(1)} s`,
    )

    log(`\n(a) district dashboard: networkFigures over ${pageCount} pages, SQL aggregates vs the local API`)
    const dashboard = await measureDashboard(newsroom.payload, network.pages, { samples, now, log })

    log(`\n(b) delivery: ${posts} posts due at one instant, one worker, simulator latency ${latencyMs} ms`)
    // Every page's Facebook channel on a simulated page of its own.
    const targets: BurstTarget[] = []
    for (const [index, page] of network.pages.entries()) {
      const facebookPageId = String(2_000_000 + index)
      const accessToken = `EAAB-network-${index}-${crypto.randomBytes(4).toString('hex')}`
      simulator.addPage({ pageId: facebookPageId, name: page.name, followers: 5_000, accessToken })
      const channel = await newsroom.payload.create({
        collection: 'channels',
        data: {
          name: `Fanpage ${page.name}`,
          kind: 'facebook_page',
          pageId: facebookPageId,
          accessToken,
          enabled: true,
          page: page.id,
        } as never,
      })
      targets.push({
        page: page.id,
        channel: channel.id,
        facebookPageId,
        author: page.people.collaborator[0]!,
        area: page.areas[0]!,
      })
    }
    const rig = {
      newsroom,
      simulator,
      clock,
      workerEnv: {
        FACEBOOK_GRAPH_URL: simulator.url,
        FACEBOOK_GRAPH_VERSION: 'v24.0',
        PUBLISH_CONCURRENCY: String(defaultPublishConcurrency(db)),
        MEDIA_DIR: mediaDir,
        PUBLISH_POLL_MS: undefined,
        PUBLISH_LEASE_MS: undefined,
        FACEBOOK_TIMEOUT_MS: undefined,
        PUBLISH_RECONCILE_DELAY_MS: undefined,
      },
    }
    const single = await runBurst(rig, targets.slice(0, 1), { count: posts, label: 'one page', log })
    const spread = await runBurst(rig, targets, { count: posts, label: `${targets.length} pages`, log })
    const burstRatio = Math.round((spread.lateness.p99 / single.lateness.p99) * 100) / 100

    log('')
    log(`network, ${db}: ${pageCount} pages × ${days} days (${rows.stories} stories)`)
    log(
      table(
        [
          'district figures',
          'samples',
          'SQL p50 ms',
          'SQL p95 ms',
          'local API p50 ms',
          'local API p95 ms',
          'p95 ×',
          'agree',
        ],
        dashboard.map((result) => [
          result.period,
          String(result.samples),
          ms(result.sql.p50),
          ms(result.sql.p95),
          ms(result.localApi.p50),
          ms(result.localApi.p95),
          result.ratioP95.toFixed(1),
          result.agree ? 'yes' : 'NO',
        ]),
      ),
    )
    log('')
    log(
      table(
        ['delivery burst', 'pages', 'posts', 'drain s', 'p50 s', 'p99 s', 'max s', 'dup'],
        [single, spread].map((burst) => [
          burst.label,
          String(burst.pages),
          String(burst.posts),
          seconds(burst.drainMs),
          seconds(burst.lateness.p50),
          seconds(burst.lateness.p99),
          seconds(burst.lateness.max),
          String(burst.duplicates),
        ]),
      ),
    )
    log(`burst p99 over ${targets.length} pages / one page: ${burstRatio.toFixed(2)} (target ≤ ${TARGET_BURST_RATIO})`)
    const duplicates = single.duplicates + spread.duplicates
    const pass = duplicates === 0 && burstRatio <= TARGET_BURST_RATIO && dashboard.every((result) => result.agree)
    const month = dashboard[0]!
    return {
      pass,
      headline:
        `dashboard (month) SQL p95 ${ms(month.sql.p95)} ms vs local API ${ms(month.localApi.p95)} ms (${month.ratioP95}×); ` +
        `burst ${targets.length} pages p99 ${seconds(spread.lateness.p99)} s vs one page ${seconds(single.lateness.p99)} s ` +
        `(${burstRatio}×); ${duplicates} dup`,
      result: {
        pages: pageCount,
        days,
        seeded: {
          network: network.created,
          networkSeconds: network.seconds,
          activity: rows,
          activitySeconds: activity.seconds,
        },
        dashboard,
        delivery: { latencyMs, concurrency: rig.workerEnv.PUBLISH_CONCURRENCY, single, spread, burstRatio },
        duplicates,
        targets: { burstRatio: TARGET_BURST_RATIO, duplicates: 0 },
      },
    }
  } finally {
    await simulator.close()
    await newsroom.stop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

export const benchmark: Benchmark = {
  name: 'network',
  description:
    'A network of 40 pages with a year of stories in a temporary database: (a) the district dashboard ' +
    "figures (src/network/figures.ts) as SQL aggregates against the same figures through Payload's local " +
    "API, this month and the whole year; (b) 500 posts due at one instant spread over the 40 pages' " +
    'Facebook channels, delivered by a real worker against the Graph simulator, against the same burst ' +
    'on one page.',
  run,
}
