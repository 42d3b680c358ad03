import { listArchives } from './archives'
import type { BackupSettings } from './settings'

export interface BackupAge {
  /** When the newest finished archive in BACKUP_DIR was made, or null when there is none. */
  lastAt: Date | null
  /** No archive, or the newest is older than a day (and the time a backup takes). */
  stale: boolean
}

/** How old the last backup is: the newest archive in the backup folder, whoever made it. */
export const backupAge = async (settings: BackupSettings, now = new Date()): Promise<BackupAge> => {
  const [last] = await listArchives(settings.dir)
  const lastAt = last?.createdAt ?? null
  return { lastAt, stale: !lastAt || now.getTime() - lastAt.getTime() > settings.staleAfterMs }
}
