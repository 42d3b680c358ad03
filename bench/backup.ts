import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runBackupCommand } from '../tests/helpers/backupCommands'
import { startNewsroom } from '../tests/helpers/newsroom'
import { createTestDatabase } from '../tests/helpers/testDatabase'
import { seedStories } from './lib/seedStories'
import { roundSummary, summarize, table, ms, type Summary } from './lib/stats'
import { booleanFlag, numberFlag, type Benchmark, type BenchContext, type BenchOutcome } from './lib/types'

const MB = 1024 * 1024
/** A fanpage-sized JPEG is about this big; photos are random bytes (incompressible, like JPEG). */
const PHOTO_BYTES = 512 * 1024

/** `count` photo-sized files of random bytes under `dir`, a tenth of them in `approved/` as the kept copies are. */
const writePhotos = (dir: string, totalBytes: number, log: (message: string) => void) => {
  const count = Math.max(1, Math.round(totalBytes / PHOTO_BYTES))
  fs.mkdirSync(path.join(dir, 'approved'), { recursive: true })
  const block = crypto.randomBytes(PHOTO_BYTES)
  for (let index = 0; index < count; index += 1) {
    // Each file differs (its first bytes), as real photos do.
    crypto.randomFillSync(block, 0, 64)
    const name = index % 10 === 0 ? `approved/${crypto.randomUUID()}.jpg` : `anh-${index}-2048x1365.jpg`
    fs.writeFileSync(path.join(dir, name), block)
    if ((index + 1) % 500 === 0) log(`  wrote ${index + 1} / ${count} photos`)
  }
  return count
}

/** Story list requests, one after another, while `running()`; their latencies. */
const measureRequests = async (
  request: () => Promise<unknown>,
  keepGoing: (done: number) => boolean,
): Promise<number[]> => {
  const samples: number[] = []
  while (keepGoing(samples.length)) {
    const started = performance.now()
    await request()
    samples.push(performance.now() - started)
  }
  return samples
}

const run = async ({ db, flags, log }: BenchContext): Promise<BenchOutcome> => {
  const full = booleanFlag(flags, 'full', false)
  const storyCount = numberFlag(flags, 'stories', full ? 20_000 : 2_000)
  const photoMB = numberFlag(flags, 'photo-mb', full ? 5 * 1024 : 200)
  const baselineRequests = numberFlag(flags, 'requests', 300)
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-backup-'))
  const mediaDir = path.join(workDir, 'media')
  const backupDir = path.join(workDir, 'backups')

  log(`starting a fresh ${db} newsroom…`)
  const newsroom = await startNewsroom()
  const target = await createTestDatabase()
  try {
    const areas = [await newsroom.makeArea('Kinh tế'), await newsroom.makeArea('Văn hóa - Xã hội')]
    const author = await newsroom.makeUser(['collaborator'])
    const board = await newsroom.makeUser(['board'])
    log(`seeding ${storyCount} stories and ${photoMB} MB of photos…`)
    await seedStories(newsroom.payload, { count: storyCount, areas, authors: [author.id], log })
    const photoCount = writePhotos(mediaDir, photoMB * MB, log)

    const listStories = async () => {
      const response = await newsroom.api('GET', '/api/stories?limit=10&depth=0&sort=-updatedAt', {
        token: board.token,
      })
      if (response.status !== 200) throw new Error(`story list: ${response.status}`)
    }
    const env = {
      DATABASE_URI: newsroom.databaseUri,
      MEDIA_DIR: mediaDir,
      BACKUP_DIR: backupDir,
      PAYLOAD_SECRET: newsroom.secret,
    }

    log(`baseline: ${baselineRequests} story list requests, no backup running…`)
    const before = await measureRequests(listStories, (done) => done < baselineRequests)

    log('backup (npm run backup, a child process) while the same requests go on…')
    let backingUp = true
    const backupStarted = performance.now()
    const backup = runBackupCommand('backup', [], env).finally(() => {
      backingUp = false
    })
    const during = await measureRequests(listStories, () => backingUp)
    const backupResult = await backup
    const backupSeconds = (performance.now() - backupStarted) / 1000
    if (backupResult.code !== 0) throw new Error(`backup failed:\n${backupResult.stderr}`)

    log(`after: ${baselineRequests} more requests, no backup running…`)
    const after = await measureRequests(listStories, (done) => done < baselineRequests)

    const archive = fs.readdirSync(backupDir).find((name) => name.endsWith('.tar'))!
    const archiveBytes = fs.statSync(path.join(backupDir, archive)).size
    log('restore (npm run restore) into an empty database and media folder…')
    const restoreStarted = performance.now()
    const restored = await runBackupCommand('restore', [path.join(backupDir, archive)], {
      ...env,
      DATABASE_URI: target.uri,
      MEDIA_DIR: path.join(workDir, 'restored', 'media'),
    })
    const restoreSeconds = (performance.now() - restoreStarted) / 1000
    if (restored.code !== 0) throw new Error(`restore failed:\n${restored.stderr}`)

    const latency: Record<string, Summary> = {
      'no backup (before)': roundSummary(summarize(before)),
      'during the backup': roundSummary(summarize(during)),
      'no backup (after)': roundSummary(summarize(after)),
    }
    log(
      `\n${table(
        ['story list latency (ms)', 'n', 'p50', 'p95', 'p99', 'max'],
        Object.entries(latency).map(([phase, summary]) => [
          phase,
          String(summary.n),
          ms(summary.p50),
          ms(summary.p95),
          ms(summary.p99),
          ms(summary.max),
        ]),
      )}`,
    )
    const archiveMB = archiveBytes / MB
    const headline =
      `backup ${backupSeconds.toFixed(1)} s, restore ${restoreSeconds.toFixed(1)} s, archive ${archiveMB.toFixed(0)} MB ` +
      `(${storyCount} stories, ${photoCount} photos); p95 ${ms(latency['no backup (before)']!.p95)} → ` +
      `${ms(latency['during the backup']!.p95)} ms during the backup`
    log(`\n${headline}`)
    return {
      pass: null,
      headline,
      result: {
        stories: storyCount,
        photos: photoCount,
        photoMB,
        backupSeconds: Math.round(backupSeconds * 10) / 10,
        restoreSeconds: Math.round(restoreSeconds * 10) / 10,
        archiveMB: Math.round(archiveMB * 10) / 10,
        backupMBPerSecond: Math.round((archiveMB / backupSeconds) * 10) / 10,
        latency,
      },
    }
  } finally {
    await newsroom.stop()
    await target.drop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

export const benchmark: Benchmark = {
  name: 'backup',
  description:
    '`npm run backup` and `npm run restore` on a newsroom of 2,000 stories and 200 MB of photos (--full: 20,000 and 5 GB; ' +
    '--stories, --photo-mb), and the p95 of story list requests before, during and after the backup, in the same run.',
  run,
}
