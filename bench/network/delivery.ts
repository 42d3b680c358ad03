import { setTimeout as sleep } from 'node:timers/promises'

import { inArray } from '@payloadcms/db-sqlite/drizzle'

import { findMarker } from '../../src/publishing/message'
import { paragraph } from '../../src/seed/richText'
import type { Id } from '../../src/workflow/roles'
import type { GraphSimulator } from '../../tests/graph-simulator'
import type { TestNewsroom } from '../../tests/helpers/newsroom'
import { startWorker, type WorkerProcess } from '../../tests/helpers/workerProcess'
import { roundSummary, summarize, type Summary } from '../lib/stats'

/** When each publication's post became visible on a simulated page (its marker → epoch ms). */
export class PostClock {
  readonly visibleAt = new Map<string, number>()

  record(method: string, requestPath: string, status: number | null, message: string | undefined) {
    if (method !== 'POST' || status !== 200 || !/\/(feed|photos)$/.test(requestPath)) return
    const marker = findMarker(message)
    if (marker !== null && !this.visibleAt.has(marker)) this.visibleAt.set(marker, Date.now())
  }
}

/** Where a burst's posts go: a page's Facebook channel, its simulated page, an author and an area there. */
export interface BurstTarget {
  page: Id
  channel: Id
  facebookPageId: string
  author: Id
  area: Id
}

export interface BurstResult {
  label: string
  pages: number
  posts: number
  drainMs: number
  /** Post visible on its page (simulator) minus scheduledFor. */
  lateness: Summary
  duplicates: number
}

interface SqlDb {
  drizzle: {
    insert: (table: unknown) => { values: (rows: object[]) => { returning: (fields: object) => Promise<{ id: Id }[]> } }
    update: (table: unknown) => { set: (values: object) => { where: (condition: unknown) => Promise<unknown> } }
  }
  tables: Record<string, Record<string, unknown>>
}

/**
 * `count` scheduled stories spread round-robin over the targets, one queued publication each, as the
 * `schedule` transition leaves them (inserted in batches through Payload's Drizzle instance), due far
 * ahead until the burst starts.
 */
