import path from 'node:path'

export interface BackupSettings {
  /** BACKUP_DIR: where archives are written (default ./backups). */
  dir: string
  /** BACKUP_SCHEDULE=on: this process makes the daily backup, prunes old ones and watches their age. */
  scheduled: boolean
  /** BACKUP_TIME: local time (Asia/Ho_Chi_Minh) of the daily backup, HH:mm (default 02:00). */
  time: string
  /** BACKUP_KEEP_DAILY / BACKUP_KEEP_WEEKLY: archives kept, the newest of each day and of each week. */
  keepDaily: number
  keepWeekly: number
  /** The last backup is stale (health, board alert) when older than this: a day and the time one takes. */
  staleAfterMs: number
}

const HOUR_MS = 3_600_000

export const backupSettingsFromEnv = (env: Record<string, string | undefined> = process.env): BackupSettings => ({
  dir: path.resolve(env.BACKUP_DIR || 'backups'),
  scheduled: env.BACKUP_SCHEDULE === 'on',
  time: env.BACKUP_TIME || '02:00',
  keepDaily: Number(env.BACKUP_KEEP_DAILY ?? 7),
  keepWeekly: Number(env.BACKUP_KEEP_WEEKLY ?? 4),
  staleAfterMs: 26 * HOUR_MS,
})
