import crypto from 'node:crypto'

import sharp from 'sharp'

import { peakResidentMB, residentMB } from '../lib/processMemory'
import { ensureBuilt, signIn, startBenchServer, type BenchServer } from '../lib/realServer'
import { ms, roundSummary, summarize, table } from '../lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from '../lib/types'
import { richText } from '../../src/seed/richText'

const BOARD = { email: 'bbt@demo.local', password: 'demo-board-2024' }
const COLLABORATOR = { email: 'ctv@demo.local', password: 'demo-ctv-2024' }

/** A small phone-like JPEG of random pixels (its own perceptual hash), ~20 KB. */
const smallJpeg = () =>
  sharp(crypto.randomBytes(160 * 120 * 3), { raw: { width: 160, height: 120, channels: 3 } })
    .blur(0.8)
    .jpeg({ quality: 85 })
    .toBuffer()

const RULES = richText('Thể lệ thử.')

/** One request's status and time; a connection the server dropped counts as status 0 (an error). */
const request = async (server: BenchServer, path: string, init: RequestInit) => {
  const started = performance.now()
  try {
    const response = await fetch(`${server.url}${path}`, init)
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started }
  } catch {
    return { status: 0, ms: performance.now() - started }
  }
}

/** `count` jobs over `concurrency` workers; each job's time, and how many were not answered `ok`. */
const pool = async (
  count: number,
  concurrency: number,
  job: (n: number) => Promise<{ status: number; ms: number }>,
  ok: number,
  log: BenchContext['log'],
  label: string,
) => {
  const times: number[] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++
        const result = await job(n)
        times.push(result.ms)
        if (result.status !== ok) errors += 1
        if (times.length % Math.max(1, Math.floor(count / 10)) === 0) log(`  ${label}: ${times.length}/${count}`)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { summary: summarize(times), errors, perSecond: count / seconds, seconds }
}

