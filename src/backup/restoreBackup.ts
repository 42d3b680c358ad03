import crypto from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { extract } from 'tar'

import { databaseKind } from '../db/adapter'
import { databaseBackupFor } from './database'
import { backupError } from './errors'
import { type BackupManifest, isManifest, MANIFEST_NAME, secretFingerprint, unknownMigrations } from './manifest'
import { listMediaFiles } from './mediaFiles'
import { copyProgress, type ProgressLine } from './progress'

export interface RestoreOptions {
  archive: string
  databaseUri: string
  mediaDir: string
  /** The secret the restored installation will run with, when it has one already. */
  secret: string | null
  progress?: ProgressLine
}

export interface RestoreResult {
  manifest: BackupManifest
  /** False when the restored installation runs with another PAYLOAD_SECRET than the backed-up one. */
  sameSecret: boolean | null
}

const sha256Of = async (file: string) => {
  const hash = crypto.createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

const readManifest = async (staging: string, archive: string): Promise<BackupManifest> => {
  try {
    const manifest: unknown = JSON.parse(await fs.readFile(path.join(staging, MANIFEST_NAME), 'utf8'))
    if (isManifest(manifest)) return manifest
  } catch {
    // reported below
  }
  throw backupError('not_an_archive', archive)
}

/** Every file the archive holds is listed, none is missing, and each has the listed size and sha256. */
const verifyFiles = async (staging: string, manifest: BackupManifest, report: ProgressLine) => {
  const present = new Set(
    (await listMediaFiles(staging)).map((entry) => entry.name).filter((name) => name !== MANIFEST_NAME),
  )
  const total = manifest.files.reduce((sum, entry) => sum + entry.size, 0)
  const progress = copyProgress(report, 'kiểm tra / verify', manifest.files.length, total)
  for (const entry of manifest.files) {
    if (!present.delete(entry.path)) throw backupError('file_missing', entry.path)
    const file = path.join(staging, entry.path)
    if ((await fs.stat(file)).size !== entry.size || (await sha256Of(file)) !== entry.sha256)
      throw backupError('checksum_mismatch', entry.path)
    progress.add(entry.size)
  }
  progress.done()
  const unlisted = [...present][0]
  if (unlisted) throw backupError('unlisted_file', unlisted)
}

const moveMediaInto = async (from: string, mediaDir: string) => {
  await fs.mkdir(mediaDir, { recursive: true })
  for (const entry of await fs.readdir(from)) await fs.rename(path.join(from, entry), path.join(mediaDir, entry))
}

/**
 * Brings an empty installation (a fresh clone, a new server) to the state an archive holds. Nothing of
 * the target is touched until the archive has been read in full and found whole, of a schema this
 * code knows, and of the target's kind of database. The next start applies any newer migrations.
 */
export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const report = options.progress ?? (() => {})
  const database = databaseBackupFor(options.databaseUri)
  if (!(await database.isEmpty())) throw backupError('target_not_empty', 'DATABASE_URI')
  if ((await listMediaFiles(options.mediaDir)).length > 0) throw backupError('target_not_empty', options.mediaDir)

  // Beside the media folder, so the photos move into it by rename rather than by a second copy.
  await fs.mkdir(path.dirname(options.mediaDir), { recursive: true })
  const staging = await fs.mkdtemp(path.join(path.dirname(options.mediaDir), '.restore-'))
  try {
    report(`• Đọc bản sao lưu / reading ${options.archive}`)
    await extract({ file: options.archive, cwd: staging, strict: true }).catch(() => {
      throw backupError('not_an_archive', options.archive)
    })
    const manifest = await readManifest(staging, options.archive)
    const newer = unknownMigrations(manifest)
    if (newer.length > 0) throw backupError('newer_schema', newer.join(', '))
    const target = databaseKind(options.databaseUri)
    if (manifest.database.kind !== target) throw backupError('wrong_database_kind', manifest.database.kind, target)
    // The snapshot must be one of the checked files (a manifest is data: it names no path of its own).
    if (!manifest.files.some((entry) => entry.path === manifest.database.file))
      throw backupError('file_missing', manifest.database.file)
    await verifyFiles(staging, manifest, report)

    report(`• Khôi phục cơ sở dữ liệu / restoring the ${target} database (${manifest.schema.latest ?? '—'})`)
    await database.restore(path.join(staging, manifest.database.file))
    report(`• Khôi phục ảnh / restoring media into ${options.mediaDir}`)
    if (manifest.files.some((entry) => entry.path.startsWith('media/')))
      await moveMediaInto(path.join(staging, 'media'), options.mediaDir)
    const sameSecret = options.secret === null ? null : secretFingerprint(options.secret) === manifest.secretFingerprint
    return { manifest, sameSecret }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}
