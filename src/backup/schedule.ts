import { spawn } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { appNodeArgs } from '../../scripts/appProcess.mjs'
import { resolveSecret } from '../config/secret'
import { databaseKind, DEFAULT_DATABASE_URI, sqliteFilePath } from '../db/adapter'
import { mediaDir } from '../media/mediaDir'
import { vietnamTime } from '../notifications/messages'
import { notify } from '../notifications/notify'
import { everyBoardMember } from '../notifications/recipients'
import { addDays, localDay, zonedInstant } from '../time/vietnam'
import { listArchives } from './archives'
import { backupAge } from './lastBackup'
import { type BackupSettings, backupSettingsFromEnv } from './settings'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CHECK_EVERY_MS = 60_000
const RETRY_AFTER_MS = 3_600_000
const DAY_MS = 86_400_000

/** The latest daily backup time (BACKUP_TIME, newsroom time) at or before `now`. */
const latestSlot = (now: Date, time: string) => {
  const today = zonedInstant(localDay(now), time)
  return today <= now ? today : zonedInstant(addDays(localDay(now), -1), time)
}

/**
 * This process's database, media folder, backup folder and secret, resolved: the child runs in the
 * checkout, and relative paths (or the secret file under ./data) must mean what they mean here.
 */
const thisInstallation = () => {
  const uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI
  const sqliteFile = databaseKind(uri) === 'sqlite' ? sqliteFilePath(uri) : null
  return {
    DATABASE_URI: sqliteFile ? `file:${sqliteFile}` : uri,
    MEDIA_DIR: mediaDir(),
    BACKUP_DIR: backupSettingsFromEnv().dir,
    PAYLOAD_SECRET: resolveSecret(),
  }
}

/**
 * `npm run backup -- --prune` as a child process: a SQLite snapshot runs synchronously inside
 * libsql, and reading gigabytes of photos has no business in the process that serves requests.
 */
const backupInChildProcess = (log: (line: string) => void) =>
  new Promise<boolean>((resolve) => {
    const child = spawn(
      process.execPath,
      [...appNodeArgs(process.env.NODE_ENV), 'src/backup/backupCommand.ts', '--prune'],
      {
        cwd: rootDir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '', ...thisInstallation() },
      },
    )
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(line)
    }
    child.stdout.on('data', relay)
    child.stderr.on('data', relay)
    child.once('error', () => resolve(false))
    child.once('exit', (code) => resolve(code === 0))
  })

export interface BackupScheduleOptions {
  now?: () => Date
  runBackup?: (log: (line: string) => void) => Promise<boolean>
}

/** Tells the board, at most once a day, that the newsroom has no recent backup. */
const alertIfBackupStale = async (payload: Payload, settings: BackupSettings, now: Date) => {
  const age = await backupAge(settings, now)
  if (!age.stale) return false
  const recent = await payload.count({
    collection: 'notifications',
    where: {
      and: [{ kind: { equals: 'backup_overdue' } }, { createdAt: { greater_than: new Date(now.getTime() - DAY_MS) } }],
    },
  })
  if (recent.totalDocs > 0) return false
  const last = age.lastAt ? vietnamTime(age.lastAt.toISOString()) : 'chưa có / none'
  await notify(payload, await everyBoardMember(payload), {
    kind: 'backup_overdue',
    title: 'Quá một ngày chưa sao lưu dữ liệu',
    body: `Bản sao lưu gần nhất: ${last}. Kiểm tra thư mục BACKUP_DIR và nhật ký của máy chủ (npm run backup để sao lưu ngay).`,
  })
  return true
}

/**
 * BACKUP_SCHEDULE=on: once a day at BACKUP_TIME (and at start when that day's backup is missing) this
 * process starts a backup that prunes old ones; each check also tells the board when the last backup
 * is over a day old — without waiting for a running backup, so one that hangs is reported too. A
 * failed backup is tried again an hour later, not at every check.
 */
export const createBackupSchedule = (
  payload: Payload,
  settings: BackupSettings,
  options: BackupScheduleOptions = {},
) => {
  const now = options.now ?? (() => new Date())
  const runBackup = options.runBackup ?? backupInChildProcess
  const log = payload.logger.child({ component: 'backup' })
  let failedAt = 0
  let running: Promise<void> | null = null
  const backUp = async () => {
    log.info('scheduled backup starting')
    const ok = await runBackup((line) => log.info(line))
    failedAt = ok ? 0 : now().getTime()
    if (!ok) log.error('scheduled backup failed; trying again in an hour')
  }
  return {
    checkOnce: async () => {
      const [last] = await listArchives(settings.dir)
      const slot = latestSlot(now(), settings.time)
      if (!running && (!last || last.createdAt < slot) && now().getTime() - failedAt >= RETRY_AFTER_MS) {
        running = backUp().finally(() => {
          running = null
        })
      }
      await alertIfBackupStale(payload, settings, now())
    },
    /** Resolves when no backup this schedule started is running. */
    idle: () => running ?? Promise.resolve(),
  }
}

/** Runs the schedule's checks every minute until `signal` aborts. */
export const runBackupSchedule = async (payload: Payload, settings: BackupSettings, signal: AbortSignal) => {
  const schedule = createBackupSchedule(payload, settings)
  while (!signal.aborted) {
    try {
      await schedule.checkOnce()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Backup schedule check failed; retrying' })
    }
    await sleep(CHECK_EVERY_MS, undefined, { signal }).catch(() => {})
  }
}

/** The app and workers call this at start-up: the schedule runs only where BACKUP_SCHEDULE=on. */
export const startBackupSchedule = (payload: Payload, signal: AbortSignal): Promise<void> => {
  const settings = backupSettingsFromEnv()
  return settings.scheduled ? runBackupSchedule(payload, settings, signal) : Promise.resolve()
}
