import type { Payload, Where } from 'payload'

import { readableStories } from '../access/canReadStories'
import { toActor } from '../src/auth/actor'
import { startNewsroom, type TestUser } from '../tests/helpers/newsroom'
import { seedStories } from './lib/seedStories'
import { interleaved, ms, roundSummary, summarize, table, type Summary } from './lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

/**
 * The access rule through join fields must cost at most this share of the rule it replaces (the ids
 * of every photo of every readable story, in the `Where`), at 20,000 stories.
 */
export const TARGET_RATIO = 0.5

const AREA_COUNT = 8
const AUTHOR_COUNT = 16
const PAGE = 10

type Id = string | number

interface SqlDatabase {
  insert: (table: unknown) => {
    values: (rows: object[]) => { returning: (fields: object) => Promise<{ id: Id }[]> }
  }
}
interface SqlAdapter {
  drizzle: SqlDatabase
  tables: Record<string, Record<string, unknown>>
}

/** One photo per story, uploaded by its author and used as its photo: inserted in batches through Drizzle. */
const seedPhotos = async (payload: Payload, log: (message: string) => void) => {
  const { drizzle, tables } = payload.db as unknown as SqlAdapter
  const { docs: stories } = await payload.find({
    collection: 'stories',
    select: { author: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const started = performance.now()
  for (let start = 0; start < stories.length; start += 1000) {
    const batch = stories.slice(start, start + 1000)
    const media = await drizzle
      .insert(tables.media)
      .values(
        batch.map((story, index) => ({
          caption: `Ảnh ${start + index + 1}`,
          credit: 'Cộng tác viên',
          uploadedBy: story.author,
          filename: `seed-${start + index + 1}.jpg`,
          mimeType: 'image/jpeg',
        })),
      )
      .returning({ id: tables.media.id })
    await drizzle
      .insert(tables.stories_rels)
      .values(batch.map((story, index) => ({ parent: story.id, path: 'photos', order: 1, mediaID: media[index]!.id })))
      .returning({ id: tables.stories_rels.id })
    log(`  seeded ${String(start + batch.length).padStart(6)} / ${stories.length} photos`)
  }
  return { count: stories.length, seconds: (performance.now() - started) / 1000 }
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const storyCount = numberFlag(flags, 'stories', 20_000)
  const warmup = numberFlag(flags, 'warmup', 20)
  const samples = numberFlag(flags, 'requests', 200)

  log(`starting a fresh ${db} newsroom…`)
  const newsroom = await startNewsroom()
  try {
    const { payload } = newsroom
    const areas: Id[] = []
    for (let index = 1; index <= AREA_COUNT; index += 1) areas.push(await newsroom.makeArea(`Mảng ${index}`))
    const authors: TestUser[] = []
    for (let index = 0; index < AUTHOR_COUNT; index += 1) authors.push(await newsroom.makeUser(['collaborator']))
    const editor = await newsroom.makeUser(['editor'], { areas: [areas[0]!] })
    const collaborator = authors[0]!

    log(`seeding ${storyCount} stories over ${AREA_COUNT} areas and 10 stages…`)
    await seedStories(payload, { count: storyCount, areas, authors: authors.map((author) => author.id), log })
    log(`seeding one photo per story…`)
    const photos = await seedPhotos(payload, log)
    log(`  ${photos.count} photos in ${photos.seconds.toFixed(1)} s`)
    const db_ = payload.db as unknown as { name: string; pool?: { query: (sql: string) => Promise<unknown> } }
    if (db_.name === 'postgres' && db_.pool) await db_.pool.query('ANALYZE')

    const userDoc = async (user: TestUser) =>
      payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true })
    const [collaboratorDoc, editorDoc] = [await userDoc(collaborator), await userDoc(editor)]
    const list = (user?: Awaited<ReturnType<typeof userDoc>>) => () =>
      payload.find({
        collection: 'media',
        limit: PAGE,
        depth: 0,
        sort: '-createdAt',
        ...(user ? { overrideAccess: false, user } : { overrideAccess: true }),
      })
    // What the join fields replace: the ids of every photo of every story the user may read, in the `Where`.
    const idList = async () => {
      const stories = readableStories(toActor(collaboratorDoc)!) as Where
      const { docs } = await payload.find({
        collection: 'stories',
        where: stories,
        select: { photos: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const ids = docs.flatMap((story) => (story.photos ?? []) as Id[])
      return payload.find({
        collection: 'media',
        where: { or: [{ uploadedBy: { equals: collaborator.id } }, { id: { in: ids } }] },
        limit: PAGE,
        depth: 0,
        sort: '-createdAt',
        overrideAccess: true,
      })
    }
    const rest = async () => {
      const response = await newsroom.api('GET', `/api/media?limit=${PAGE}&depth=0`, { token: collaborator.token })
      if (response.status !== 200) throw new Error(`GET /api/media answered ${response.status}`)
      return response.body
    }

    const visible = {
      collaborator: (await list(collaboratorDoc)()).totalDocs,
      editor: (await list(editorDoc)()).totalDocs,
      idList: (await idList()).totalDocs,
      all: (await list()()).totalDocs,
    }
    log(
      `photos visible: collaborator ${visible.collaborator} (id list agrees: ${visible.idList}), ` +
        `editor ${visible.editor}, board ${visible.all}`,
    )
    if (visible.collaborator !== visible.idList) throw new Error('The join and the id list disagree')

    const variants = {
      all: list(),
      collaborator: list(collaboratorDoc),
      editor: list(editorDoc),
      idList,
      rest,
    }
    log(`warming up: ${warmup} calls each…`)
    await interleaved(variants, warmup)
    log(`measuring: ${samples} calls each, interleaved…`)
    const times = await interleaved(variants, samples, (round) => {
      if (round % 50 === 0 || round === samples) log(`  ${round} / ${samples}`)
    })
    const summary = Object.fromEntries(
      Object.entries(times.wall).map(([name, wall]) => [name, summarize(wall)]),
    ) as Record<keyof typeof variants, Summary>
    const ratio = (name: keyof typeof variants, baseline: keyof typeof variants) => ({
      p50: summary[name].p50 / summary[baseline].p50,
      p95: summary[name].p95 / summary[baseline].p95,
    })
    const ratios = {
      collaboratorToIdList: ratio('collaborator', 'idList'),
      collaboratorToAll: ratio('collaborator', 'all'),
      editorToAll: ratio('editor', 'all'),
    }
    const pass = ratios.collaboratorToIdList.p50 <= TARGET_RATIO && ratios.collaboratorToIdList.p95 <= TARGET_RATIO

    const row = (label: string, name: keyof typeof variants) => [
      label,
      ms(summary[name].p50),
      ms(summary[name].p95),
      ms(summary[name].p99),
      ms(summary[name].mean),
      (summary[name].p50 / summary.all.p50).toFixed(2),
    ]
    log('')
    log(`media list (${PAGE} a page, with totalDocs), ${db}, ${storyCount} stories and photos, ms`)
    log(
      table(
        ['', 'p50', 'p95', 'p99', 'mean', 'p50 / all'],
        [
          row('all photos (board; baseline)', 'all'),
          row('collaborator, join fields', 'collaborator'),
          row('area editor, join fields', 'editor'),
          row('collaborator, id list (replaced)', 'idList'),
          row('collaborator, REST over HTTP', 'rest'),
        ],
      ),
    )
    log(
      `join rule / id-list rule (collaborator): p50 ${ratios.collaboratorToIdList.p50.toFixed(2)}, ` +
        `p95 ${ratios.collaboratorToIdList.p95.toFixed(2)} (target ≤ ${TARGET_RATIO}); most of either is the ` +
        `exact totalDocs count, which visits every photo`,
    )
    log(`mediaAccess ${db}: ${pass ? 'PASS' : 'MISS'}`)

    const round2 = (value: number) => Math.round(value * 100) / 100
    return {
      pass,
      headline:
        `join/id-list p50 ${ratios.collaboratorToIdList.p50.toFixed(2)}, p95 ${ratios.collaboratorToIdList.p95.toFixed(2)} ` +
        `(target ≤ ${TARGET_RATIO}); collaborator p50 ${ms(summary.collaborator.p50)} ms, editor ` +
        `${ms(summary.editor.p50)} ms, all ${ms(summary.all.p50)} ms`,
      result: {
        stories: storyCount,
        photos: photos.count,
        visible,
        samples,
        warmup,
        summary: Object.fromEntries(Object.entries(summary).map(([name, value]) => [name, roundSummary(value)])),
        ratios: Object.fromEntries(
          Object.entries(ratios).map(([name, value]) => [name, { p50: round2(value.p50), p95: round2(value.p95) }]),
        ),
        target: TARGET_RATIO,
      },
    }
  } finally {
    await newsroom.stop()
  }
}

export const benchmark: Benchmark = {
  name: 'mediaAccess',
  description:
    'The media list as a collaborator and as an area editor (access through join fields to 20k stories) ' +
    'against an access rule listing photo ids, and against the unrestricted list.',
  run,
}