const makeContest = async (server: BenchServer, token: string) => {
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const slug = `bench-${Date.now()}`
  const me = (await (await fetch(`${server.url}/api/users/me`, { headers })).json()) as { user: { id: unknown } }
  const created = await fetch(`${server.url}/api/contests`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: 'Ảnh đẹp quê hương (bench)',
      slug,
      kind: 'photo',
      eligibility: 'public',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
      entriesPerPerson: 1,
      maxPhotos: 3,
      rules: RULES,
      jury: [me.user.id],
      rubric: [{ criterion: 'Bố cục', weight: 1, maxPoints: 10 }],
    }),
  })
  const body = (await created.json()) as { doc?: { id: unknown } }
  if (created.status !== 201) throw new Error(`contest: ${created.status} ${JSON.stringify(body)}`)
  const opened = await fetch(`${server.url}/api/contests/${String(body.doc!.id)}/transition`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ action: 'open' }),
  })
  if (opened.status !== 200) throw new Error(`open: ${opened.status} ${await opened.text()}`)
  return { id: body.doc!.id, slug }
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const entries = numberFlag(flags, 'entries', 2000)
  const photos = numberFlag(flags, 'photos', 3)
  const concurrency = numberFlag(flags, 'concurrency', 8)
  const baselineEntries = numberFlag(flags, 'baseline', Math.min(entries, 300))
  const readers = numberFlag(flags, 'readers', 50)
  const reads = numberFlag(flags, 'reads', 1000)

  ensureBuilt(log)
  log(`starting the server on ${db} (rates off for the bench)…`)
  const server = await startBenchServer(db, {
    CONTEST_ENTRY_RATE_PER_ADDRESS: 'off',
    CONTEST_ENTRY_RATE_PER_CONTACT: 'off',
    NEWSROOM_SCHEDULER: 'off',
  })
  try {
    const board = await signIn(server, BOARD)
    const collaborator = await signIn(server, COLLABORATOR)
    const contest = await makeContest(server, board)
    log(`making ${photos * 20} distinct small JPEGs…`)
    const images = await Promise.all(Array.from({ length: photos * 20 }, smallJpeg))
    const photoOf = (n: number, k: number) => images[(n * photos + k) % images.length]!

    log(`\nbaseline: ${baselineEntries} × ${photos} photos to POST /api/media (signed-in collaborator)`)
    const baseline = await pool(
      baselineEntries,
      concurrency,
      async (n) => {
        const started = performance.now()
        let status = 201
        for (let k = 0; k < photos; k += 1) {
          const form = new FormData()
          form.append('file', new Blob([new Uint8Array(photoOf(n, k))], { type: 'image/jpeg' }), `anh-${n}-${k}.jpg`)
          form.append('_payload', JSON.stringify({ caption: `Ảnh ${n}`, credit: 'Bench' }))
          const answer = await request(server, '/api/media', {
            method: 'POST',
            headers: { authorization: `JWT ${collaborator}` },
            body: form,
          })
          if (answer.status !== 201) status = answer.status
        }
        return { status, ms: performance.now() - started }
      },
      201,
      log,
      'baseline',
    )

    log(`\ncontest: ${entries} entries × ${photos} photos to POST /api/contests/${contest.slug}/entries`)
    const rssBefore = residentMB(server.pid)
    const { value: submitted, peakMB } = await peakResidentMB(server.pid, () =>
      pool(
        entries,
        concurrency,
        async (n) => {
          const form = new FormData()
          form.append(
            '_payload',
            JSON.stringify({
              name: `Người dự thi ${n}`,
              contact: `09${String(10_000_000 + n).padStart(8, '0')}`,
              title: `Tác phẩm ${n}`,
              story: 'Câu chuyện ngắn.',
              consentRules: true,
              consentPublication: true,
            }),
          )
          for (let k = 0; k < photos; k += 1) {
            form.append('photos', new Blob([new Uint8Array(photoOf(n, k))], { type: 'image/jpeg' }), `anh-${k}.jpg`)
          }
          return request(server, `/api/contests/${contest.slug}/entries`, { method: 'POST', body: form })
        },
        201,
        log,
        'entries',
      ),
    )

    log(`\napproving every entry for the gallery…`)
    // The gallery shows approved entries: one transition each, as a moderator would.
    const ids = (await (
      await fetch(`${server.url}/api/contest-entries?limit=0&depth=0&where[contest][equals]=${String(contest.id)}`, {
        headers: { authorization: `JWT ${board}` },
      })
    ).json()) as { docs: { id: unknown }[] }
    await pool(
      ids.docs.length,
      concurrency,
      (n) =>
        request(server, `/api/contest-entries/${String(ids.docs[n]!.id)}/transition`, {
          method: 'POST',
          headers: { authorization: `JWT ${board}`, 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'approve' }),
        }),
      200,
      log,
      'approve',
    )

    log(`\ngallery vs /fanpage: ${reads} reads by ${readers} concurrent readers each`)
    const fanpage = await pool(reads, readers, () => request(server, '/fanpage', {}), 200, log, '/fanpage')
    const gallery = await pool(
      reads,
      readers,
      () => request(server, `/cuoc-thi/${contest.slug}`, {}),
      200,
      log,
      'gallery',
    )

    const rows = [
      [
        'baseline /api/media ×' + photos,
        baseline.perSecond.toFixed(1),
        ms(baseline.summary.p50),
        ms(baseline.summary.p95),
        String(baseline.errors),
      ],
      [
        'contest entry (' + photos + ' photos)',
        submitted.perSecond.toFixed(1),
        ms(submitted.summary.p50),
        ms(submitted.summary.p95),
        String(submitted.errors),
      ],
      [
        '/fanpage',
        fanpage.perSecond.toFixed(1),
        ms(fanpage.summary.p50),
        ms(fanpage.summary.p95),
        String(fanpage.errors),
      ],
      [
        `/cuoc-thi (${ids.docs.length} entries)`,
        gallery.perSecond.toFixed(1),
        ms(gallery.summary.p50),
        ms(gallery.summary.p95),
        String(gallery.errors),
      ],
    ]
    log('\n' + table(['what', 'per s', 'p50 ms', 'p95 ms', 'errors'], rows))
    log(`server RSS ${rssBefore.toFixed(0)} MB before the entries, peak ${peakMB.toFixed(0)} MB during them`)
    const entryRatio = submitted.summary.p95 / baseline.summary.p95
    const galleryRatio = gallery.summary.p95 / fanpage.summary.p95
    return {
      pass: null,
      headline: `${entries} entries: ${submitted.perSecond.toFixed(1)}/s, p95 ${ms(submitted.summary.p95)} ms (×${entryRatio.toFixed(2)} the plain uploads); gallery p95 ×${galleryRatio.toFixed(2)} /fanpage`,
      result: {
        flags: { entries, photos, concurrency, baselineEntries, readers, reads },
        baseline: { ...baseline, summary: roundSummary(baseline.summary) },
        entries: { ...submitted, summary: roundSummary(submitted.summary), rssBeforeMB: rssBefore, peakMB },
        fanpage: { ...fanpage, summary: roundSummary(fanpage.summary) },
        gallery: { ...gallery, summary: roundSummary(gallery.summary), entries: ids.docs.length },
        entryRatio,
        galleryRatio,
      },
    }
  } finally {
    await server.close()
  }
}

export const benchmark: Benchmark = {
  name: 'contests',
  description:
    'Contest entries through the public form (3 small photos each) vs the same photos to /api/media; the gallery under 50 readers vs /fanpage. Flags: --entries 2000 --photos 3 --concurrency 8 --baseline 300 --readers 50 --reads 1000',
  run,
}
