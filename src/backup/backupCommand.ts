import { resolveSecret } from '../config/secret'
import { DEFAULT_DATABASE_URI } from '../db/adapter'
import { mediaDir } from '../media/mediaDir'
import { mediaStorageFromEnv } from '../media/storage/mediaStorage'
import { createBackup } from './createBackup'
import { pruneArchives } from './retention'
import { runCommand } from './runCommand'
import { backupSettingsFromEnv } from './settings'

/**
 * `npm run backup [-- --prune]`: one archive of the database and the media folder into BACKUP_DIR, while
 * the app keeps serving. With the photos in a bucket (MEDIA_S3_BUCKET) the archive holds the database
 * only, and says so: a bucket is backed up by its provider's own tools (versioning, replication), not
 * by copying it through this server. `--prune` then keeps only the newest of each of the last days and weeks
 * (BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY), as the scheduled backup does.
 */
void runCommand(async () => {
  const settings = backupSettingsFromEnv()
  const storage = mediaStorageFromEnv()
  if (storage.kind === 'bucket') {
    console.log(
      `• Ảnh nằm trong bucket ${storage.location}: bản sao lưu này KHÔNG gồm ảnh, hãy sao lưu bucket bằng công cụ của nhà cung cấp`,
    )
    console.log(
      `  Photos are in the bucket ${storage.location}: this archive does NOT include them; back the bucket up with the provider's tools`,
    )
  }
  await createBackup({
    databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    mediaDir: storage.kind === 'disk' ? mediaDir() : null,
    backupDir: settings.dir,
    secret: resolveSecret(),
    progress: (line) => console.log(line),
  })
  if (process.argv.includes('--prune')) {
    for (const file of await pruneArchives(settings)) console.log(`  xóa bản cũ / removed ${file}`)
  }
})
