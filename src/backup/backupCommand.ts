import { resolveSecret } from '../config/secret'
import { DEFAULT_DATABASE_URI } from '../db/adapter'
import { mediaDir } from '../media/mediaDir'
import { createBackup } from './createBackup'
import { pruneArchives } from './retention'
import { runCommand } from './runCommand'
import { backupSettingsFromEnv } from './settings'

/**
 * `npm run backup [-- --prune]`: one archive of the database and the media folder into BACKUP_DIR, while
 * the app keeps serving. `--prune` then keeps only the newest of each of the last days and weeks
 * (BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY), as the scheduled backup does.
 */
void runCommand(async () => {
  const settings = backupSettingsFromEnv()
  await createBackup({
    databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    mediaDir: mediaDir(),
    backupDir: settings.dir,
    secret: resolveSecret(),
    progress: (line) => console.log(line),
  })
  if (process.argv.includes('--prune')) {
    for (const file of await pruneArchives(settings)) console.log(`  xóa bản cũ / removed ${file}`)
  }
})
