import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'

import { startGraphSimulator, type GraphSimulator } from '../graph-simulator'
import { runBackupCommand } from '../helpers/backupCommands'
import { databaseRows, type TableRows } from '../helpers/databaseRows'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { approvedStory, deliverDue, type Newsroom } from '../helpers/publishing'
import { createStory, type Id, walk } from '../helpers/stories'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { STAGES } from '../../src/workflow/stages'
import { startReadyWorker } from '../helpers/workerProcess'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-'))
const backupDir = path.join(workDir, 'backups')
const targets: TestDatabase[] = []

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every file under a folder with its sha256, by relative path. */
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => fs.statSync(path.join(dir, name)).isFile())
      .sort()
      .map((name) => [name, sha256(path.join(dir, name))]),
  )

const backupEnv = () => ({
  DATABASE_URI: newsroom.databaseUri,
  MEDIA_DIR: process.env.MEDIA_DIR,
  BACKUP_DIR: backupDir,
  PAYLOAD_SECRET: newsroom.secret,
})

/** An empty installation: a new empty database and a media folder that does not exist yet. */
const emptyInstallation = async () => {
  const database = await createTestDatabase()
  targets.push(database)
  const mediaDir = path.join(fs.mkdtempSync(path.join(workDir, 'fresh-')), 'media')
  return {
    database,
    mediaDir,
    env: { DATABASE_URI: database.uri, MEDIA_DIR: mediaDir, PAYLOAD_SECRET: newsroom.secret },
  }
}

/** One story in each stage, photos on the approved and published ones, publications, inbox items. */
const newsroomInEveryStage = async () => {
  const { ctv, editor, board, area } = people
  const photos = [
    await uploadPhoto(newsroom, ctv, { seed: 1 }),
    await uploadPhoto(newsroom, ctv, { seed: 2 }),
    await uploadPhoto(newsroom, ctv, { seed: 3 }),
  ]
  const localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Fanpage (xem trước)', kind: 'local_feed' } })
  ).id
  const draft = () => createStory(newsroom, ctv, { area, title: `Bài ${crypto.randomUUID()}` })
  await draft()
  await walk(newsroom, await draft(), [[ctv, 'submit']])
  await walk(newsroom, await draft(), [
    [ctv, 'submit'],
    [editor, 'claim'],
  ])
  await walk(newsroom, await draft(), [
    [ctv, 'submit'],
    [editor, 'claim'],
    [editor, 'request_changes', { note: 'Sửa' }],
  ])
  await walk(newsroom, await draft(), [
    [ctv, 'submit'],
    [editor, 'claim'],
    [editor, 'forward'],
  ])
  await walk(newsroom, await draft(), [
    [ctv, 'submit'],
    [editor, 'reject', { note: 'Không phù hợp' }],
  ])
  await walk(newsroom, await draft(), [
    [ctv, 'submit'],
    [ctv, 'withdraw'],
  ])
  await approvedStory(newsroom, people, { title: 'Đã duyệt', photos: [photos[0]!.id] })
  const scheduled = await approvedStory(newsroom, people, { title: 'Lên lịch', photos: [photos[1]!.id] })
  const publishAt = new Date(Date.now() + 86_400_000).toISOString()
  await walk(newsroom, scheduled, [[board, 'schedule', { publishAt, channels: [localFeed] }]])
  const published = await approvedStory(newsroom, people, { title: 'Đã đăng', photos: [photos[2]!.id, photos[0]!.id] })
  await walk(newsroom, published, [[board, 'publish_now', { channels: [localFeed] }]])
  await deliverDue(newsroom, simulator, { now: () => new Date() })
  for (const [index, kind] of (['comment', 'message'] as const).entries()) {
    await newsroom.payload.create({
      collection: 'inbox',
      data: {
        kind,
        text: `Xin hỏi ${index}`,
        externalId: `ext-${index}`,
        receivedAt: new Date().toISOString(),
      } as never,
    })
  }
  const stages = (await newsroom.payload.find({ collection: 'stories', limit: 0, depth: 0 })).docs.map(
    (story) => (story as unknown as { stage: string }).stage,
  )
  expect(new Set(stages)).toEqual(new Set(STAGES))
}

/** Stories created one after another over REST until stopped: writes going on during the backup. */
const writeLoad = () => {
  const created: Id[] = []
  let running = true
  const done = (async () => {
    while (running)
      created.push(await createStory(newsroom, people.ctv, { area: people.area, title: `Tải ${created.length}` }))
  })()
  return {
    created,
    stop: async () => {
      running = false
      await done
    },
  }
}

const storyIdOf = (table: string, row: string) => {
  const columns = Object.fromEntries(JSON.parse(row) as [string, unknown][])
  return String(table === 'stories' ? columns.id : (columns.parent_id ?? columns._parent_id))
}

