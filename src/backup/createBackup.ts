import fs from 'node:fs/promises'
import path from 'node:path'

import { createArchiveWriter } from './archiveWriter'
import { archiveName } from './archives'
import { databaseBackupFor } from './database'
import { type BackupManifest, MANIFEST_FORMAT, MANIFEST_NAME, secretFingerprint } from './manifest'
import { listMediaFiles } from './mediaFiles'
import { copyProgress, type ProgressLine } from './progress'

export interface BackupOptions {
  databaseUri: string
  /** null when the photos are in a bucket (MEDIA_S3_BUCKET): the storage provider's tools back it up. */
  mediaDir: string | null
  backupDir: string
  secret: string
  progress?: ProgressLine
}

export interface BackupResult {
  file: string
  manifest: BackupManifest
}

/**
 * One archive of the whole newsroom, made while the app keeps serving: the database snapshot first,
 * then the media folder. In that order, every photo the snapshot names is already on disk (a file
 * is written before the row naming it commits, and files in use are never deleted); photos uploaded
 * meanwhile come along as harmless extras. Written as `.partial` and renamed when complete, so a
 * half-written archive is never taken for a backup.
 */
export const createBackup = async (options: BackupOptions): Promise<BackupResult> => {
  const report = options.progress ?? (() => {})
  const database = databaseBackupFor(options.databaseUri)
  await fs.mkdir(options.backupDir, { recursive: true })
  const createdAt = new Date()
  const file = path.join(options.backupDir, archiveName(createdAt))
  const partial = `${file}.partial`
  const staging = await fs.mkdtemp(path.join(options.backupDir, '.staging-'))
  let writer: ReturnType<typeof createArchiveWriter> | undefined
  try {
    report(`• Chụp cơ sở dữ liệu ${database.kind} / database snapshot`)
    const snapshot = path.join(staging, database.fileName)
    const migrations = await database.snapshot(snapshot)
    const media = options.mediaDir === null ? [] : await listMediaFiles(options.mediaDir)
    const mediaBytes = media.reduce((sum, entry) => sum + entry.size, 0)
    report(`• Ghi bản sao lưu / writing ${path.basename(file)} (${media.length} tệp ảnh / media files)`)

    writer = createArchiveWriter(partial)
    const databaseEntry = `database/${database.fileName}`
    const files = [await writer.addFile(databaseEntry, snapshot, (await fs.stat(snapshot)).size)]
    const progress = copyProgress(report, 'ảnh / media', media.length, mediaBytes)
    for (const entry of media) {
      files.push(await writer.addFile(`media/${entry.name}`, entry.absolute, entry.size))
      progress.add(entry.size)
    }
    progress.done()

    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      createdAt: createdAt.toISOString(),
      database: { kind: database.kind, file: databaseEntry },
      schema: { latest: migrations.at(-1) ?? null, migrations },
      secretFingerprint: secretFingerprint(options.secret),
      files,
    }
    await writer.addBytes(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2)))
    await writer.finish()
    await fs.rename(partial, file)
    report(`✓ Đã sao lưu / backed up: ${file}`)
    return { file, manifest }
  } catch (error) {
    writer?.abort()
    await fs.rm(partial, { force: true })
    throw error
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}
