import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

import { appNodeArgs } from '../scripts/appProcess.mjs'
import { IMAGE_SIZES } from '../src/media/imageSettings'
import { peakResidentMB, residentMB } from './lib/processMemory'
import { ensureBuilt, signIn, startBenchServer } from './lib/realServer'
import { ms, roundSummary, summarize, table } from './lib/stats'
import { numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

/** The server may take at most this much longer than raw sharp doing the same work. */
export const TARGET_RATIO = 1.3
/** What ten photos arriving at once may add to the server's resident memory at its peak. */
export const TARGET_PEAK_MB = 300

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const COLLABORATOR = { email: 'ctv@demo.local', password: 'demo-ctv-2024' }
/** A 12 MP camera photo, taken holding the phone upright: stored 3000 × 4000 pixels after rotation. */
const WIDTH = 4000
const HEIGHT = 3000

/**
 * A 12 MP JPEG that compresses like a photo (blurred noise over a gradient: ~5 MB at quality 92, as a
 * phone's), with camera EXIF, a GPS position and orientation 6. Made once and kept in the temp folder.
 */
const cameraPhoto = async (log: BenchContext['log']): Promise<string> => {
  const file = path.join(os.tmpdir(), `newsroom-bench-12mp-v1.jpg`)
  if (fs.existsSync(file)) return file
  log('making a 12 MP test photo (once)…')
  const { data, info } = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .blur(1.2)
    .raw()
    .toBuffer({ resolveWithObject: true })
  for (let offset = 0; offset < data.length; offset += 3)
    data[offset] = (data[offset]! + ((offset / 3) % WIDTH) / 16) & 255
  const jpeg = await sharp(data, { raw: info })
    .withExif({
      IFD0: { Make: 'BenchCam', Model: '12MP' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '11/1 44/1 5/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '106/1 57/1 12/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92 })
    .toBuffer()
  fs.writeFileSync(file, jpeg)
  return file
}

interface Batch {
  ms: number
  peakMB: number
  /** Uploads not answered 201. */
  errors?: number
}

/** The baseline process (bench/lib/sharpIngest.ts) and a way to ask it for a batch. */
const startBaseline = async (photo: string, outDir: string) => {
  const child: ChildProcess = spawn(
    process.execPath,
    [...appNodeArgs(process.env.NODE_ENV), path.join(benchDir, 'lib/sharpIngest.ts'), photo, outDir],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, NODE_OPTIONS: '' } },
  )
  const next = () =>
    new Promise<{ ms?: number }>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the sharp baseline exited (${code})`))
      child.once('exit', onExit)
      child.once('message', (message) => {
        child.off('exit', onExit)
        resolve(message as { ms?: number })
      })
    })
  await next()
  return {
    pid: child.pid!,
    batch: async (count: number): Promise<Batch> => {
      const { value, peakMB } = await peakResidentMB(child.pid!, () => {
        const answer = next()
        child.send({ count })
        return answer
      })
      return { ms: value.ms!, peakMB }
    },
    stop: () => child.kill(),
  }
}

interface StoredPhoto {
  filename: string
  width: number
  height: number
  sizes: Record<string, { filename: string | null; width: number | null; height: number | null }>
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const singles = numberFlag(flags, 'singles', 5)
  const bursts = numberFlag(flags, 'bursts', 3)
  const burstSize = numberFlag(flags, 'burst', 10)
  ensureBuilt(log)
  const photoPath = await cameraPhoto(log)
  const photo = fs.readFileSync(photoPath)
  log(`test photo: ${WIDTH} × ${HEIGHT}, orientation 6, EXIF + GPS, ${(photo.length / 2 ** 20).toFixed(1)} MB`)

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-sharp-'))
  log(`starting the server (src/server.ts, built Next app, ${db}) and the sharp baseline process…`)
  const server = await startBenchServer(db)
  const baseline = await startBaseline(photoPath, outDir)
  try {
    const token = await signIn(server, COLLABORATOR)
    let uploaded = 0
    const errors: string[] = []
    const upload = async (): Promise<StoredPhoto | null> => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `anh-${(uploaded += 1)}.jpg`)
      form.append('_payload', JSON.stringify({ caption: 'Ảnh 12 MP', credit: 'Cộng tác viên' }))
      const response = await fetch(`${server.url}/api/media`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
        body: form,
      })
      const text = await response.text()
      if (response.status === 201) return (JSON.parse(text) as { doc: StoredPhoto }).doc
      errors.push(`${response.status} ${text.slice(0, 200)}`)
      return null
    }
    const serverBatch = async (count: number): Promise<Batch> => {
      const started = performance.now()
      const { value, peakMB } = await peakResidentMB(server.pid, () =>
        Promise.all(Array.from({ length: count }, upload)),
      )
      return { ms: performance.now() - started, peakMB, errors: value.filter((doc) => !doc).length }
    }

    const freshMB = residentMB(server.pid)
    // What was stored is checked once: upright, every size, no metadata left.
    const first = await upload()
    if (!first) throw new Error(`the first upload failed: ${errors[0]}\n${server.log()}`)
    const original = Buffer.from(
      await (
        await fetch(`${server.url}/api/media/file/${first.filename}`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).arrayBuffer(),
    )
    const stored = await sharp(original).metadata()
    const sizesMade = IMAGE_SIZES.filter((size) => first.sizes[size.name]?.filename).length
    if (stored.width !== HEIGHT || stored.height !== WIDTH || stored.exif || stored.orientation || sizesMade !== 3) {
      throw new Error(
        `the stored photo is not what it should be: ${JSON.stringify({ ...first, exif: Boolean(stored.exif) })}`,
      )
    }
    log(`stored: ${stored.width} × ${stored.height}, no EXIF, ${sizesMade} sizes; warming up the baseline…`)
    await baseline.batch(1)

    const idleMB = { server: residentMB(server.pid), baseline: residentMB(baseline.pid) }
    log(
      `resident memory at rest: server ${freshMB.toFixed(0)} MB before any upload, ${idleMB.server.toFixed(0)} MB after one; ` +
        `baseline ${idleMB.baseline.toFixed(0)} MB`,
    )

    const measure = async (count: number, rounds: number) => {
      const results = { server: [] as Batch[], baseline: [] as Batch[] }
      for (let round = 0; round < rounds; round += 1) {
        // Alternate which goes first, so that machine noise lands on both alike.
        const order = round % 2 === 0 ? (['server', 'baseline'] as const) : (['baseline', 'server'] as const)
        for (const side of order) {
          results[side].push(side === 'server' ? await serverBatch(count) : await baseline.batch(count))
        }
        const last = (side: 'server' | 'baseline') => results[side][results[side].length - 1]!
        log(
          `  ${count} at once, round ${round + 1}/${rounds}: server ${ms(last('server').ms)} ms (peak ${last('server').peakMB.toFixed(0)} MB), ` +
            `sharp ${ms(last('baseline').ms)} ms (peak ${last('baseline').peakMB.toFixed(0)} MB)` +
            (last('server').errors ? `; ${last('server').errors} uploads failed: ${errors[errors.length - 1]}` : ''),
        )
      }
      const median = (side: 'server' | 'baseline') => summarize(results[side].map((batch) => batch.ms)).p50
      const peak = (side: 'server' | 'baseline') => Math.max(...results[side].map((batch) => batch.peakMB))
      return {
        count,
        rounds,
        server: {
          ms: roundSummary(summarize(results.server.map((batch) => batch.ms))),
          peakMB: Math.round(peak('server')),
        },
        baseline: {
          ms: roundSummary(summarize(results.baseline.map((batch) => batch.ms))),
          peakMB: Math.round(peak('baseline')),
        },
        ratio: Math.round((median('server') / median('baseline')) * 100) / 100,
      }
    }
    log(`one photo at a time, ${singles} rounds:`)
    const single = await measure(1, singles)
    log(`${burstSize} photos at once, ${bursts} rounds:`)
    const burst = await measure(burstSize, bursts)

    // The server holds Next and Payload before any photo arrives: the target is on what ingest adds.
    const growthMB = burst.server.peakMB - Math.round(freshMB)
    const pass =
      errors.length === 0 && single.ratio <= TARGET_RATIO && burst.ratio <= TARGET_RATIO && growthMB <= TARGET_PEAK_MB
    log(`\n12 MP photo → original + ${IMAGE_SIZES.length} sizes, on ${db} (median ms; peak resident MB)`)
    log(
      table(
        ['', 'server ms', 'sharp ms', 'ratio', 'server peak MB', 'sharp peak MB'],
        [single, burst].map((line) => [
          `${line.count} at once`,
          ms(line.server.ms.p50),
          ms(line.baseline.ms.p50),
          line.ratio.toFixed(2),
          String(line.server.peakMB),
          String(line.baseline.peakMB),
        ]),
      ),
    )
    log(
      `at rest: server ${freshMB.toFixed(0)} MB before any upload, sharp process ${idleMB.baseline.toFixed(0)} MB; ` +
        `server peak − rest at ${burstSize} at once: ${growthMB} MB; failed uploads: ${errors.length}. ` +
        `Targets: ratio ≤ ${TARGET_RATIO}, peak − rest ≤ ${TARGET_PEAK_MB} MB, no failures → ${pass ? 'PASS' : 'MISS'}`,
    )
    return {
      pass,
      headline:
        `ratio ${single.ratio.toFixed(2)} (1) / ${burst.ratio.toFixed(2)} (${burstSize}); server peak ${burst.server.peakMB} MB ` +
        `at ${burstSize} (+${growthMB} over rest); 1 photo ${ms(single.server.ms.p50)} ms; ${errors.length} failed`,
      result: {
        photo: { width: WIDTH, height: HEIGHT, bytes: photo.length, orientation: 6 },
        restMB: {
          serverBeforeUploads: Math.round(freshMB),
          serverAfterOne: Math.round(idleMB.server),
          baseline: Math.round(idleMB.baseline),
        },
        growthMB,
        failedUploads: errors,
        single,
        burst,
        targets: { ratio: TARGET_RATIO, peakMB: TARGET_PEAK_MB },
      },
    }
  } finally {
    baseline.stop()
    await server.close()
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}

export const benchmark: Benchmark = {
  name: 'photos',
  description:
    'A 12 MP camera JPEG (EXIF, GPS, orientation 6) uploaded as a collaborator through POST /api/media on the real ' +
    'server (original cleaned + 3 sizes), 1 and 10 at once, against raw sharp doing the same work in a process of ' +
    'its own, interleaved; time ratio and peak resident memory of each process.',
  run,
}