let archive: string
let sourceRows: TableRows
let loadStories: string[]

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  const area = await newsroom.makeArea('Kinh tế')
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  await newsroomInEveryStage()

  const load = writeLoad()
  while (load.created.length < 3) await new Promise((resolve) => setTimeout(resolve, 20))
  const backup = await runBackupCommand('backup', [], backupEnv())
  const writtenDuringBackup = load.created.length
  await load.stop()
  expect(backup).toMatchObject({ code: 0 })
  expect(backup.stdout).toContain('database snapshot')
  // Writes went on after the backup process had finished, so they were going on while it ran.
  expect(load.created.length).toBeGreaterThan(writtenDuringBackup)
  loadStories = load.created.map(String)
  archive = fs
    .readdirSync(backupDir)
    .map((name) => path.join(backupDir, name))
    .find((file) => file.endsWith('.tar'))!
  sourceRows = await databaseRows(newsroom.databaseUri)
}, 180_000)

afterAll(async () => {
  await newsroom?.stop()
  await simulator?.close()
  for (const target of targets) await target.drop()
  fs.rmSync(workDir, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('restores into an empty installation the same rows and the same files, as of one instant', async () => {
    const fresh = await emptyInstallation()
    const restore = await runBackupCommand('restore', [archive], fresh.env)
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)

    const restoredRows = await databaseRows(fresh.database.uri)
    expect(Object.keys(restoredRows).sort()).toEqual(Object.keys(sourceRows).sort())
    const restoredStories = new Set(restoredRows.stories!.map((row) => storyIdOf('stories', row)))
    for (const [table, rows] of Object.entries(sourceRows)) {
      const restored = new Set(restoredRows[table])
      // Every restored row is exactly a row of the newsroom…
      expect(restoredRows[table]!.filter((row) => !rows.includes(row))).toEqual([])
      // …and the only rows missing are those of stories created after the snapshot.
      const missing = rows.filter((row) => !restored.has(row))
      for (const row of missing) {
        const story = storyIdOf(table, row)
        expect({ table, row, afterSnapshot: loadStories.includes(story) && !restoredStories.has(story) }).toEqual({
          table,
          row,
          afterSnapshot: true,
        })
      }
    }
    // One instant: the stories written during the backup that it holds are the first ones, with no gap.
    const kept = loadStories.filter((id) => restoredStories.has(id))
    expect(kept).toEqual(loadStories.slice(0, kept.length))
    expect(kept.length).toBeGreaterThanOrEqual(3)

    const sourceFiles = filesOf(process.env.MEDIA_DIR!)
    expect(Object.keys(sourceFiles).some((name) => name.startsWith(`approved${path.sep}`))).toBe(true)
    expect(filesOf(fresh.mediaDir)).toEqual(sourceFiles)

    // The restored installation runs: a process starts on it (migrations find nothing left to do).
    const worker = await startReadyWorker({
      name: 'restored',
      databaseUri: fresh.database.uri,
      secret: newsroom.secret,
      env: { MEDIA_DIR: fresh.mediaDir },
    })
    await worker.stop()
    expect(await databaseRows(fresh.database.uri)).toEqual(restoredRows)
  })

  it('refuses an archive from a newer schema, clearly, and touches nothing', async () => {
    const unpacked = fs.mkdtempSync(path.join(workDir, 'newer-'))
    await tar.extract({ file: archive, cwd: unpacked })
    const manifestFile = path.join(unpacked, 'manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.schema.migrations.push('20991231_000000_from_the_future')
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    const newer = path.join(workDir, 'newer.tar')
    await tar.create({ file: newer, cwd: unpacked }, fs.readdirSync(unpacked))

    const fresh = await emptyInstallation()
    const restore = await runBackupCommand('restore', [newer], fresh.env)
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain('phiên bản mới hơn')
    expect(restore.stderr).toContain('20991231_000000_from_the_future')
    expect(restore.stderr).toContain('(newer_schema)')
    expect(fs.existsSync(fresh.mediaDir)).toBe(false)
    expect(Object.values(await databaseRows(fresh.database.uri)).length).toBe(0)
  })

  it('refuses a damaged archive (a photo changed) before restoring anything', async () => {
    const unpacked = fs.mkdtempSync(path.join(workDir, 'damaged-'))
    await tar.extract({ file: archive, cwd: unpacked })
    const photo = (fs.readdirSync(path.join(unpacked, 'media'), { recursive: true }) as string[]).find((name) =>
      name.endsWith('.jpg'),
    )!
    fs.appendFileSync(path.join(unpacked, 'media', photo), 'x')
    const damaged = path.join(workDir, 'damaged.tar')
    await tar.create({ file: damaged, cwd: unpacked }, fs.readdirSync(unpacked))

    const fresh = await emptyInstallation()
    const restore = await runBackupCommand('restore', [damaged], fresh.env)
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain(`media/${photo.split(path.sep).join('/')}`)
    expect(restore.stderr).toContain('(checksum_mismatch)')
    expect(fs.existsSync(fresh.mediaDir)).toBe(false)
    expect(Object.values(await databaseRows(fresh.database.uri)).length).toBe(0)
  })

  it('refuses to restore over a newsroom that has data', async () => {
    const restore = await runBackupCommand('restore', [archive], backupEnv())
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain('(target_not_empty)')
  })
})