const seedBurst = async (newsroom: TestNewsroom, targets: readonly BurstTarget[], count: number, label: string) => {
  const { drizzle, tables } = newsroom.payload.db as unknown as SqlDb
  const far = new Date(Date.now() + 24 * 3_600_000).toISOString()
  const now = new Date().toISOString()
  const ids: Id[] = []
  const storyIds: Id[] = []
  for (let done = 0; done < count; done += 100) {
    const chunk = Array.from({ length: Math.min(100, count - done) }, (_, offset) => {
      const index = done + offset
      return { index, target: targets[index % targets.length]! }
    })
    const stories = await drizzle
      .insert(tables.stories)
      .values(
        chunk.map(({ index, target }) => ({
          title: `${label} ${index + 1}: Phú Riềng ra quân làm đường giao thông nông thôn`,
          body: { root: { type: 'root', version: 1, children: [paragraph('Bà con góp công, góp đất làm đường.')] } },
          format: 'news',
          area: target.area,
          author: target.author,
          page: target.page,
          stage: 'scheduled',
          publishAt: far,
          stageChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: tables.stories!.id })
    const publications = await drizzle
      .insert(tables.publications)
      .values(
        stories.map(({ id }, offset) => ({
          label: `${label} → Facebook`,
          story: id,
          channel: chunk[offset]!.target.channel,
          page: chunk[offset]!.target.page,
          state: 'queued',
          scheduledFor: far,
          attempts: 0,
          reconcileRetries: 0,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: tables.publications!.id })
    ids.push(...publications.map((row) => row.id))
    storyIds.push(...stories.map((row) => row.id))
  }
  return { ids, storyIds }
}

const startWorkerSurely = async (options: Parameters<typeof startWorker>[0], log: (line: string) => void) => {
  for (let attempt = 1; ; attempt += 1) {
    const worker = startWorker(options)
    try {
      await worker.ready
      return worker
    } catch (error) {
      if (attempt >= 3) throw error
      log(`  (the worker did not start; starting it again)`)
    }
  }
}

/**
 * One burst: `count` posts over the targets' channels due at one instant, delivered by one real worker
 * process (`npm run worker`) against the Graph simulator.
 */
export const runBurst = async (
  rig: {
    newsroom: TestNewsroom
    simulator: GraphSimulator
    clock: PostClock
    workerEnv: Record<string, string | undefined>
  },
  targets: readonly BurstTarget[],
  options: { count: number; label: string; log: (line: string) => void },
): Promise<BurstResult> => {
  const { newsroom, simulator, clock } = rig
  const { count, label, log } = options
  log(`\n  burst "${label}": ${count} posts over ${targets.length} page(s), one worker`)
  simulator.reset()
  clock.visibleAt.clear()
  const { ids, storyIds } = await seedBurst(newsroom, targets, count, label)
  let worker: WorkerProcess | undefined
  try {
    worker = await startWorkerSurely(
      {
        name: `bench-network-${label}`,
        databaseUri: newsroom.databaseUri,
        secret: newsroom.secret,
        env: rig.workerEnv,
      },
      log,
    )
    const dueAt = new Date(Date.now() + 1_500)
    const { drizzle, tables } = newsroom.payload.db as unknown as SqlDb
    await drizzle
      .update(tables.publications)
      .set({ scheduledFor: dueAt.toISOString() })
      .where(inArray(tables.publications!.id as never, ids as never))
    const deadline = dueAt.getTime() + 240_000
    const wanted = ids.map(String)
    for (let lastReport = 0; ;) {
      const visible = wanted.filter((id) => clock.visibleAt.has(id)).length
      const left = (
        await newsroom.payload.count({
          collection: 'publications',
          where: { and: [{ id: { in: ids } }, { state: { not_equals: 'published' } }] },
        })
      ).totalDocs
      if (Date.now() - lastReport >= 2_000 || left === 0) {
        lastReport = Date.now()
        log(
          `    t+${((Date.now() - dueAt.getTime()) / 1000).toFixed(1)} s: ${visible} / ${count} posted, ${count - left} recorded`,
        )
      }
      // The burst ends when its stories are `published` too: a worker stopped before that leaves their
      // completion to the next burst's worker, whose first sweep would hold its first claims.
      const storiesLeft =
        left === 0
          ? (
              await newsroom.payload.count({
                collection: 'stories',
                where: { and: [{ id: { in: storyIds } }, { stage: { not_equals: 'published' } }] },
              })
            ).totalDocs
          : count
      if (left === 0 && visible === count && storiesLeft === 0) break
      if (Date.now() > deadline) throw new Error(`burst ${label} not drained in 240 s: ${left} publications left`)
      if (!worker.isRunning()) throw new Error(`worker exited:\n${worker.output().slice(-3_000)}`)
      await sleep(100)
    }
  } finally {
    await worker?.stop()
  }

  const rows = (
    await newsroom.payload.find({
      collection: 'publications',
      where: { id: { in: ids } },
      select: { scheduledFor: true },
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs as unknown as { id: Id; scheduledFor: string }[]
  const lateness = rows.map((row) => clock.visibleAt.get(String(row.id))! - Date.parse(row.scheduledFor))
  const dueAt = Date.parse(rows[0]!.scheduledFor)
  // Posts per publication over every page of the simulator: more than one is a duplicate.
  const wanted = new Set(ids.map(String))
  const perPublication = new Map<string, number>()
  for (const pageId of new Set(targets.map((target) => target.facebookPageId))) {
    for (const post of simulator.posts(pageId)) {
      const marker = findMarker(post.message)
      if (marker !== null && wanted.has(marker)) perPublication.set(marker, (perPublication.get(marker) ?? 0) + 1)
    }
  }
  return {
    label,
    pages: new Set(targets.map((target) => String(target.page))).size,
    posts: count,
    drainMs: Math.round(Math.max(...rows.map((row) => clock.visibleAt.get(String(row.id))!)) - dueAt),
    lateness: roundSummary(summarize(lateness)),
    duplicates: [...perPublication.values()].reduce((total, posts) => total + posts - 1, 0),
  }
}
